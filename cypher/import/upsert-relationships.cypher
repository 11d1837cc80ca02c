// Creates or updates relationships. Types come from the validated whitelist in
// src/domain/vocabulary.ts; endpoints were checked before this runs.
// One MERGE per type rather than MERGE (a)-[r:$(row.type) {id: row.id}]->(b): with a dynamic
// type the planner cannot use the per-type id index, and a plan made while the graph has no
// relationships yet (an import into an empty database: the statistics stay empty until the
// import's transaction commits) scans every relationship for every row, quadratic in the size
// of the import (a 50,000-relationship document timed out). Each static branch seeks the
// type's unique id index whatever the statistics say.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'OWNS'
  MERGE (a)-[r:OWNS {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'CONTROLS'
  MERGE (a)-[r:CONTROLS {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'PROCURES_FROM'
  MERGE (a)-[r:PROCURES_FROM {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'RENTS_FROM'
  MERGE (a)-[r:RENTS_FROM {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'OPERATES'
  MERGE (a)-[r:OPERATES {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'HOSTS'
  MERGE (a)-[r:HOSTS {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'ACQUIRED'
  MERGE (a)-[r:ACQUIRED {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'FUNDS'
  MERGE (a)-[r:FUNDS {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'MANUFACTURES'
  MERGE (a)-[r:MANUFACTURES {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'DESIGNATED_UNDER'
  MERGE (a)-[r:DESIGNATED_UNDER {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'RESTRICTS'
  MERGE (a)-[r:RESTRICTS {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'SUPERSEDES'
  MERGE (a)-[r:SUPERSEDES {id: row.id}]->(b)
  ON CREATE SET r.createdAt = datetime(), r.createdBy = $principal
  ON MATCH SET r.updatedAt = datetime(), r.updatedBy = $principal
  RETURN r
}
SET r += row.props
RETURN count(r) AS written
