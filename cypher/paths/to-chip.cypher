// Access paths from every entity to one chip, shortest first: the reverse question
// ("who can reach H100s?"). The pattern is written from the chip backwards so the search starts
// at the chip (anchored on its id index) and fans out, instead of pairing the chip with every
// entity; nodes and relationships are returned origin first like paths/from-entity.cypher.
// Same step rules and selector as paths/from-entity.cypher: for a step into RENTS_FROM or
// OPERATES (read backwards), the step after it toward the chip must be HOSTS.
MATCH (chip:Chip {id: $chip})
USING INDEX chip:Chip(id)
MATCH p = SHORTEST 3 GROUPS (chip)(()<-[r]-() WHERE type(r) IN $types
    AND ($includeRetracted OR coalesce(r.retracted, false) = false)
    AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                           AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  ){1,8}(origin:Entity)
WHERE length(p) <= $maxHops
  AND all(i IN range(1, size(r) - 1) WHERE NOT (type(r[i]) IN ['RENTS_FROM', 'OPERATES'] AND type(r[i - 1]) <> 'HOSTS'))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p ORDER BY length(p), reverse([n IN nodes(p) | n.id])
LIMIT $limit
RETURN reverse([n IN nodes(p) | n {.*, labels: labels(n)}]) AS nodes,
       reverse([x IN relationships(p) | x {.*, type: type(x)}]) AS rels
