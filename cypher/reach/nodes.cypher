// Every node an access path can pass through, with what the path rules and restriction read.
MATCH (n)
WHERE n:Entity OR n:DataCenter OR n:Chip
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.kind AS kind, n.country AS country,
       n.headquarters AS headquarters, n.releaseDate AS releaseDate
