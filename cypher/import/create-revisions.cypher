// The history: one Revision per change, with the values before and after (JSON text).
UNWIND $rows AS row
CREATE (v:Revision {
  id: row.id, targetId: row.targetId, targetType: row.targetType, action: row.action,
  before: row.before, after: row.after, reason: row.reason, by: $principal, at: datetime()
})
RETURN count(v) AS written
