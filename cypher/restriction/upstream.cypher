// For the given entities and everyone who owns them (up to 10 levels): the entities, their OWNS
// edges and their designations. Enough to judge designations and the affiliates (50%) rule.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Entity)-[:OWNS*1..10]->(e)
  RETURN collect(DISTINCT a) AS ancestors
}
UNWIND ancestors + [e] AS x
WITH DISTINCT x
CALL (x) {
  OPTIONAL MATCH (o:Entity)-[r:OWNS]->(x)
  WHERE coalesce(r.retracted, false) = false
  RETURN collect(CASE WHEN r IS NULL THEN null
                 ELSE {ownerId: o.id, ownedId: x.id, share: r.share, startDate: r.startDate, endDate: r.endDate} END) AS owns
}
CALL (x) {
  OPTIONAL MATCH (x)-[d:DESIGNATED_UNDER]->(reg:Regulation)
  WHERE coalesce(d.retracted, false) = false
  RETURN collect(CASE WHEN d IS NULL THEN null
                 ELSE {entityId: x.id, regulationId: reg.id, startDate: d.startDate, endDate: d.endDate,
                       confidence: d.confidence} END) AS designations
}
RETURN x {.*, labels: labels(x)} AS entity, owns, designations
