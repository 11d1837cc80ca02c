import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../../../src/db/values';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  /** SHA-256 over every node (labels, properties) and relationship (type, ends, properties), sorted. */
  hash: string;
}

/** JSON with object keys sorted, so that equal values always give the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A fingerprint of the whole graph: counts plus a hash of every node and relationship with its
 * properties (internal element ids left out: they are not data). Equal before and after means
 * nothing was written, not even an audit field.
 */
export async function graphChecksum(driver: Driver): Promise<GraphChecksum> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    );
    const lines = [
      ...nodes.records.map(
        (r) => `N${stable({ labels: [...(r.get('labels') as string[])].sort(), props: toPlain(r.get('props')) })}`,
      ),
      ...rels.records.map(
        (r) =>
          `R${stable({ type: r.get('type'), from: toPlain(r.get('from')), to: toPlain(r.get('to')), props: toPlain(r.get('props')) })}`,
      ),
    ].sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    return { nodes: nodes.records.length, relationships: rels.records.length, hash: hash.digest('hex') };
  } finally {
    await session.close();
  }
}
