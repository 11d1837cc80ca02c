// Which of the ids were merged into another node by an admin (a MERGED_INTO revision removed
// them): an import that writes or refers to one of them would bring back the duplicate. The
// newest merge of each id, with the survivor (the revision's `after`, JSON text), who and when.
UNWIND $ids AS id
MATCH (v:Revision {targetId: id})
WHERE v.action = 'MERGED_INTO'
WITH id, v
ORDER BY v.at DESC
WITH id, head(collect(v)) AS v
RETURN id, v.after AS after, v.by AS by, toString(date(v.at)) AS at
