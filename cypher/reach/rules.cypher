// What restriction is judged on, for the whole graph: every regulation with the chips it covers
// (RESTRICTS, not retracted) and every designation (DESIGNATED_UNDER, not retracted).
CALL () {
  MATCH (reg:Regulation)
  OPTIONAL MATCH (reg)-[c:RESTRICTS]->(chip:Chip)
  WHERE coalesce(c.retracted, false) = false
  WITH reg, collect(CASE WHEN chip IS NULL THEN null
                    ELSE {id: c.id, chipId: chip.id, startDate: c.startDate, endDate: c.endDate} END) AS coverage
  RETURN collect({regulation: reg {.*, labels: labels(reg)}, coverage: coverage}) AS regulations
}
CALL () {
  MATCH (e:Entity)-[d:DESIGNATED_UNDER]->(reg:Regulation)
  WHERE coalesce(d.retracted, false) = false
  RETURN collect({id: d.id, entityId: e.id, regulationId: reg.id, startDate: d.startDate, endDate: d.endDate,
                  confidence: d.confidence}) AS designations
}
RETURN regulations, designations
