// For each root, every OWNS relationship into the entities it holds at any depth (bounded at 10).
// The effective shares are computed from these edges in src/domain (multiply along chains, add parallel ones).
UNWIND $ids AS id
MATCH (root:Entity {id: id})-[:OWNS*1..10]->(e:Entity)
WITH DISTINCT id, e
MATCH (owner:Entity)-[r:OWNS]->(e)
// A relationship of a retracted node counts as retracted, as paths read it.
WHERE NOT coalesce(r.retracted OR owner.retracted OR e.retracted, false)
RETURN id AS rootId, owner.id AS ownerId, e.id AS ownedId, r.share AS share,
       r.startDate AS startDate, r.endDate AS endDate
