import { parseExportRequest } from '../../../src/http/export-request';

const parse = (path: string, query: string) => parseExportRequest(path, new URLSearchParams(query));
const problemsOf = (path: string, query: string) => {
  const result = parse(path, query);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => p.path[0]);
};

describe('parseExportRequest: neighbourhoods', () => {
  it('turns a URL into the neighborhood operation, values as variables', () => {
    const result = parse(
      '/export/graphml',
      'neighborhood=shenzhen-university&depth=2&asOf=2024-06-01&types=OWNS,RENTS_FROM&limit=50',
    );
    expect(result).toEqual({
      ok: true,
      request: expect.objectContaining({
        format: 'GRAPHML',
        field: 'neighborhood',
        variables: {
          id: 'shenzhen-university',
          depth: 2,
          asOf: '2024-06-01',
          types: ['OWNS', 'RENTS_FROM'],
          limit: 50,
          includeRetracted: undefined,
        },
        filename: 'neighborhood-shenzhen-university-depth-2.graphml',
      }),
    });
  });

  it('maps each URL to its format', () => {
    const formats = ['cytoscape', 'graphml', 'nodes.csv', 'edges.csv'].map((f) => {
      const r = parse(`/export/${f}`, 'neighborhood=x');
      return r.ok ? r.request.format : null;
    });
    expect(formats).toEqual(['CYTOSCAPE_JSON', 'GRAPHML', 'NODES_CSV', 'EDGES_CSV']);
  });

  it('refuses a depth beyond 3, a bad date, an unknown type and an unknown format at once', () => {
    expect(problemsOf('/export/pdf', 'neighborhood=x&depth=4&asOf=2024-02-30&types=OWNS,LIKES')).toEqual([
      'format',
      'asOf',
      'depth',
      'types',
    ]);
  });

  it('refuses parameters that belong to the other mode or to nothing', () => {
    expect(problemsOf('/export/graphml', 'neighborhood=x&maxHops=3&colour=red')).toEqual(['maxHops', 'colour']);
  });

  it('refuses a parameter given twice, an empty id, and limits out of range', () => {
    expect(problemsOf('/export/graphml', 'neighborhood=&depth=1&depth=2&limit=0')).toEqual([
      'depth',
      'limit',
      'neighborhood',
    ]);
    expect(problemsOf('/export/graphml', 'neighborhood=x&limit=1001')).toEqual(['limit']);
    expect(problemsOf('/export/graphml', 'neighborhood=x&limit=1e3')).toEqual(['limit']);
  });
});

describe('parseExportRequest: paths', () => {
  it('turns from, to and the filters into the pathGraph operation', () => {
    const result = parse(
      '/export/cytoscape',
      'from=shenzhen-university&to=nvidia-h100&asOf=2024-06-01&minConfidence=REPORTED&pathways=CLOUD_RENTAL',
    );
    expect(result.ok && result.request).toMatchObject({
      field: 'pathGraph',
      variables: {
        from: 'shenzhen-university',
        to: 'nvidia-h100',
        asOf: '2024-06-01',
        filter: { minConfidence: 'REPORTED', includePathways: ['CLOUD_RENTAL'] },
      },
      filename: 'paths-from-shenzhen-university-to-nvidia-h100-2024-06-01.cyjs',
    });
  });

  it('accepts to alone (who can reach a chip)', () => {
    expect(parse('/export/nodes.csv', 'to=nvidia-h100').ok).toBe(true);
  });

  it('refuses a bad confidence and an unknown pathway', () => {
    expect(problemsOf('/export/graphml', 'from=a&minConfidence=SURE&pathways=TELEPORT')).toEqual([
      'minConfidence',
      'pathways',
    ]);
  });

  it('takes at most one of neighborhood and from/to; neither is the whole graph', () => {
    expect(problemsOf('/export/graphml', 'neighborhood=a&from=b')).toEqual(['neighborhood']);
    const whole = parse('/export/ftm', 'includeRetracted=true');
    expect(whole).toEqual({
      ok: true,
      request: expect.objectContaining({
        format: 'FTM_JSONL',
        field: 'wholeGraph',
        variables: { includeRetracted: true },
        filename: 'chip-access-graph.ftm.jsonl',
      }),
    });
    expect(problemsOf('/export/ftm', 'asOf=2024-01-01&depth=2')).toEqual(['asOf', 'depth']);
  });

  it('makes a download name of safe characters only', () => {
    const result = parse('/export/graphml', 'neighborhood=../../etc/passwd"; x');
    expect(result.ok && result.request.filename).toBe('neighborhood-etc-passwd-x-depth-1.graphml');
  });
});
