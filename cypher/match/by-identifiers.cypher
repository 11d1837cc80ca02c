// Entities carrying any of the given identifiers (`scheme:value`, as stored). Entities have few
// identifiers and a screening batch at most a few hundred: a label scan, filtered.
MATCH (n:Entity)
WHERE n.identifiers IS NOT NULL AND any(i IN n.identifiers WHERE i IN $identifiers)
RETURN n
LIMIT $limit
