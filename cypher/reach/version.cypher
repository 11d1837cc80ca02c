// The graph's version: the token every audited write renews, with the node and relationship
// counts (from the count store, constant time) so that a write made outside the API (a bulk
// load with another client) is noticed too.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v.token AS token
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN token, nodes, relationships
