// Locks the ids an import writes, in a stable order: an existing node is locked by a no-op
// write, a missing id gets a placeholder (__pending) that the upsert fills in or the rollback
// removes. Concurrent imports of the same ids wait here for each other.
UNWIND $ids AS id
MERGE (n:Node {id: id})
ON CREATE SET n.__pending = true
ON MATCH SET n.__lock = true
REMOVE n.__lock
RETURN count(n) AS claimed
