// The changes of one node or relationship that set data fields (UPDATE, MERGE), oldest first,
// with the values before: the history undoes them to show the values a record was created with.
MATCH (v:Revision {targetId: $id})
WHERE v.action IN ['UPDATE', 'MERGE']
RETURN v.at AS at, v.id AS id, v.before AS before
ORDER BY v.at, v.id
