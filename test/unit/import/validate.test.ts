import { FORMAT_V1 } from '../../../src/import/format';
import { checkReferences, validateDocument } from '../../../src/import/validate';

const source = { id: 'src-a', publisher: 'Reuters', title: 'A report' };
const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: 'Entity',
  name: id,
  sources: ['src-a'],
  ...extra,
});
const doc = (parts: Record<string, unknown>) => ({
  format: FORMAT_V1,
  sources: [source],
  nodes: [],
  relationships: [],
  ...parts,
});
const paths = (raw: unknown) => validateDocument(raw).problems.map((p) => p.path.join('.'));

describe('validateDocument', () => {
  it('accepts a minimal valid document', () => {
    expect(validateDocument(doc({ nodes: [entity('a')] })).problems).toEqual([]);
  });

  it('rejects a wrong or missing format version', () => {
    expect(paths({ ...doc({}), format: 'v0' })).toContain('format');
  });

  it('rejects unknown labels and relationship types', () => {
    const p = paths(
      doc({
        nodes: [{ ...entity('a'), label: 'Planet' }],
        relationships: [{ id: 'r', type: 'LIKES', from: 'a', to: 'a', confidence: 'REPORTED', sources: ['src-a'] }],
      }),
    );
    expect(p).toEqual(expect.arrayContaining(['nodes.0.label', 'relationships.0.type']));
  });

  it('lists every problem with its field path', () => {
    const p = paths(
      doc({
        nodes: [entity('Bad Id', { country: 'China' }), entity('b', { kind: 'ALIEN' })],
        relationships: [
          {
            id: 'r1',
            type: 'OWNS',
            from: 'a',
            to: 'b',
            confidence: 'SURE',
            sources: [],
            share: 1.5,
            startDate: '2024-02-30',
          },
        ],
      }),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        'nodes.0.id',
        'nodes.0.country',
        'nodes.1.kind',
        'relationships.0.confidence',
        'relationships.0.sources',
        'relationships.0.share',
        'relationships.0.startDate',
      ]),
    );
  });

  it('rejects an end date before the start date, naming both dates', () => {
    const raw = doc({
      nodes: [entity('a'), entity('b')],
      relationships: [
        {
          id: 'r',
          type: 'OWNS',
          from: 'a',
          to: 'b',
          confidence: 'REPORTED',
          sources: ['src-a'],
          startDate: '2024-05-01',
          endDate: '2024-01-01',
        },
      ],
    });
    expect(validateDocument(raw).problems).toEqual([
      {
        path: ['relationships', 0, 'endDate'],
        message: 'endDate 2024-01-01 is before startDate 2024-05-01: startDate must not be after endDate',
      },
    ]);
  });

  it("rejects a regulation's dates out of order: announced, effective, rescinded; a suspension's ends", () => {
    const regulation = {
      id: 'reg',
      label: 'Regulation',
      name: 'A rule',
      kind: 'EXPORT_CONTROL',
      sources: ['src-a'],
      announced: '2024-08-20',
      effective: '2024-01-01',
      rescinded: '2023-12-31',
      suspendedFrom: '2025-02-01',
      suspendedUntil: '2025-01-01',
    };
    expect(paths(doc({ nodes: [regulation] }))).toEqual([
      'nodes.0.effective',
      'nodes.0.rescinded',
      'nodes.0.suspendedUntil',
    ]);
  });

  it('rejects fields a record type does not have, rather than dropping them', () => {
    expect(paths(doc({ nodes: [entity('a', { tpp: 5 })] }))).toEqual(['nodes.0.tpp']);
  });

  it('rejects invalid URLs and duplicate ids', () => {
    const p = paths(doc({ sources: [source, { ...source, url: 'javascript:alert(1)' }] }));
    expect(p).toEqual(expect.arrayContaining(['sources.1.id', 'sources.1.url']));
  });

  it('bounds string sizes', () => {
    expect(paths(doc({ nodes: [entity('a', { name: 'x'.repeat(301) })] }))).toEqual(['nodes.0.name']);
  });
});

describe('checkReferences', () => {
  it('checks endpoint labels against the relationship type', () => {
    const raw = doc({
      nodes: [entity('a'), { id: 'h100', label: 'Chip', name: 'H100', sources: ['src-a'] }],
      relationships: [
        { id: 'r1', type: 'HOSTS', from: 'a', to: 'h100', confidence: 'REPORTED', sources: ['src-a'] },
        { id: 'r2', type: 'RENTS_FROM', from: 'a', to: 'h100', confidence: 'REPORTED', sources: ['src-a'] },
      ],
    });
    const { doc: parsed, problems } = validateDocument(raw);
    expect(problems).toEqual([]);
    const refs = checkReferences(parsed, new Map()).map((p) => p.path.join('.'));
    expect(refs).toEqual(['relationships.0.from', 'relationships.1.to']);
  });

  it('resolves ids that exist in the graph, and rejects unknown sources', () => {
    const raw = doc({
      relationships: [
        {
          id: 'r1',
          type: 'RENTS_FROM',
          from: 'x',
          to: 'aws',
          confidence: 'REPORTED',
          sources: ['src-a', 'src-missing'],
        },
      ],
    });
    const { doc: parsed, externalIds } = validateDocument(raw);
    expect([...externalIds].sort()).toEqual(['aws', 'src-missing', 'x']);
    const existing = new Map([
      ['x', ['Node', 'Entity']],
      ['aws', ['Node', 'Entity', 'CloudProvider']],
    ]);
    expect(checkReferences(parsed, existing).map((p) => p.path.join('.'))).toEqual(['relationships.0.sources.1']);
  });

  it('refuses an id that exists as another kind, naming the kind as clients see it', () => {
    const { doc: parsed } = validateDocument(
      doc({ nodes: [{ id: 'dc', label: 'Chip', name: 'DC', sources: ['src-a'] }] }),
    );
    const problems = checkReferences(parsed, new Map([['dc', ['Node', 'DataCenter']]]));
    expect(problems).toEqual([{ path: ['nodes', 0, 'label'], message: 'dc already exists as DataCenter' }]);
  });
});

describe('source excerpts', () => {
  it('accept a short quotation and refuse more than 300 characters', () => {
    expect(paths(doc({ sources: [{ ...source, excerpt: 'x'.repeat(300) }] }))).toEqual([]);
    expect(paths(doc({ sources: [{ ...source, excerpt: 'x'.repeat(301) }] }))).toEqual(['sources.0.excerpt']);
  });
});
