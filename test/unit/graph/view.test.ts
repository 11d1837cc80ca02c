import {
  GraphViewBuilder,
  nodeKind,
  pathsToView,
  toViewEdge,
  toViewNode,
  EDGES_PER_NODE,
} from '../../../src/graph/view';

const node = (id: string, labels = ['Entity'], extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  labels,
  ...extra,
});
const rel = (id: string, from: string, to: string, type = 'OWNS') => ({
  id,
  type,
  from,
  to,
  confidence: 'REPORTED',
  sources: ['s1'],
});

describe('nodeKind', () => {
  it('picks the most specific label: a cloud provider before an entity', () => {
    expect(nodeKind(['Entity', 'CloudProvider', 'Node'])).toBe('CloudProvider');
    expect(nodeKind(['Node', 'Chip'])).toBe('Chip');
  });

  it('falls back to the first domain label it does not know', () => {
    expect(nodeKind(['Node', 'Vessel'])).toBe('Vessel');
  });
});

describe('toViewNode', () => {
  it('keeps every stored property but the fixed fields, and drops nulls', () => {
    const view = toViewNode({
      id: 'a',
      name: 'A',
      labels: ['Node', 'Entity'],
      kind: 'COMPANY',
      country: null,
      sources: ['s1'],
    } as never);
    expect(view).toEqual({
      id: 'a',
      kind: 'Entity',
      labels: ['Entity'],
      name: 'A',
      properties: { kind: 'COMPANY' },
      sources: ['s1'],
    });
  });
});

describe('toViewEdge', () => {
  it('reads both record shapes (fromId/toId and from/to) and always carries retracted', () => {
    const a = toViewEdge({ id: 'r', type: 'OWNS', fromId: 'a', toId: 'b', share: 0.5, sources: [] } as never);
    const b = toViewEdge({ id: 'r', type: 'OWNS', from: 'a', to: 'b', share: 0.5, retracted: false } as never);
    expect(a).toEqual(b);
    expect(a.properties).toEqual({ share: 0.5, retracted: false });
  });
});

describe('GraphViewBuilder', () => {
  it('deduplicates nodes and edges by id', () => {
    const b = new GraphViewBuilder(10);
    b.addNode(toViewNode(node('a')));
    b.addNode(toViewNode(node('a')));
    b.addNode(toViewNode(node('b')));
    b.addEdge(toViewEdge(rel('r', 'a', 'b')));
    b.addEdge(toViewEdge(rel('r', 'a', 'b')));
    const view = b.build();
    expect(view.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(view.edges.map((e) => e.id)).toEqual(['r']);
    expect(view.truncated).toBe(false);
  });

  it('stops at the node cap and says so', () => {
    const b = new GraphViewBuilder(2);
    for (const id of ['a', 'b', 'c']) b.addNode(toViewNode(node(id)));
    expect(b.build()).toMatchObject({ truncated: true, limit: 2 });
    expect(b.build().nodes).toHaveLength(2);
  });

  it('never keeps an edge without both its ends', () => {
    const b = new GraphViewBuilder(1);
    b.addNode(toViewNode(node('a')));
    expect(b.addEdge(toViewEdge(rel('r', 'a', 'b')))).toBe(false);
    expect(b.build().edges).toEqual([]);
  });

  it(`caps edges at ${EDGES_PER_NODE} per node of the cap`, () => {
    const b = new GraphViewBuilder(2);
    b.addNode(toViewNode(node('a')));
    b.addNode(toViewNode(node('b')));
    for (let i = 0; i < 2 * EDGES_PER_NODE + 1; i += 1) b.addEdge(toViewEdge(rel(`r${i}`, 'a', 'b')));
    expect(b.build().edges).toHaveLength(2 * EDGES_PER_NODE);
    expect(b.build().truncated).toBe(true);
  });
});

describe('pathsToView', () => {
  const p1 = {
    nodes: [node('o'), node('x'), node('c', ['Chip'])],
    rels: [rel('o-x', 'o', 'x', 'PROCURES_FROM'), rel('x-c', 'x', 'c', 'ACQUIRED')],
  };
  const p2 = {
    nodes: [node('o'), node('y'), node('c', ['Chip'])],
    rels: [rel('o-y', 'o', 'y'), rel('y-c', 'y', 'c', 'ACQUIRED')],
  };

  it('merges shared nodes of several paths once', () => {
    const view = pathsToView([p1, p2], 10);
    expect(view.nodes.map((n) => n.id)).toEqual(['o', 'x', 'c', 'y']);
    expect(view.edges.map((e) => [e.source, e.target])).toEqual([
      ['o', 'x'],
      ['x', 'c'],
      ['o', 'y'],
      ['y', 'c'],
    ]);
  });

  it('adds whole paths only: a path that does not fit is left out, not cut in half', () => {
    const view = pathsToView([p1, p2], 3);
    expect(view.nodes.map((n) => n.id)).toEqual(['o', 'x', 'c']);
    expect(view.edges).toHaveLength(2);
    expect(view.truncated).toBe(true);
  });

  it('carries the truncation of the query underneath', () => {
    expect(pathsToView([p1], 10, true).truncated).toBe(true);
  });
});
