import type { ImportDocument } from '../../../src/import/format';
import {
  planImport,
  recordsToWrite,
  referenceProblemsBeside,
  writesAnything,
  type Existing,
  type PlanContext,
  type StoredRelationship,
} from '../../../src/import/plan';

/** The import's decisions, without a database: a document and what the graph holds, in; the writes, out. */

const source = { id: 'src-a', publisher: 'Reuters', title: 'An article', publishedAt: '2024-08-23' };
const broker = { id: 'broker', label: 'Entity' as const, name: 'Broker', kind: 'BROKER', sources: ['src-a'] };
const cloud = { id: 'cloud', label: 'CloudProvider' as const, name: 'Cloud', sources: ['src-a'] };
const rents = {
  id: 'broker-rents-cloud',
  type: 'RENTS_FROM' as const,
  from: 'broker',
  to: 'cloud',
  confidence: 'REPORTED' as const,
  sources: ['src-a'],
  startDate: '2024-01-01',
};

function doc(parts: Partial<ImportDocument> = {}): ImportDocument {
  return {
    format: 'chip-access-graph/v1',
    sources: [source],
    nodes: [broker, cloud],
    relationships: [rents],
    ...parts,
  };
}

const noClashes = { nodes: new Map(), relationships: new Map() };
const nothing: Existing = { nodes: new Map(), labels: new Map(), relationships: new Map(), clashes: noClashes };

function context(overrides: Partial<PlanContext> = {}): PlanContext {
  let n = 0;
  return { dryRun: false, reason: 'a test', importId: 'import-1', newId: () => `revision-${(n += 1)}`, ...overrides };
}

/** The graph after `doc()` was imported: stored values with their audit fields. */
function imported(): Existing {
  const audit = { createdAt: '2024-09-01T00:00:00Z', createdBy: 'seed', createdIn: 'import-0' };
  const nodes = new Map<string, Record<string, unknown>>([
    ['src-a', { ...source, name: source.title, ...audit }],
    ['broker', { ...broker, ...audit }],
    ['cloud', { ...cloud, ...audit }],
  ]);
  const labels = new Map([
    ['src-a', ['Node', 'Source']],
    ['broker', ['Node', 'Entity']],
    ['cloud', ['Node', 'Entity', 'CloudProvider']],
  ]);
  const { id, type, from, to, ...props } = rents;
  const stored: StoredRelationship = { type, fromId: from, toId: to, props: { id, ...props, ...audit } };
  return { nodes, labels, relationships: new Map([[id, stored]]), clashes: noClashes };
}

describe('records the graph does not hold', () => {
  it('are created, counted by kind and listed in document order', () => {
    const plan = planImport(doc(), nothing, context());
    expect(plan.report).toMatchObject({
      ok: true,
      created: { sources: 1, nodes: 2, relationships: 1 },
      updated: { sources: 0, nodes: 0, relationships: 0 },
      unchanged: { sources: 0, nodes: 0, relationships: 0 },
      rejected: [],
    });
    expect(plan.createdIds).toEqual(['src-a', 'broker', 'cloud', 'broker-rents-cloud']);
    expect(plan.report.ids?.created).toEqual(plan.createdIds);
    expect(plan.revisions).toEqual([]);
    expect(recordsToWrite(plan)).toEqual({ nodes: 3, relationships: 1 });
  });

  it('get their labels: a source, an entity, a cloud provider that is also an entity', () => {
    const plan = planImport(doc(), nothing, context());
    expect(plan.createNodes.map((n) => [n.id, n.labels])).toEqual([
      ['src-a', ['Source']],
      ['broker', ['Entity']],
      ['cloud', ['Entity', 'CloudProvider']],
    ]);
  });

  it('are written with their fields as validated, dates as text beside the field types that say so', () => {
    const plan = planImport(doc(), nothing, context());
    const [src] = plan.createNodes;
    expect(src?.props).toEqual({
      name: 'An article',
      title: 'An article',
      publisher: 'Reuters',
      publishedAt: '2024-08-23',
    });
    expect(src?.fields.publishedAt).toBe('date');
    expect(plan.createRelationships).toEqual([
      expect.objectContaining({
        id: 'broker-rents-cloud',
        type: 'RENTS_FROM',
        from: 'broker',
        to: 'cloud',
        props: { id: 'broker-rents-cloud', confidence: 'REPORTED', sources: ['src-a'], startDate: '2024-01-01' },
      }),
    ]);
  });

  it('are counted but not prepared in a dry run', () => {
    const plan = planImport(doc(), nothing, context({ dryRun: true }));
    expect(plan.report.dryRun).toBe(true);
    expect(plan.report.created).toEqual({ sources: 1, nodes: 2, relationships: 1 });
    expect(plan.createNodes).toEqual([]);
    expect(plan.createRelationships).toEqual([]);
  });
});

