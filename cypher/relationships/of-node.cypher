// Every relationship of a node, both directions, retracted ones included, with its properties.
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m:Node) RETURN r, n.id AS fromId, m.id AS toId
  UNION ALL
  MATCH (n)<-[r]-(m:Node) RETURN r, m.id AS fromId, n.id AS toId
}
RETURN r, fromId, toId
ORDER BY r.id
