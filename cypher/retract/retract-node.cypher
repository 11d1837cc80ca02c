// Marks a node retracted (it stays in the graph; its relationships are retracted with it).
MATCH (n:Node {id: $id})
SET n.retracted = true, n.retractedReason = $reason, n.retractedBy = $principal, n.retractedAt = datetime()
RETURN n.id AS id
