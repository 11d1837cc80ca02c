// The creations of one node or relationship made by imports: the record names its ImportBatch
// (createdIn, cypher/import/create-batch.cypher), which says who, when, why and which import; the
// values are the record's own (src/curation/history.ts undoes the later updates). A record removed
// by a merge left its full record and createdIn on the revision that removed it (MERGED_INTO,
// DROP). One branch per relationship type, through its unique id index.
CALL () {
  MATCH (n:Node {id: $id})
  RETURN n.createdIn AS batchId, labels(n) AS labels, null AS type, properties(n) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:OWNS {id: $id}]->() USING INDEX SEEK r:OWNS(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:CONTROLS {id: $id}]->() USING INDEX SEEK r:CONTROLS(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:PROCURES_FROM {id: $id}]->() USING INDEX SEEK r:PROCURES_FROM(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:RENTS_FROM {id: $id}]->() USING INDEX SEEK r:RENTS_FROM(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:OPERATES {id: $id}]->() USING INDEX SEEK r:OPERATES(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:HOSTS {id: $id}]->() USING INDEX SEEK r:HOSTS(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:ACQUIRED {id: $id}]->() USING INDEX SEEK r:ACQUIRED(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:FUNDS {id: $id}]->() USING INDEX SEEK r:FUNDS(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:MANUFACTURES {id: $id}]->() USING INDEX SEEK r:MANUFACTURES(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:DESIGNATED_UNDER {id: $id}]->() USING INDEX SEEK r:DESIGNATED_UNDER(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:RESTRICTS {id: $id}]->() USING INDEX SEEK r:RESTRICTS(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH ()-[r:SUPERSEDES {id: $id}]->() USING INDEX SEEK r:SUPERSEDES(id)
  RETURN r.createdIn AS batchId, null AS labels, type(r) AS type, properties(r) AS props, null AS removedAt
  UNION ALL
  MATCH (v:Revision {targetId: $id})
  WHERE v.createdIn IS NOT NULL
  RETURN v.createdIn AS batchId, null AS labels, v.targetType AS type, v.before AS props, v.at AS removedAt
}
WITH * WHERE batchId IS NOT NULL
MATCH (b:ImportBatch {id: batchId})
RETURN b {.id, .by, .at, .reason} AS batch, labels, type, props, removedAt
