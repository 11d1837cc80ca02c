// Relationships by id, whatever their type: one UNWIND per relationship type through that
// type's unique id index, so no lookup scans every relationship. The SEEK hints keep it so when
// the index statistics are stale (right after a bulk import the planner chose full index scans
// for some types: every lookup then read every relationship of that type). Ids with no
// relationship give no row. Used by the relationship loader, the curation writes and the
// importer's read of what exists.
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
