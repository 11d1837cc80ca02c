// Access paths from one entity to one chip, shortest first, with the restriction context
// (paths/found.part.cypher). Both ends are anchored on their id index; otherwise the same rules
// and selector as paths/from-entity.cypher.
// Steps follow access relationships of the whitelisted $types, not retracted (unless asked),
// each held at $asOf when it is given. After RENTS_FROM or OPERATES the next step must be HOSTS:
// renting from a cloud reaches the chips it hosts, not what its own subsidiaries hold.
// Nodes never repeat. {{maxHops}} is the quantifier's upper bound (a slot: Cypher takes no
// parameter there), so the search never walks further than the paths asked for.
// SHORTEST 3 GROUPS keeps, for each (origin, chip) pair, the paths of the three shortest
// lengths: a breadth-first search, so a dense neighbourhood cannot make the query explode
// (the group count cannot be a parameter in Neo4j 5.26).
MATCH (origin:Entity {id: $from})
MATCH (chip:Chip {id: $to})
USING INDEX chip:Chip(id)
MATCH p = SHORTEST 3 GROUPS (origin)(()-[r]->() WHERE type(r) IN $types
    AND ($includeRetracted OR coalesce(r.retracted, false) = false)
    AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                           AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  ){1,{{maxHops}}}(chip)
WHERE all(i IN range(0, size(r) - 2) WHERE NOT (type(r[i]) IN ['RENTS_FROM', 'OPERATES'] AND type(r[i + 1]) <> 'HOSTS'))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH nodes(p) AS pathNodes, relationships(p) AS pathRels
{{> paths/found}}
