// Deletes relationships (only those a merge leaves pointing from a node to itself; their
// records are kept in a DROP revision first).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE r.id = row.id AND type(r) = row.type
DELETE r
RETURN count(*) AS deleted
