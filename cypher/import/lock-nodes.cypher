// Locks existing nodes (the origins of the relationships an import writes) with a no-op write.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n.__lock = true
REMOVE n.__lock
RETURN count(n) AS locked
