// Nodes by id with their relationships, in one statement: for a resolver whose selection asks for
// relationship fields (src/resolvers/lookahead.ts). Types in $outAll / $inAll are read retracted
// or not, types in $out / $in only when not retracted, nor either end (a type in neither is not
// read at all).
// Whole relationships and far-end nodes, as the relations loader returns them; the two lists of
// each direction are parallel (the i-th node is the far end of the i-th relationship). Missing ids
// return no row.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r]->(m:Node)
  WHERE type(r) IN $outAll OR (type(r) IN $out AND NOT coalesce(r.retracted OR n.retracted OR m.retracted, false))
  RETURN collect(r) AS outRels, collect(m) AS outNodes
}
CALL (n) {
  MATCH (n)<-[r]-(m:Node)
  WHERE type(r) IN $inAll OR (type(r) IN $in AND NOT coalesce(r.retracted OR n.retracted OR m.retracted, false))
  RETURN collect(r) AS inRels, collect(m) AS inNodes
}
RETURN n, outRels, outNodes, inRels, inNodes
