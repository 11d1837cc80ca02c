// Removes a merged duplicate (its relationships were moved first; its record is in the history).
MATCH (n:Node {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
