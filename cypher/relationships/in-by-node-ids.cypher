// Incoming relationships of several nodes, of the given types; retracted ones only on request.
UNWIND $ids AS id
MATCH (n:Node {id: id})<-[r]-(m:Node)
WHERE type(r) IN $types AND ($includeRetracted OR coalesce(r.retracted, false) = false)
RETURN id AS key, r, m.id AS fromId, n.id AS toId, m AS other
