// Fills in the nodes (sources included) whose ids were not in the graph: the placeholders this
// transaction claimed (import/claim-ids), found through the unique Node id index. Labels come
// from the validated whitelist in src/domain/vocabulary.ts. Audit fields: who, when (the
// transaction's time, the same as the import's ImportBatch node), and which import (createdIn).
WITH datetime.transaction() AS now
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n:$(row.labels)
SET n += row.props, n.createdAt = now, n.createdBy = $principal, n.createdIn = $importId
REMOVE n.__pending
RETURN count(n) AS written
