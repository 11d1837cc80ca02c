// Nodes by id, any label. Missing ids return no row.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n
