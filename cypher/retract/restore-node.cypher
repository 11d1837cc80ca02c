// Clears a node's retraction (the history keeps it).
MATCH (n:Node {id: $id})
SET n.retracted = false, n.updatedAt = datetime(), n.updatedBy = $principal
REMOVE n.retractedReason, n.retractedBy, n.retractedAt
RETURN n.id AS id
