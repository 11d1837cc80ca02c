// The labels of nodes by id (the references of an import: endpoints and cited sources), without
// their properties but a chip's release date (an import says which steps are dated before it)
// and whether the node is retracted (an import says which facts it hangs on a retracted node).
// `pending` marks a placeholder claimed by this transaction, not a node yet.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, labels(n) AS labels, n.__pending AS pending, n.releaseDate AS releaseDate,
       n.retracted = true AS retracted
