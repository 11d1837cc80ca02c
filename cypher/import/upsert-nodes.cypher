// Creates or updates nodes (sources included). Labels come from the validated whitelist in
// src/import/format.ts; audit fields record who wrote and when.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n.createdAt = datetime(), n.createdBy = $principal
ON MATCH SET n.updatedAt = datetime(), n.updatedBy = $principal
SET n:$(row.labels)
SET n += row.props
RETURN count(n) AS written
