// The history: one Revision per change, with the values before and after (JSON text). `importId`
// names the ImportBatch of the import that made it (imports, writes and corrections); `createdIn`
// is kept when a record created by an import is removed (a merge), so that its creation stays in
// its history.
UNWIND $rows AS row
CREATE (v:Revision {
  id: row.id, targetId: row.targetId, targetType: row.targetType, action: row.action,
  before: row.before, after: row.after, reason: row.reason, by: $principal, at: datetime(),
  importId: row.importId, createdIn: row.createdIn
})
RETURN count(v) AS written
