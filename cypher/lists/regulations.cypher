// Regulations, filtered by kind and by being in force at $inForceAt.
// One page ordered by id after the cursor $after (keyset pagination on the id index), and the total.
CALL () {
  MATCH (n:Regulation)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($inForceAt IS NULL OR (
          n.effective IS NOT NULL AND n.effective <= $inForceAt
          AND (n.rescinded IS NULL OR $inForceAt < n.rescinded)
          AND NOT (n.suspendedFrom IS NOT NULL AND n.suspendedFrom <= $inForceAt
                   AND (n.suspendedUntil IS NULL OR $inForceAt < n.suspendedUntil))))
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Regulation)
  WHERE ($after IS NULL OR n.id > $after)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($inForceAt IS NULL OR (
          n.effective IS NOT NULL AND n.effective <= $inForceAt
          AND (n.rescinded IS NULL OR $inForceAt < n.rescinded)
          AND NOT (n.suspendedFrom IS NOT NULL AND n.suspendedFrom <= $inForceAt
                   AND (n.suspendedUntil IS NULL OR $inForceAt < n.suspendedUntil))))
  WITH n ORDER BY n.id LIMIT $first
  RETURN collect(n) AS page
}
RETURN totalCount, page
