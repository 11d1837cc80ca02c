// Every entity with the names, aliases, addresses and sources the screening-list import matches
// and extends.
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, labels(n) AS labels, coalesce(n.aliases, []) AS aliases,
       coalesce(n.addresses, []) AS addresses, n.country AS country, coalesce(n.sources, []) AS sources
