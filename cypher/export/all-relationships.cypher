// Every relationship between domain nodes, retracted ones only when asked.
MATCH (a:Node)-[r]->(b:Node)
WHERE $includeRetracted OR coalesce(r.retracted, false) = false
RETURN r, a.id AS fromId, b.id AS toId
ORDER BY r.id
