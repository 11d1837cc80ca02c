// One ImportBatch per written import: who, when (the transaction's time, also the createdAt of
// every record it created), why, the document's checksum, its counts and the ids of the records
// it created. The creation entry of those records' history (src/curation/history.ts) is read from
// here: a created record carries `createdIn` (this node's id) and is described by its own
// values; updates keep a Revision each, with the values before and after.
CREATE (b:ImportBatch {
  id: $id, by: $principal, at: datetime.transaction(), reason: $reason, checksum: $checksum,
  created: $created, createdCount: size($created), updatedCount: $updatedCount,
  unchangedCount: $unchangedCount
})
RETURN b.id AS id
