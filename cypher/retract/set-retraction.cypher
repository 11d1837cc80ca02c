// Marks relationships retracted (never deleted): reason, who, when; `retractedWith` names the
// node whose retraction took them along (restoring that node restores them).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE r.id = row.id AND type(r) = row.type
SET r.retracted = true, r.retractedReason = $reason, r.retractedBy = $principal,
    r.retractedAt = datetime(), r.retractedWith = $retractedWith
RETURN r.id AS id
