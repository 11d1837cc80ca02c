// The raw baseline of the benchmark (bench/raw-cypher.ts): the API's statement before the
// reachability index (git 0345ca7:cypher/paths/to-chip.cypher), kept as the best single Cypher
// statement answering the same question. Rendered by bench/raw-cypher.ts: {{maxHops}} and the parts.
// Access paths from every entity to one chip, shortest first, with the restriction context
// (paths/found.part.cypher): the reverse question ("who can reach H100s?"). The pattern is
// written from the chip backwards so the search starts at the chip (anchored on its id index)
// and fans out, instead of pairing the chip with every entity; the paths are turned round,
// origin first, like paths/from-entity.cypher's.
// Same step rules, bound ({{maxHops}}) and selector as paths/from-entity.cypher: for a step into
// RENTS_FROM or OPERATES (read backwards), the step after it toward the chip must be HOSTS.
MATCH (chip:Chip {id: $chip})
USING INDEX chip:Chip(id)
MATCH p = SHORTEST 3 GROUPS (chip)(()<-[r]-() WHERE type(r) IN $types
    AND ($includeRetracted OR coalesce(r.retracted, false) = false)
    AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf)
                           AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  ){1,{{maxHops}}}(origin:Entity)
WHERE all(i IN range(1, size(r) - 1) WHERE NOT (type(r[i]) IN ['RENTS_FROM', 'OPERATES'] AND type(r[i - 1]) <> 'HOSTS'))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH reverse(nodes(p)) AS pathNodes, reverse(relationships(p)) AS pathRels
{{> paths/found}}
