// Run at the end of every write transaction (Database.writeTransaction): a new token for the
// graph's version, so that every server's reachability index (src/reach/) sees the write.
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID()
