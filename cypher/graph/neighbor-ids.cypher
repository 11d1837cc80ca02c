// One breadth-first step of a neighbourhood: the nodes next to the $ids frontier (either
// direction) not $seen yet, over relationships of the whitelisted $types, not retracted, nor
// either end (unless asked), held at $asOf when it is given (a step of $stepsIntoChip, HOSTS or ACQUIRED, not before
// its chip's releaseDate, as paths read it). Ordered by id so the node cap keeps the same nodes.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-(m:Node)
WHERE type(r) IN $types
  AND ($includeRetracted OR NOT coalesce(r.retracted OR n.retracted OR m.retracted, false))
  AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                         AND (r.endDate IS NULL OR r.endDate >= $asOf)
                         AND NOT (type(r) IN $stepsIntoChip
                                  AND coalesce(endNode(r).releaseDate > $asOf, false))))
  AND NOT m.id IN $seen
WITH DISTINCT m.id AS id
ORDER BY id
LIMIT $limit
RETURN id
