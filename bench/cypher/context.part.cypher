// What restriction is judged on, for the entities whose ids are in `ids` (bound before this
// part), as two lists:
// - `regulations`: every regulation with the chips it covers (RESTRICTS, not retracted);
// - `upstream`: each of those entities and everyone who owns it (up to 10 levels), with its
//   OWNS edges and its designations: enough to judge designations and the affiliates (50%) rule.
CALL () {
  MATCH (reg:Regulation)
  OPTIONAL MATCH (reg)-[c:RESTRICTS]->(chip:Chip)
  WHERE coalesce(c.retracted, false) = false
  WITH reg, collect(CASE WHEN chip IS NULL THEN null
                    ELSE {chipId: chip.id, startDate: c.startDate, endDate: c.endDate} END) AS coverage
  RETURN collect({regulation: reg {.*, labels: labels(reg)}, coverage: coverage}) AS regulations
}
CALL (ids) {
  UNWIND ids AS id
  WITH DISTINCT id
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
                   ELSE {ownerId: o.id, ownedId: x.id, share: r.share, startDate: r.startDate,
                         endDate: r.endDate} END) AS owns
  }
  CALL (x) {
    OPTIONAL MATCH (x)-[d:DESIGNATED_UNDER]->(reg:Regulation)
    WHERE coalesce(d.retracted, false) = false
    RETURN collect(CASE WHEN d IS NULL THEN null
                   ELSE {entityId: x.id, regulationId: reg.id, startDate: d.startDate, endDate: d.endDate,
                         confidence: d.confidence} END) AS designations
  }
  RETURN collect({entity: x {.*, labels: labels(x)}, owns: owns, designations: designations}) AS upstream
}
