// Full-text search over names and aliases. $query is an escaped Lucene query built from words.
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $limit * 4})
YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node AS n, score
ORDER BY score DESC, n.id
LIMIT $limit
