// DataCenter nodes, optionally filtered by country.
// One page ordered by id after the cursor $after (keyset pagination on the id index), and the total.
CALL () {
  MATCH (n:DataCenter)
  WHERE ($country IS NULL OR n.country = $country)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:DataCenter)
  WHERE ($after IS NULL OR n.id > $after)
    AND ($country IS NULL OR n.country = $country)
  WITH n ORDER BY n.id LIMIT $first
  RETURN collect(n) AS page
}
RETURN totalCount, page
