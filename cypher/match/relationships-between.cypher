// Relationships of a type between given ends ($pairs: {from, to, type}), so that an import
// updates a fact the graph already holds instead of adding a second one. The type is compared
// as a value: it is one of the whitelisted types the caller sends.
UNWIND $pairs AS pair
MATCH (a:Node {id: pair.from})-[r]->(b:Node {id: pair.to})
WHERE type(r) = pair.type
RETURN pair.from AS fromId, pair.to AS toId, type(r) AS type, properties(r) AS props
