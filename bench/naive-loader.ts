import type { Driver } from 'neo4j-driver';
import { dateParam } from '../src/db/values';
import { RELATIONSHIP_TYPES } from '../src/domain';
import { REL_FIELDS, type RelationshipInput } from '../src/import/format';

/**
 * The baseline the project's import is compared with: what a first loader usually looks like,
 * one auto-commit statement per relationship (a round trip and a commit each), with the same
 * upsert semantics and stored properties as the project's importer but no validation, no
 * planning and no revision history (so it does less work per relationship, not more).
 */

const statements = new Map<string, string>(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `MATCH (a:Node {id: $from}) MATCH (b:Node {id: $to})
     MERGE (a)-[r:${type} {id: $id}]->(b)
     SET r += $props`,
  ]),
);

/** Properties as the importer stores them: known fields, dates as Neo4j dates. */
function props(rel: RelationshipInput): Record<string, unknown> {
  const out: Record<string, unknown> = { confidence: rel.confidence, sources: rel.sources };
  for (const [field, type] of Object.entries(REL_FIELDS[rel.type])) {
    const value = rel[field];
    if (value === undefined) continue;
    out[field] = type === 'date' ? dateParam(value as string | null) : value;
  }
  return out;
}

/** Writes each relationship with its own statement; returns how many were written. */
export async function loadNaively(
  driver: Driver,
  database: string,
  rels: readonly RelationshipInput[],
): Promise<number> {
  const session = driver.session({ database });
  try {
    for (const rel of rels) {
      // The type comes from the validated whitelist (RELATIONSHIP_TYPES), never from free text.
      const text = statements.get(rel.type);
      if (!text) throw new Error(`unknown relationship type ${rel.type}`);
      await session.run(text, { from: rel.from, to: rel.to, id: rel.id, props: props(rel) });
    }
    return rels.length;
  } finally {
    await session.close();
  }
}
