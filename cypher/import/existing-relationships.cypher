// The relationships among $ids that exist, whatever their type: one UNWIND per type through
// that type's unique id index (SEEK hints: the statistics are stale right after a bulk import).
// The importer's read of what exists: a found id is compared (update or unchanged) or refused
// (another type or other endpoints); an id not found is created.
CALL () {
  UNWIND $ids AS id MATCH (a:Node)-[r:OWNS {id: id}]->(b:Node) USING INDEX SEEK r:OWNS(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:CONTROLS {id: id}]->(b:Node) USING INDEX SEEK r:CONTROLS(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:PROCURES_FROM {id: id}]->(b:Node) USING INDEX SEEK r:PROCURES_FROM(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:RENTS_FROM {id: id}]->(b:Node) USING INDEX SEEK r:RENTS_FROM(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:OPERATES {id: id}]->(b:Node) USING INDEX SEEK r:OPERATES(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:HOSTS {id: id}]->(b:Node) USING INDEX SEEK r:HOSTS(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:ACQUIRED {id: id}]->(b:Node) USING INDEX SEEK r:ACQUIRED(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:FUNDS {id: id}]->(b:Node) USING INDEX SEEK r:FUNDS(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:MANUFACTURES {id: id}]->(b:Node) USING INDEX SEEK r:MANUFACTURES(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:DESIGNATED_UNDER {id: id}]->(b:Node) USING INDEX SEEK r:DESIGNATED_UNDER(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:RESTRICTS {id: id}]->(b:Node) USING INDEX SEEK r:RESTRICTS(id) RETURN r, a.id AS fromId, b.id AS toId
  UNION ALL
  UNWIND $ids AS id MATCH (a:Node)-[r:SUPERSEDES {id: id}]->(b:Node) USING INDEX SEEK r:SUPERSEDES(id) RETURN r, a.id AS fromId, b.id AS toId
}
RETURN r, fromId, toId
