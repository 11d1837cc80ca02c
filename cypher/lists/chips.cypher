// Chip nodes, optionally filtered by vendor.
// One page ordered by id after the cursor $after (keyset pagination on the id index), and the total.
CALL () {
  MATCH (n:Chip)
  WHERE ($vendor IS NULL OR n.vendor = $vendor)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Chip)
  WHERE ($after IS NULL OR n.id > $after)
    AND ($vendor IS NULL OR n.vendor = $vendor)
  WITH n ORDER BY n.id LIMIT $first
  RETURN collect(n) AS page
}
RETURN totalCount, page
