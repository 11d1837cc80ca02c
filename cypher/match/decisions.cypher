// The "not the same" decisions recorded for these match keys.
MATCH (d:MatchDecision)
WHERE d.key IN $keys
RETURN d.key AS key, d.candidateId AS candidateId
