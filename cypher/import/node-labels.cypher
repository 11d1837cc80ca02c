// The labels and stored properties of nodes (sources included) by id.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
