// Restores retracted relationships: the retraction fields go (the history keeps them).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE r.id = row.id AND type(r) = row.type
SET r.retracted = false, r.updatedAt = datetime(), r.updatedBy = $principal
REMOVE r.retractedReason, r.retractedBy, r.retractedAt, r.retractedWith
RETURN r.id AS id
