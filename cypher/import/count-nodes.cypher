// Whether the graph holds any domain node (seed on start only fills an empty database).
MATCH (n:Node)
RETURN count(n) AS nodes
