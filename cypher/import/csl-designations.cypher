// Existing designations (the screening-list import adds its source to them instead of a duplicate).
MATCH (a:Entity)-[r:DESIGNATED_UNDER]->(b:Regulation)
RETURN r.id AS id, a.id AS fromId, b.id AS toId, r.confidence AS confidence, coalesce(r.sources, []) AS sources
