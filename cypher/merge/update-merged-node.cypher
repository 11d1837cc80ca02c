// The survivor of a merge: its merged properties and labels (from the whitelist in
// src/domain/vocabulary.ts), and the ids merged into it.
MATCH (n:Node {id: $id})
SET n += $props, n:$($labels), n.updatedAt = datetime(), n.updatedBy = $principal,
    n.mergedIds = coalesce(n.mergedIds, []) + $mergedId
RETURN n.id AS id
