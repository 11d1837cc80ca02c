import type { Driver } from 'neo4j-driver';
import type { Database } from '../src/db/database';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../src/domain';
import { importDocument } from '../src/import/apply';
import { FORMAT_V1, REL_FIELDS, type ImportDocument, type RelationshipInput } from '../src/import/format';
import type { GeneratedGraph } from './generate';
import { loadNaively } from './naive-loader';
import { Prng } from './prng';
import { ratio, round, timed } from './stats';

export interface ImportFigures {
  documents: number;
  chunkRecords: number;
  batchSize: number;
  sources: number;
  nodes: number;
  relationships: number;
  relationshipsByType: Partial<Record<RelationshipType, number>>;
  /** Sources and nodes (first documents). */
  nodeSeconds: number;
  relationshipSeconds: number;
  /** Relationships per second over the relationship documents. */
  relsPerSec: number;
  /** Seconds per importer phase (validate, lock, reads, writes, revisions, commit), summed over the relationship documents. */
  relationshipPhaseSeconds: Record<string, number>;
  /** Every record (sources, nodes, relationships) per second over the whole import. */
  recordsPerSec: number;
  naive: { relationships: number; seconds: number; relsPerSec: number };
  /** The project's import of the same sample the naive loader wrote (same size, same graph). */
  projectOnSample: { relationships: number; seconds: number; relsPerSec: number };
  /**
   * The floor the importer is compared with: the rows of the first relationship document again,
   * under new ids, written with a plain UNWIND ... CREATE per type in batches of batchSize, one
   * transaction, no validation, locks, audit or history (rawCreate).
   */
  raw: { relationships: number; seconds: number; relsPerSec: number };
  /** Full import rate / naive rate. */
  speedupVsNaive: number | null;
  /** Same-sample rates: project / naive. */
  speedupSameSample: number | null;
}

async function importOrThrow(
  db: Database,
  doc: ImportDocument,
  batchSize: number,
  onTiming?: (phase: string, ms: number) => void,
): Promise<void> {
  const report = await importDocument(db, doc, { principal: 'bench', batchSize, onTiming });
  if (!report.ok) {
    const first = report.rejected.slice(0, 5).map((p) => `${p.path.join('.')}: ${p.message}`);
    throw new Error(`the generated document was rejected:\n  ${first.join('\n  ')}`);
  }
}

/** Deletes the sample copies (and the history the importer wrote for them) through the id indexes. */
async function deleteSample(driver: Driver, database: string, rels: readonly RelationshipInput[]): Promise<void> {
  const byType = new Map<string, string[]>();
  for (const r of rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  const session = driver.session({ database });
  try {
    for (const [type, ids] of byType) {
      await session.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, { ids });
    }
    const ids = rels.map((r) => r.id);
    await session.run('UNWIND $ids AS id MATCH (v:Revision {targetId: id}) DELETE v', { ids });
    // The ImportBatch of the importer's copy lists the ids it created (a handful of batches).
    await session.run('MATCH (b:ImportBatch) WHERE any(id IN b.created WHERE id IN $ids) DELETE b', { ids });
  } finally {
    await session.close();
  }
}

/** Deletes relationships by id, through the per-type id indexes (no history was written for them). */
async function deleteRelationships(driver: Driver, database: string, rels: readonly RelationshipInput[]) {
  const session = driver.session({ database });
  try {
    for (const type of RELATIONSHIP_TYPES) {
      const ids = rels.filter((r) => r.type === type).map((r) => r.id);
      for (let i = 0; i < ids.length; i += 10000) {
        await session.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, {
          ids: ids.slice(i, i + 10000),
        });
      }
    }
  } finally {
    await session.close();
  }
}

/** The raw statement of one type: the same stored fields as the importer (dates made in Cypher), nothing else. */
function rawCreateStatement(type: RelationshipType): string {
  const fields = Object.entries(REL_FIELDS[type])
    .map(([field, kind]) => `${field}: ${kind === 'date' ? `date(row.${field})` : `row.${field}`}`)
    .join(', ');
  // The type comes from the format's whitelist (RELATIONSHIP_TYPES), never from free text.
  return `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[:${type} {id: row.id, confidence: row.confidence, sources: row.sources, ${fields}}]->(b)`;
}

/** Writes `rels` with rawCreateStatement, batch by batch, in one write transaction. */
async function rawCreate(driver: Driver, database: string, rels: readonly RelationshipInput[], batchSize: number) {
  const byType = new Map<RelationshipType, RelationshipInput[]>();
  for (const r of rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const type of RELATIONSHIP_TYPES) {
        const rows = byType.get(type) ?? [];
        const text = rawCreateStatement(type);
        for (let i = 0; i < rows.length; i += batchSize) await tx.run(text, { rows: rows.slice(i, i + batchSize) });
      }
    });
  } finally {
    await session.close();
  }
}

/**
 * Imports the generated graph through the project's importer (timed), then writes a sample of its
 * relationships again, under new ids, with the naive loader and with the importer, and removes
 * those copies.
 */
