// The completeness check's own reading of the access steps (bench/brute-force.ts): every access
// relationship usable at $asOf (not retracted; held at $asOf, a purchase from its date when it
// has no startDate), with what the path grammar needs of its two ends. Written apart from the
// server's cypher/reach/ statements so that the check does not share their reading of the graph.
MATCH (a)-[r:OWNS|CONTROLS|PROCURES_FROM|RENTS_FROM|OPERATES|HOSTS|ACQUIRED]->(b)
WHERE coalesce(r.retracted, false) = false
  AND coalesce(r.startDate, r.date, date('0001-01-01')) <= $asOf
  AND coalesce(r.endDate, date('9999-12-31')) >= $asOf
RETURN a.id AS fromId, b.id AS toId, type(r) AS type, r.share AS share,
       a:Entity AS fromEntity, a.kind AS fromKind,
       b:Entity AS toEntity, b.kind AS toKind, b:Chip AS toChip
