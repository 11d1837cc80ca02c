// Records that the party screened under $key is not the entity $candidateId (once per pair: a
// decision recorded again keeps its first author and reason), and the Revision that audits it.
MATCH (c:Entity {id: $candidateId})
MERGE (d:MatchDecision {key: $key, candidateId: $candidateId})
  ON CREATE SET d.id = $id, d.decision = 'NOT_SAME', d.reason = $reason, d.by = $principal, d.at = datetime()
WITH d, d.id = $id AS created
CALL (d, created) {
  WITH d, created WHERE created
  CREATE (:Revision {
    id: $revisionId, targetId: $candidateId, targetType: 'MatchDecision', action: 'NOT_SAME',
    before: null, after: $after, reason: $reason, by: $principal, at: datetime(), importId: null, createdIn: null
  })
}
RETURN d.key AS key, d.candidateId AS candidateId, d.decision AS decision, d.reason AS reason,
       d.by AS by, d.at AS at, created
