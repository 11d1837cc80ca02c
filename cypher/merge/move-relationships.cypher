// Moves relationships to new endpoints (a merge): each is deleted and created again between
// the new endpoints with the same id and properties. Types come from the validated whitelist
// in src/domain/vocabulary.ts (checked in src/curation/merge.ts before this runs).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[old]->(b:Node {id: row.to})
WHERE old.id = row.id AND type(old) = row.type
WITH row, old, properties(old) AS props
DELETE old
WITH row, props
MATCH (x:Node {id: row.newFrom})
MATCH (y:Node {id: row.newTo})
CREATE (x)-[r:$(row.type)]->(y)
SET r = props, r.updatedAt = datetime(), r.updatedBy = $principal
RETURN r.id AS id
