// The publication date of every source: a fact's evidence is as recent as its newest source.
MATCH (s:Source)
RETURN s.id AS id, s.publishedAt AS publishedAt
