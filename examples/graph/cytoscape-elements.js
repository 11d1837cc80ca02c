// A Graph from the API as Cytoscape.js elements: the fixed fields are written last so that a
// property of the same name (an entity's own `kind`) cannot hide them.
function toElements(graph) {
  return [
    ...graph.nodes.map((n) => ({ data: { ...n.properties, id: n.id, label: n.name, kind: n.kind } })),
    ...graph.edges.map((e) => ({
      data: { ...e.properties, id: e.id, source: e.source, target: e.target, label: e.type },
    })),
  ];
}

module.exports = { toElements };
