// The revisions of one node or relationship, oldest first (revision_target index). Creations by
// imports are not revisions: see history/creations.
MATCH (v:Revision {targetId: $id})
RETURN v {.*} AS v
ORDER BY v.at, v.id
LIMIT $first
