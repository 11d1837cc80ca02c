// Outgoing relationships of several nodes, of the given types; retracted ones only on request
// (a relationship of a retracted node counts as retracted, as paths read it).
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]->(m:Node)
WHERE type(r) IN $types
  AND ($includeRetracted OR NOT coalesce(r.retracted OR n.retracted OR m.retracted, false))
RETURN id AS key, r, n.id AS fromId, m.id AS toId, m AS other
