// Which of the given ids name a node (sources included), with its labels: an import checks its
// relationship ids against them (nodes, relationships and sources share one namespace of ids).
// Placeholders an import claimed (__pending) are not nodes yet.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.__pending IS NULL
RETURN n.id AS id, labels(n) AS labels
