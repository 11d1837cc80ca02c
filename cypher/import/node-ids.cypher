// Every node id in use (new ids made from names must not collide with any of them).
MATCH (n:Node)
RETURN n.id AS id