describe('records the graph holds', () => {
  it('are left alone when nothing differs, audit fields aside: the plan writes nothing', () => {
    const plan = planImport(doc(), imported(), context());
    expect(plan.report.unchanged).toEqual({ sources: 1, nodes: 2, relationships: 1 });
    expect(plan.report.created).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(writesAnything(plan)).toBe(false);
    expect(recordsToWrite(plan)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('keep the fields a document omits (merge semantics)', () => {
    const existing = imported();
    (existing.nodes.get('broker') as Record<string, unknown>).note = 'An analyst wrote this.';
    const plan = planImport(doc(), existing, context());
    expect(plan.report.unchanged.nodes).toBe(2);
  });

  it('are updated with one revision each: the changed fields before and after, why, and the import', () => {
    const plan = planImport(
      doc({ nodes: [{ ...broker, kind: 'COMPANY' }, cloud], relationships: [{ ...rents, startDate: '2024-02-01' }] }),
      imported(),
      context(),
    );
    expect(plan.report.updated).toEqual({ sources: 0, nodes: 1, relationships: 1 });
    expect(plan.report.ids?.updated).toEqual(['broker', 'broker-rents-cloud']);
    expect(plan.revisions).toEqual([
      {
        id: 'revision-1',
        targetId: 'broker',
        targetType: 'Entity',
        action: 'UPDATE',
        before: '{"kind":"BROKER"}',
        after: '{"kind":"COMPANY"}',
        reason: 'a test',
        importId: 'import-1',
        createdIn: null,
      },
      expect.objectContaining({
        targetId: 'broker-rents-cloud',
        targetType: 'RENTS_FROM',
        before: '{"startDate":"2024-01-01"}',
        after: '{"startDate":"2024-02-01"}',
      }),
    ]);
    expect(plan.updateNodes.map((n) => n.id)).toEqual(['broker']);
    // An update matches on the id: the id is not among the properties it sets.
    expect(plan.updateRelationships[0]?.props).toEqual({
      confidence: 'REPORTED',
      sources: ['src-a'],
      startDate: '2024-02-01',
    });
    expect(writesAnything(plan)).toBe(true);
  });
});

describe('a document the graph refutes', () => {
  it('is rejected whole, with every reference problem and nothing counted', () => {
    const plan = planImport(doc({ sources: [], relationships: [{ ...rents, to: 'nowhere' }] }), nothing, context());
    expect(plan.report.ok).toBe(false);
    expect(plan.report.ids).toBeUndefined();
    expect(plan.report.created).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(plan.report.rejected.map((p) => p.path.join('.'))).toEqual([
      'nodes.0.sources.0',
      'nodes.1.sources.0',
      'relationships.0.sources.0',
      'relationships.0.to',
    ]);
    expect(writesAnything(plan)).toBe(false);
  });

  it('cannot give an existing relationship id another type or other ends', () => {
    const plan = planImport(doc({ relationships: [{ ...rents, from: 'cloud', to: 'broker' }] }), imported(), context());
    expect(plan.report.rejected).toEqual([
      expect.objectContaining({ path: ['relationships', 0, 'to'] }),
      {
        path: ['relationships', 0, 'id'],
        message:
          'broker-rents-cloud already joins broker -RENTS_FROM-> cloud; endpoints and type cannot change: retract it and add a new relationship',
      },
    ]);
  });
});

describe('ids the graph uses for another kind of record', () => {
  it('are refused: a node or source under a relationship id, a relationship under a node or source id', () => {
    const existing: Existing = {
      ...nothing,
      clashes: {
        nodes: new Map([
          [rents.id, ['Node', 'Entity']],
          ['rel-as-source', ['Node', 'Source']],
        ]),
        relationships: new Map([
          ['src-a', 'OWNS'],
          ['broker', 'RENTS_FROM'],
        ]),
      },
    };
    const asSource = { ...rents, id: 'rel-as-source' };
    const plan = planImport(doc({ relationships: [rents, asSource] }), existing, context());
    expect(plan.report.ok).toBe(false);
    expect(writesAnything(plan)).toBe(false);
    const shared = 'nodes, relationships and sources share one namespace of ids';
    expect(plan.report.rejected).toEqual([
      { path: ['sources', 0, 'id'], message: `src-a is already the id of a relationship (OWNS): ${shared}` },
      { path: ['nodes', 0, 'id'], message: `broker is already the id of a relationship (RENTS_FROM): ${shared}` },
      { path: ['relationships', 0, 'id'], message: `${rents.id} is already the id of a node (Entity): ${shared}` },
      { path: ['relationships', 1, 'id'], message: `rel-as-source is already the id of a source: ${shared}` },
    ]);
  });
});

describe('reference problems beside structural ones', () => {
  it('leaves out a place already reported', () => {
    const structural = [{ path: ['relationships', 0, 'to'], message: 'must be a slug' }];
    const problems = referenceProblemsBeside(
      doc({ sources: [], relationships: [{ ...rents, to: 'Not A Slug' }] }),
      structural,
      nothing,
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'nodes.0.sources.0',
      'nodes.1.sources.0',
      'relationships.0.sources.0',
    ]);
  });

  it('does not say an existing relationship changes type or ends when they are only left out', () => {
    const { type: _type, from: _from, to: _to, ...update } = rents;
    const structural = ['type', 'from', 'to'].map((f) => ({ path: ['relationships', 0, f], message: 'is required' }));
    const partial = doc({ relationships: [update as typeof rents] });
    expect(referenceProblemsBeside(partial, structural, imported())).toEqual([]);
    // One given and different still is a change of identity.
    const moved = doc({ relationships: [{ ...(update as typeof rents), to: 'broker' }] });
    expect(referenceProblemsBeside(moved, structural.slice(0, 2), imported()).map((p) => p.path.join('.'))).toEqual([
      'relationships.0.id',
    ]);
  });
});

describe('notices: what is written as given but deserves a look', () => {
  const chip = { id: 'h100', label: 'Chip' as const, name: 'H100', releaseDate: '2022-03-22', sources: ['src-a'] };
  const hosts = {
    id: 'cloud-hosts-h100',
    type: 'HOSTS' as const,
    from: 'cloud',
    to: 'h100',
    confidence: 'REPORTED' as const,
    sources: ['src-a'],
  };
  const bought = {
    id: 'broker-acquired-h100',
    type: 'ACQUIRED' as const,
    from: 'broker',
    to: 'h100',
    confidence: 'REPORTED' as const,
    sources: ['src-a'],
    date: '2021-06-01',
  };
  const notices = (d: ImportDocument, existing: Existing = nothing) =>
    planImport(d, existing, context()).report.notices?.map((n) => `${n.path.join('.')}: ${n.message}`);

  it('are written and said back, against a release in the document or in the graph', () => {
    const early = doc({
      nodes: [broker, cloud, chip],
      relationships: [rents, { ...hosts, startDate: '2022-01-01' }, bought],
    });
    const plan = planImport(early, nothing, context());
    expect(plan.report.rejected).toEqual([]);
    expect(plan.createRelationships.map((r) => r.id)).toContain('cloud-hosts-h100');
    expect(notices(early)).toEqual([
      'relationships.1.startDate: 2022-01-01 is before the release of h100 (2022-03-22): paths use the step from the release on; a purchase is still timed by this date',
      'relationships.2.date: 2021-06-01 is before the release of h100 (2022-03-22): paths use the step from the release on; a purchase is still timed by this date',
    ]);
    // The chip only in the graph: its release read with its labels.
    const inGraph: Existing = {
      ...nothing,
      labels: new Map([['h100', ['Node', 'Chip']]]),
      releases: new Map([['h100', '2022-03-22']]),
    };
    expect(notices(doc({ relationships: [{ ...hosts, startDate: '2022-03-21' }] }), inGraph)).toHaveLength(1);
  });

  it('are not said for a step on or after the release, one with no date, or a chip with no release', () => {
    const onTheDay = doc({ nodes: [broker, cloud, chip], relationships: [{ ...hosts, startDate: '2022-03-22' }] });
    expect(notices(onTheDay)).toEqual([]);
    expect(notices(doc({ nodes: [broker, cloud, chip], relationships: [hosts] }))).toEqual([]);
    const unreleased = { ...chip, releaseDate: null };
    expect(
      notices(doc({ nodes: [broker, cloud, unreleased], relationships: [{ ...hosts, startDate: '2020-01-01' }] })),
    ).toEqual([]);
  });

  it('say that a model service is recorded but opens no access path, and say nothing of a compute rental', () => {
    const model = { ...rents, serviceKind: 'MODEL' };
    expect(notices(doc({ nodes: [broker, cloud], relationships: [model] }))).toEqual([
      'relationships.0.serviceKind: a model service gives no use of the chips: the rental is recorded, but no access path passes through it',
    ]);
    expect(notices(doc({ nodes: [broker, cloud], relationships: [{ ...rents, serviceKind: 'COMPUTE' }] }))).toEqual([]);
  });

  it('name the stored steps a release set in the document makes early, except those it writes itself', () => {
    const stored = Array.from({ length: 12 }, (_, k) => ({ id: `step-${k + 10}`, date: `2021-01-${k + 10}` }));
    const existing: Existing = { ...nothing, chipSteps: new Map([['h100', stored]]) };
    // step-10 is written by the document (judged from it, on its own path), not named again.
    const written = { ...hosts, id: 'step-10', startDate: '2022-04-01' };
    expect(notices(doc({ nodes: [broker, cloud, chip], relationships: [written] }), existing)).toEqual([
      'nodes.2.releaseDate: 11 stored steps into h100 dated before its release (2022-03-22): step-11 (2021-01-11), step-12 (2021-01-12), step-13 (2021-01-13), step-14 (2021-01-14), step-15 (2021-01-15), step-16 (2021-01-16), step-17 (2021-01-17), step-18 (2021-01-18), step-19 (2021-01-19), step-20 (2021-01-20) and 1 more; paths use each from the release on; a purchase is still timed by its own date',
    ]);
    const unreleased = { ...chip, releaseDate: null };
    expect(notices(doc({ nodes: [broker, cloud, unreleased], relationships: [] }), existing)).toEqual([]);
  });

  it('say which stored sources a list of sources replaces, and nothing when it keeps them all', () => {
    const { id, type, from, to, ...props } = { ...rents, sources: ['src-a', 'src-b'] };
    const existing: Existing = {
      ...nothing,
      labels: new Map([
        ['src-b', ['Source']],
        ['src-c', ['Source']],
        ['broker', ['Entity']],
        ['cloud', ['Entity', 'CloudProvider']],
      ]),
      nodes: new Map([['broker', { ...broker, sources: ['src-a', 'src-b'] }]]),
      relationships: new Map([[id, { type, fromId: from, toId: to, props: { id, ...props } }]]),
    };
    expect(notices(doc({ nodes: [broker], relationships: [{ ...rents, sources: ['src-b'] }] }), existing)).toEqual([
      "nodes.0.sources: replaces the sources of broker: src-b is no longer cited (the record's history keeps it); list the stored sources too to add one",
      "relationships.0.sources: replaces the sources of broker-rents-cloud: src-a is no longer cited (the record's history keeps it); list the stored sources too to add one",
    ]);
    const adding = doc({
      nodes: [{ ...broker, sources: ['src-b', 'src-a', 'src-c'] }],
      relationships: [{ ...rents, sources: ['src-a', 'src-b', 'src-c'] }],
    });
    expect(notices(adding, existing)).toEqual([]);
  });

  it('read what the graph keeps for what the document leaves out: a stored start, a release set in the document', () => {
    const { id, type, from, to, ...props } = { ...hosts, startDate: '2021-01-01' };
    const existing: Existing = {
      ...nothing,
      nodes: new Map([['h100', { ...chip, releaseDate: '2020-01-01' }]]),
      relationships: new Map([[id, { type, fromId: from, toId: to, props: { id, ...props } }]]),
    };
    // The document moves the release after the stored start, and leaves the step's dates out.
    expect(notices(doc({ nodes: [broker, cloud, chip], relationships: [hosts] }), existing)).toEqual([
      'relationships.0.startDate: 2021-01-01 is before the release of h100 (2022-03-22): paths use the step from the release on; a purchase is still timed by this date',
    ]);
  });
});

describe('dates judged on the record as it will stand', () => {
  const rejectedOf = (d: ImportDocument, existing: Existing) =>
    planImport(d, existing, context()).report.rejected.map((p) => `${p.path.join('.')}: ${p.message}`);
  const ended = () => {
    const existing = imported();
    const stored = existing.relationships.get('broker-rents-cloud') as StoredRelationship;
    stored.props = { ...stored.props, startDate: '2024-01-01', endDate: '2024-09-30' };
    return existing;
  };
  const { startDate: _start, ...undated } = rents;

  it('refuse a start after the stored end, and an end before the stored start, whole', () => {
    const later = planImport(doc({ relationships: [{ ...undated, startDate: '2024-12-01' }] }), ended(), context());
    expect(later.report.rejected).toEqual([
      {
        path: ['relationships', 0, 'startDate'],
        message: 'startDate 2024-12-01 is after the stored endDate 2024-09-30: startDate must not be after endDate',
      },
    ]);
    expect(writesAnything(later)).toBe(false);
    expect(later.updateRelationships).toEqual([]);
    expect(rejectedOf(doc({ relationships: [{ ...undated, endDate: '2020-01-01' }] }), ended())).toEqual([
      'relationships.0.endDate: endDate 2020-01-01 is before the stored startDate 2024-01-01: startDate must not be after endDate',
    ]);
  });

  it('refuse in a dry run too', () => {
    const plan = planImport(
      doc({ relationships: [{ ...undated, endDate: '2020-01-01' }] }),
      ended(),
      context({ dryRun: true }),
    );
    expect(plan.report.ok).toBe(false);
    expect(plan.report.rejected.map((p) => p.path.join('.'))).toEqual(['relationships.0.endDate']);
  });

  it('accept a date in order with the stored one, a cleared one, and both moved together', () => {
    expect(rejectedOf(doc({ relationships: [{ ...undated, endDate: '2024-06-30' }] }), ended())).toEqual([]);
    expect(
      rejectedOf(doc({ relationships: [{ ...undated, startDate: '2024-12-01', endDate: null }] }), ended()),
    ).toEqual([]);
    const both = { ...undated, startDate: '2024-12-01', endDate: '2025-01-31' };
    expect(rejectedOf(doc({ relationships: [both] }), ended())).toEqual([]);
  });

  it("refuse a regulation's effective date before its stored announcement, and each other pair", () => {
    const rule = {
      id: 'rule',
      label: 'Regulation' as const,
      name: 'A rule',
      kind: 'EXPORT_CONTROL',
      sources: ['src-a'],
    };
    const existing: Existing = {
      ...nothing,
      nodes: new Map([
        [
          'rule',
          {
            ...rule,
            announced: '2024-08-20',
            effective: '2024-09-01',
            suspendedFrom: '2025-01-01',
            suspendedUntil: '2025-06-01',
          },
        ],
      ]),
      labels: new Map([
        ['src-a', ['Node', 'Source']],
        ['rule', ['Node', 'Regulation']],
      ]),
    };
    const corrected = (changes: Record<string, unknown>) =>
      rejectedOf(doc({ nodes: [{ ...rule, ...changes }], relationships: [] }), existing);
    expect(corrected({ effective: '2024-01-01' })).toEqual([
      'nodes.0.effective: effective 2024-01-01 is before the stored announced 2024-08-20: announced must not be after effective',
    ]);
    expect(corrected({ rescinded: '2024-08-31' })).toEqual([
      'nodes.0.rescinded: rescinded 2024-08-31 is before the stored effective 2024-09-01: effective must not be after rescinded',
    ]);
    expect(corrected({ suspendedFrom: '2025-07-01' })).toEqual([
      'nodes.0.suspendedFrom: suspendedFrom 2025-07-01 is after the stored suspendedUntil 2025-06-01: suspendedFrom must not be after suspendedUntil',
    ]);
    expect(corrected({ effective: '2024-08-20', rescinded: '2025-05-13' })).toEqual([]);
  });
});

describe('records that touch retracted things', () => {
  const noticesOf = (d: ImportDocument, existing: Existing) =>
    (planImport(d, existing, context()).report.notices ?? []).map((p) => `${p.path.join('.')}: ${p.message}`);
  const retracted = { retracted: true, retractedReason: 'misidentified', retractedBy: 'alice' };

  it('say that a retracted relationship written again stays retracted, and how to restore it', () => {
    const existing = imported();
    const stored = existing.relationships.get('broker-rents-cloud') as StoredRelationship;
    stored.props = { ...stored.props, ...retracted };
    const plan = planImport(doc({ relationships: [{ ...rents, amount: 5 }] }), existing, context());
    expect(plan.report.updated.relationships).toBe(1);
    expect(noticesOf(doc({ relationships: [{ ...rents, amount: 5 }] }), existing)).toEqual([
      'relationships.0.id: broker-rents-cloud is retracted and stays so: the values are stored, but it stays out of paths and relationship fields; restore(id: "broker-rents-cloud", reason: ...) brings it back',
    ]);
  });

  it('say that a relationship hung on a retracted node is no access step, the node in the document or only in the graph', () => {
    const graph = imported();
    const existing: Existing = {
      ...graph,
      nodes: new Map([...graph.nodes, ['broker', { ...graph.nodes.get('broker'), ...retracted }]]),
    };
    const fresh = { ...rents, id: 'broker-rents-cloud-2' };
    expect(noticesOf(doc({ relationships: [fresh] }), existing)).toEqual([
      'nodes.0.id: broker is retracted and stays so: the values are stored, but it stays out of every path; restore(id: "broker", reason: ...) brings it back with the relationships retracted with it',
      'relationships.0.from: broker is retracted: broker-rents-cloud-2 is stored but is no access step while broker stays retracted; restore(id: "broker", reason: ...) brings the node back, and this step with it',
    ]);
    // The cloud only in the graph, retracted: read with the labels of the document's references.
    const outside: Existing = { ...imported(), retracted: new Set(['cloud']) };
    expect(noticesOf(doc({ nodes: [broker], relationships: [fresh] }), outside)).toEqual([
      'relationships.0.to: cloud is retracted: broker-rents-cloud-2 is stored but is no access step while cloud stays retracted; restore(id: "cloud", reason: ...) brings the node back, and this step with it',
    ]);
  });

  it('are not said when nothing the document touches is retracted', () => {
    expect(noticesOf(doc(), imported())).toEqual([]);
  });
});
