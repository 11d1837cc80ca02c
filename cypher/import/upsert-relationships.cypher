// Creates or updates relationships. Types come from the validated whitelist in
// src/import/format.ts; endpoints were checked before this runs.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
SET r += row.props
RETURN count(r) AS written
