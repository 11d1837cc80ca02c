// Locks, in the given (sorted) order, the ids an import writes (claim: true) and the existing
// origins of its relationships (claim: false). An existing node is locked by a no-op write; a
// missing claimed id gets a placeholder (__pending) that the upsert fills in or the rollback
// removes. Concurrent imports of the same ids wait here for each other.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.claim
  MERGE (n:Node {id: row.id})
  ON CREATE SET n.__pending = true
  ON MATCH SET n.__lock = true
  REMOVE n.__lock
  RETURN n
  UNION ALL
  WITH row WHERE NOT row.claim
  MATCH (n:Node {id: row.id})
  SET n.__lock = true
  REMOVE n.__lock
  RETURN n
}
RETURN count(n) AS locked
