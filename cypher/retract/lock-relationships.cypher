// Locks relationships with a no-op write before their state is read and changed (retract,
// restore), so that two concurrent calls on one fact run one after the other.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE r.id = row.id AND type(r) = row.type
SET r.__lock = true
REMOVE r.__lock
RETURN count(r) AS locked