export async function benchImport(
  db: Database,
  graph: GeneratedGraph,
  options: {
    /** The benchmark's own driver, for the naive and raw loaders and the removal of their copies. */
    driver: Driver;
    database: string;
    sampleSize: number;
    batchSize: number;
    log: (m: string) => void;
  },
): Promise<ImportFigures> {
  const { log } = options;
  let documents = 0;
  let sources = 0;
  let nodes = 0;
  const nodeDocs = graph.nodeDocuments();
  const nodeTime = await timed(async () => {
    for (const doc of nodeDocs) {
      await importOrThrow(db, doc, options.batchSize);
      documents += 1;
      sources += doc.sources.length;
      nodes += doc.nodes.length;
    }
  });
  log(`imported ${sources} sources and ${nodes} nodes in ${round(nodeTime.ms / 1000)} s`);

  // A reservoir sample of the relationship stream, for the naive loader.
  const reservoir: RelationshipInput[] = [];
  const pick = new Prng(graph.options.seed + 7);
  let relationships = 0;
  const phaseMs: Record<string, number> = {};
  let firstDocument: RelationshipInput[] = [];
  const relTime = await timed(async () => {
    for (const doc of graph.relationshipDocuments()) {
      const started = Date.now();
      const docPhases: string[] = [];
      await importOrThrow(db, doc, options.batchSize, (phase, ms) => {
        phaseMs[phase] = (phaseMs[phase] ?? 0) + ms;
        docPhases.push(`${phase} ${round(ms / 1000)}`);
      });
      documents += 1;
      if (firstDocument.length === 0) firstDocument = doc.relationships;
      for (const rel of doc.relationships) {
        relationships += 1;
        if (reservoir.length < options.sampleSize) reservoir.push(rel);
        else {
          const j = Math.floor(pick.next() * relationships);
          if (j < options.sampleSize) reservoir[j] = rel;
        }
      }
      const seconds = (Date.now() - started) / 1000;
      log(
        `  document ${documents}: ${doc.relationships.length} relationships in ${round(seconds)} s (${Math.round(doc.relationships.length / seconds)}/s); ${relationships} so far`,
      );
      log(`    seconds per phase: ${docPhases.join(', ')}`);
    }
  });
  const relsPerSec = relationships / (relTime.ms / 1000);
  log(`imported ${relationships} relationships in ${round(relTime.ms / 1000)} s: ${Math.round(relsPerSec)}/s`);

  const copy = (suffix: string) => reservoir.map((r) => ({ ...r, id: `${r.id}-${suffix}` }));
  const naiveRels = copy('naive');
  const naive = await timed(() => loadNaively(options.driver, options.database, naiveRels));
  const naiveRate = naiveRels.length / (naive.ms / 1000);
  log(`naive loader: ${naiveRels.length} relationships in ${round(naive.ms / 1000)} s: ${Math.round(naiveRate)}/s`);

  const bulkRels = copy('bulk');
  const bulk = await timed(() =>
    importOrThrow(db, { format: FORMAT_V1, sources: [], nodes: [], relationships: bulkRels }, options.batchSize),
  );
  const bulkRate = bulkRels.length / (bulk.ms / 1000);
  log(`project import of the same sample: ${round(bulk.ms / 1000)} s: ${Math.round(bulkRate)}/s`);
  const rawRels = firstDocument.map((r) => ({ ...r, id: `${r.id}-raw` }));
  const raw = await timed(() => rawCreate(options.driver, options.database, rawRels, options.batchSize));
  const rawRate = rawRels.length / (raw.ms / 1000);
  log(
    `raw UNWIND ... CREATE of the first document's ${rawRels.length} rows: ${round(raw.ms / 1000)} s: ${Math.round(rawRate)}/s`,
  );
  await deleteSample(options.driver, options.database, [...naiveRels, ...bulkRels]);
  await deleteRelationships(options.driver, options.database, rawRels);

  return {
    documents,
    chunkRecords: graph.options.chunkRecords,
    batchSize: options.batchSize,
    sources,
    nodes,
    relationships,
    relationshipsByType: { ...graph.relationshipCounts },
    nodeSeconds: round(nodeTime.ms / 1000),
    relationshipSeconds: round(relTime.ms / 1000),
    relsPerSec: Math.round(relsPerSec),
    relationshipPhaseSeconds: Object.fromEntries(Object.entries(phaseMs).map(([k, ms]) => [k, round(ms / 1000)])),
    recordsPerSec: Math.round((sources + nodes + relationships) / ((nodeTime.ms + relTime.ms) / 1000)),
    naive: { relationships: naiveRels.length, seconds: round(naive.ms / 1000), relsPerSec: Math.round(naiveRate) },
    projectOnSample: {
      relationships: bulkRels.length,
      seconds: round(bulk.ms / 1000),
      relsPerSec: Math.round(bulkRate),
    },
    raw: { relationships: rawRels.length, seconds: round(raw.ms / 1000), relsPerSec: Math.round(rawRate) },
    speedupVsNaive: ratio(relsPerSec, naiveRate),
    speedupSameSample: ratio(bulkRate, naiveRate),
  };
}
