// Every entity owned, directly or through others (up to 10 levels), by an entity that has a
// designation: the candidates for the affiliates (50%) rule.
MATCH (listed:Entity)-[d:DESIGNATED_UNDER]->(:Regulation)
WHERE coalesce(d.retracted, false) = false
MATCH (listed)-[:OWNS*1..10]->(e:Entity)
RETURN DISTINCT e.id AS id
