// Access paths from every entity to one chip, shortest first: the reverse question
// ("who can reach H100s?"). Same step rules and selector as paths/from-entity.cypher.
MATCH (chip:Chip {id: $chip})
MATCH p = SHORTEST 3 GROUPS (origin:Entity)(()-[r]->() WHERE type(r) IN $types
    AND ($includeRetracted OR coalesce(r.retracted, false) = false)
    AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                           AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  ){1,8}(chip)
WHERE length(p) <= $maxHops
  AND all(i IN range(0, size(r) - 2) WHERE NOT (type(r[i]) IN ['RENTS_FROM', 'OPERATES'] AND type(r[i + 1]) <> 'HOSTS'))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
LIMIT $limit
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [x IN relationships(p) | x {.*, type: type(x)}] AS rels
