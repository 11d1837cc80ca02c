// The end of every path statement. Each path comes in as `pathNodes` and `pathRels`, origin
// first; the paths are ordered shortest first then by the ids along them, at most $limit are
// kept, and they are returned in one row with the restriction context of every entity on them
// and of those in $contextIds (restriction/context.part.cypher), so that a path query is one
// round trip. One row even when nothing is found.
WITH pathNodes, pathRels
ORDER BY size(pathRels), [n IN pathNodes | n.id]
LIMIT $limit
WITH collect({nodes: pathNodes, rels: pathRels}) AS found
WITH found,
     reduce(acc = $contextIds, path IN found | acc + [n IN path.nodes WHERE n:Entity | n.id]) AS ids
{{> restriction/context}}
RETURN [path IN found | {nodes: [n IN path.nodes | n {.*, labels: labels(n)}],
                         rels: [x IN path.rels | x {.*, type: type(x)}]}] AS paths,
       regulations, upstream
