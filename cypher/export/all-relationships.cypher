// Every relationship between domain nodes, retracted ones only when asked (a relationship of a
// retracted node counts as retracted, as paths read it).
MATCH (a:Node)-[r]->(b:Node)
WHERE $includeRetracted OR NOT coalesce(r.retracted OR a.retracted OR b.retracted, false)
RETURN r, a.id AS fromId, b.id AS toId
ORDER BY r.id
