// The raw baseline of the benchmark (bench/raw-cypher.ts): the API's statement before the
// reachability index (git 0345ca7:cypher/paths/between.cypher), kept as the best single Cypher
// statement answering the same question. Rendered by bench/raw-cypher.ts: {{maxHops}} and the parts.
// Access paths from one entity to one chip, shortest first, with the restriction context
// (paths/found.part.cypher). The same search as paths/from-entity.cypher, kept to one chip.
// The chip is matched at the end of the search, not anchored before it: with both ends bound
// the planner searches from both (StatefulShortestPath Into), and a widely hosted chip's
// reverse neighbourhood is vast (at 100k entities, 397k db hits for an A100 pair that the
// forward search answers in 17k: bench/between-check.ts). SHORTEST k GROUPS selects per
// (origin, chip) pair, so keeping one chip's paths after the search gives exactly the paths a
// search for that chip alone would.
// Steps follow access relationships of the whitelisted $types, not retracted (unless asked),
// each held at $asOf when it is given. After RENTS_FROM or OPERATES the next step must be HOSTS:
// renting from a cloud reaches the chips it hosts, not what its own subsidiaries hold.
// Nodes never repeat. {{maxHops}} is the quantifier's upper bound (a slot: Cypher takes no
// parameter there), so the search never walks further than the paths asked for.
MATCH (origin:Entity {id: $from})
MATCH p = SHORTEST 3 GROUPS (origin)(()-[r]->() WHERE type(r) IN $types
    AND ($includeRetracted OR coalesce(r.retracted, false) = false)
    AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                           AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  ){1,{{maxHops}}}(chip:Chip)
WHERE all(i IN range(0, size(r) - 2) WHERE NOT (type(r[i]) IN ['RENTS_FROM', 'OPERATES'] AND type(r[i + 1]) <> 'HOSTS'))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p, chip
WHERE chip.id = $to
WITH nodes(p) AS pathNodes, relationships(p) AS pathRels
{{> paths/found}}
