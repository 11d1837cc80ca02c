import fs from 'node:fs';
import path from 'node:path';
import { generateGraph } from '../../../bench/generate';
import { percentile, summarize } from '../../../bench/stats';
import { validateDocument } from '../../../src/import/validate';

/** The benchmark's synthetic graph: format-v1 documents the importer accepts, the same for a seed. */

const collect = (seed: number, chunkRecords = 20000) => {
  const graph = generateGraph({ nodes: 2000, seed, chunkRecords });
  return { graph, docs: [...graph.nodeDocuments(), ...graph.relationshipDocuments()] };
};

describe('generateGraph', () => {
  it('produces documents the importer validates without a problem', () => {
    const { docs } = collect(42);
    for (const doc of docs) expect(validateDocument(doc).problems).toEqual([]);
  });

  it("gives the real chips the curated dataset's release dates", () => {
    const curated = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../seed/curated.json'), 'utf8')) as {
      nodes: { id: string; label: string; releaseDate?: string | null }[];
    };
    const released = new Map(curated.nodes.filter((n) => n.label === 'Chip').map((n) => [n.id, n.releaseDate ?? null]));
    const chips = collect(42)
      .docs.flatMap((d) => d.nodes as unknown as { id: string; label: string; releaseDate?: string | null }[])
      .filter((n) => n.label === 'Chip' && released.has(n.id));
    expect(chips.length).toBeGreaterThanOrEqual(9);
    for (const chip of chips) expect([chip.id, chip.releaseDate ?? null]).toEqual([chip.id, released.get(chip.id)]);
  });

  it('is deterministic: the same seed gives the same documents', () => {
    expect(JSON.stringify(collect(7).docs)).toBe(JSON.stringify(collect(7).docs));
  });

  it('gives another graph for another seed', () => {
    expect(JSON.stringify(collect(7).docs)).not.toBe(JSON.stringify(collect(8).docs));
  });

  it('chunks documents to the requested size, references resolved by earlier documents', () => {
    const { docs } = collect(42, 5000);
    for (const doc of docs)
      expect(doc.sources.length + doc.nodes.length + doc.relationships.length).toBeLessThanOrEqual(5000);
    const defined = new Set<string>();
    for (const doc of docs) {
      for (const record of [...doc.sources, ...doc.nodes]) defined.add(record.id);
      for (const rel of doc.relationships) {
        expect(defined.has(rel.from) && defined.has(rel.to)).toBe(true);
      }
    }
  });

  it('has the real model: every relationship type, about ten relationships per node', () => {
    const { graph, docs } = collect(42);
    const rels = docs.flatMap((d) => d.relationships);
    const types = new Set(rels.map((r) => r.type));
    for (const type of [
      'OWNS',
      'CONTROLS',
      'PROCURES_FROM',
      'RENTS_FROM',
      'OPERATES',
      'HOSTS',
      'ACQUIRED',
      'FUNDS',
      'MANUFACTURES',
      'DESIGNATED_UNDER',
      'RESTRICTS',
    ]) {
      expect(types.has(type as never)).toBe(true);
    }
    expect(rels.length / 2000).toBeGreaterThan(7);
    expect(rels.length / 2000).toBeLessThan(13);
    expect(graph.chipIds).toContain(graph.mostHostedChip);
  });
});

describe('stats', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarises samples and counts errors apart', () => {
    const summary = summarize([3, 1, 2], 2);
    expect(summary).toMatchObject({ count: 3, errors: 2, minMs: 1, p50Ms: 2, maxMs: 3, meanMs: 2 });
  });
});
