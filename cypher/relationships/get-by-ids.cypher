// Relationships by id. One typed branch per relationship type, so each lookup uses that
// type's uniqueness index instead of scanning every relationship.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Node)-[r:OWNS {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:CONTROLS {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:PROCURES_FROM {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:RENTS_FROM {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:OPERATES {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:HOSTS {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:ACQUIRED {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:FUNDS {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:MANUFACTURES {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:DESIGNATED_UNDER {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:RESTRICTS {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  MATCH (a:Node)-[r:SUPERSEDES {id: id}]->(b:Node) RETURN r, a.id AS fromId, b.id AS toId
}
RETURN r, fromId, toId
