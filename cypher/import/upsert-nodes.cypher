// Creates or updates nodes (sources included). Labels come from the validated whitelist in
// src/domain/vocabulary.ts; audit fields record who wrote and when. The node may be a placeholder
// claimed earlier in the same transaction (import/claim-ids): it counts as created.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
WITH n, row, n.createdAt IS NULL AS isNew
SET n.createdAt = coalesce(n.createdAt, datetime()), n.createdBy = coalesce(n.createdBy, $principal)
SET n.updatedAt = CASE WHEN isNew THEN n.updatedAt ELSE datetime() END,
    n.updatedBy = CASE WHEN isNew THEN n.updatedBy ELSE $principal END
REMOVE n.__pending
SET n:$(row.labels)
SET n += row.props
RETURN count(n) AS written
