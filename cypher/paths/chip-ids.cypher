// Every chip id (the default scope of a scenario).
MATCH (c:Chip)
RETURN c.id AS id
ORDER BY id
