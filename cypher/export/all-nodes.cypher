// Every domain node but the sources (the nodes and relationships cite those by id).
MATCH (n:Node)
WHERE NOT n:Source
RETURN n
ORDER BY n.id
