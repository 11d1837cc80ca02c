// Entity List regulations and their citations (the screening-list import reuses them by citation).
MATCH (n:Regulation)
WHERE n.kind = 'ENTITY_LISTING'
RETURN n.id AS id, n.citation AS citation
