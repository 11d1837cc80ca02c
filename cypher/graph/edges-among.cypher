// The relationships among a set of nodes (the edges of a neighbourhood), of the whitelisted
// $types, not retracted, nor either end (unless asked), held at $asOf when it is given (a step of $stepsIntoChip,
// HOSTS or ACQUIRED, not before its chip's releaseDate, as paths read it). Ordered by id so the edge cap keeps the
// same edges.
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE b.id IN $ids
  AND type(r) IN $types
  AND ($includeRetracted OR NOT coalesce(r.retracted OR a.retracted OR b.retracted, false))
  AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                         AND (r.endDate IS NULL OR r.endDate >= $asOf)
                         AND NOT (type(r) IN $stepsIntoChip
                                  AND coalesce(endNode(r).releaseDate > $asOf, false))))
RETURN r, a.id AS fromId, b.id AS toId
ORDER BY r.id
LIMIT $limit
