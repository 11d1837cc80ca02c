// Source nodes, optionally filtered by publisher.
// One page ordered by id after the cursor $after (keyset pagination on the id index), and the total.
CALL () {
  MATCH (n:Source)
  WHERE ($publisher IS NULL OR n.publisher = $publisher)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Source)
  WHERE ($after IS NULL OR n.id > $after)
    AND ($publisher IS NULL OR n.publisher = $publisher)
  WITH n ORDER BY n.id LIMIT $first
  RETURN collect(n) AS page
}
RETURN totalCount, page
