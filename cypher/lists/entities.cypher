// Entities (cloud providers included), filtered by country, kind, cloud provider or listed at $asOf.
// One page ordered by id after the cursor $after (keyset pagination on the id index), and the total.
CALL () {
  MATCH (n:Entity)
  WHERE ($country IS NULL OR n.country = $country)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($isCloudProvider IS NULL OR (n:CloudProvider) = $isCloudProvider)
    AND ($listed IS NULL OR EXISTS {
          (n)-[d:DESIGNATED_UNDER]->(:Regulation)
          WHERE coalesce(d.retracted, false) = false
            AND (d.startDate IS NULL OR d.startDate <= $asOf)
            AND (d.endDate IS NULL OR d.endDate >= $asOf)
        } = $listed)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Entity)
  WHERE ($after IS NULL OR n.id > $after)
    AND ($country IS NULL OR n.country = $country)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($isCloudProvider IS NULL OR (n:CloudProvider) = $isCloudProvider)
    AND ($listed IS NULL OR EXISTS {
          (n)-[d:DESIGNATED_UNDER]->(:Regulation)
          WHERE coalesce(d.retracted, false) = false
            AND (d.startDate IS NULL OR d.startDate <= $asOf)
            AND (d.endDate IS NULL OR d.endDate >= $asOf)
        } = $listed)
  WITH n ORDER BY n.id LIMIT $first
  RETURN collect(n) AS page
}
RETURN totalCount, page
