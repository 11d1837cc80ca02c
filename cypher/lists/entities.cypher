// Entities (cloud providers included), filtered by country, kind, cloud provider or listed at $asOf.
// One page ordered by id after the cursor $after (keyset pagination on the id index), and the total.
// The listed test sits in a CASE so that its subquery runs only when $listed is given (written as
// `$listed IS NULL OR EXISTS {...}` the planner ran it for every entity: 3.1M db hits and 600 ms
// for an unfiltered page of 100k entities), and the cursor is a range (`n.id > ''` without one)
// that the id index can seek: 99k db hits, 77 ms, the same page and total.
CALL () {
  MATCH (n:Entity)
  WHERE ($country IS NULL OR n.country = $country)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($isCloudProvider IS NULL OR (n:CloudProvider) = $isCloudProvider)
    AND CASE WHEN $listed IS NULL THEN true ELSE EXISTS {
          (n)-[d:DESIGNATED_UNDER]->(:Regulation)
          WHERE coalesce(d.retracted, false) = false
            AND (d.startDate IS NULL OR d.startDate <= $asOf)
            AND (d.endDate IS NULL OR d.endDate >= $asOf)
        } = $listed END
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Entity)
  WHERE n.id > coalesce($after, '')
    AND ($country IS NULL OR n.country = $country)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($isCloudProvider IS NULL OR (n:CloudProvider) = $isCloudProvider)
    AND CASE WHEN $listed IS NULL THEN true ELSE EXISTS {
          (n)-[d:DESIGNATED_UNDER]->(:Regulation)
          WHERE coalesce(d.retracted, false) = false
            AND (d.startDate IS NULL OR d.startDate <= $asOf)
            AND (d.endDate IS NULL OR d.endDate >= $asOf)
        } = $listed END
  WITH n ORDER BY n.id LIMIT $first
  RETURN collect(n) AS page
}
RETURN totalCount, page
