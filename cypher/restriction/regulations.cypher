// Every regulation with the chips it covers (RESTRICTS, not retracted): small, loaded per request.
MATCH (reg:Regulation)
OPTIONAL MATCH (reg)-[c:RESTRICTS]->(chip:Chip)
WHERE coalesce(c.retracted, false) = false
RETURN reg {.*, labels: labels(reg)} AS regulation,
       collect(CASE WHEN chip IS NULL THEN null
               ELSE {chipId: chip.id, startDate: c.startDate, endDate: c.endDate} END) AS coverage
