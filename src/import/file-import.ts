import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import { importDocument, type ImportOptions, type ImportReport } from './apply';
import { jsonPlace, type Converted, type PlacedProblem } from './converted';
import { cslToDocument, parseCslCsv, parseCslJson, type CslSummary, type GraphIndex } from './csl';
import { ftmGraph } from './ftm-graph';
import { ftmToDocument, type FtmSummary } from './ftm';
import { relationshipsCsvToDocument } from './relationships-csv';

/** What the import CLI reports: the import's counts, each rejection placed in the file. */
export interface FileImportReport extends Omit<ImportReport, 'rejected'> {
  file: string;
  /** format-v1 JSON, relationships CSV, the screening list (CSV or JSON), or FtM JSON lines. */
  layout: 'format-v1' | 'relationships-csv' | 'csl-csv' | 'csl-json' | 'ftm-jsonl';
  rejected: PlacedProblem[];
  /** Screening-list imports: what was matched, created and skipped. */
  csl?: CslSummary;
  /** FollowTheMoney imports: matches, parties to review, skipped entities, and each record's line. */
  ftm?: FtmSummary;
}

export type FileLayout = FileImportReport['layout'];

/** The layout of a file from its extension and whether it is the screening list or FtM. */
export function layoutOf(file: string, csl: boolean, ftm = false): FileLayout {
  const ext = path.extname(file).toLowerCase();
  if (csl && ftm) throw new Error('--csl and --ftm exclude each other');
  if (ftm) return 'ftm-jsonl'; // FtM JSON lines, whatever the extension (.json, .jsonl, .ftm)
  if (ext !== '.json' && ext !== '.csv') throw new Error(`${file}: expected a .json or .csv file`);
  if (csl) return ext === '.csv' ? 'csl-csv' : 'csl-json';
  return ext === '.csv' ? 'relationships-csv' : 'format-v1';
}

/** What the graph holds that the screening list is matched against (one read transaction). */
export async function readGraphIndex(db: Database): Promise<GraphIndex> {
  return db.readTransaction('import/graph-index', async (run) => {
    const entities = await run('writes/csl-entities');
    const listings = await run('writes/csl-listings');
    const designations = await run('writes/csl-designations');
    const ids = await run('writes/node-ids');
    return {
      entities: entities.map((r) => ({
        id: String(r.id),
        name: String(r.name ?? ''),
        labels: r.labels as string[],
        aliases: r.aliases as string[],
        addresses: r.addresses as string[],
        country: (r.country as string | null) ?? null,
        sources: r.sources as string[],
      })),
      listings: listings.map((r) => ({ id: String(r.id), citation: (r.citation as string | null) ?? null })),
      designations: designations.map((r) => ({
        id: String(r.id),
        from: String(r.fromId),
        to: String(r.toId),
        confidence: String(r.confidence ?? 'CONFIRMED'),
        sources: r.sources as string[],
      })),
      nodeIds: new Set(ids.map((r) => String(r.id))),
    };
  });
}

/** Converts the text of a file of the given layout to a format-v1 document. */
export async function convert(
  db: Database,
  layout: FileLayout,
  content: string,
  fileName = 'file',
): Promise<Converted & { summary?: CslSummary; ftmSummary?: FtmSummary }> {
  switch (layout) {
    case 'ftm-jsonl': {
      const { summary, ...converted } = await ftmToDocument(content, ftmGraph(db), fileName);
      return { ...converted, ftmSummary: summary };
    }
    case 'relationships-csv':
      return relationshipsCsvToDocument(content);
    case 'csl-csv':
    case 'csl-json': {
      const parsed = layout === 'csl-csv' ? parseCslCsv(content) : parseCslJson(content);
      return cslToDocument(parsed, parsed.problems.length > 0 ? emptyIndex() : await readGraphIndex(db));
    }
    case 'format-v1':
      try {
        return { document: JSON.parse(content) as Record<string, unknown>, problems: [], place: jsonPlace };
      } catch (error) {
        return {
          document: {},
          problems: [{ place: '(file)', message: `not JSON: ${(error as Error).message}` }],
          place: jsonPlace,
        };
      }
  }
}

function emptyIndex(): GraphIndex {
  return { entities: [], listings: [], designations: [], nodeIds: new Set() };
}

const zero = () => ({ sources: 0, nodes: 0, relationships: 0 });

/**
 * Imports a file: converted to format v1, then validated and written in one transaction by
 * importDocument. A file with one bad record writes nothing; every rejection names its place.
 */
export async function importFile(
  db: Database,
  file: string,
  options: ImportOptions & { csl?: boolean; ftm?: boolean; onPhase?: (message: string) => void },
): Promise<FileImportReport> {
  const layout = layoutOf(file, options.csl === true, options.ftm === true);
  options.onPhase?.(`reading ${file} (${layout})`);
  return importContent(db, fs.readFileSync(file, 'utf8'), layout, file, options);
}

/** Imports the text of a file of a known layout (the CLI reads a file; importFtm gets the text). */
export async function importContent(
  db: Database,
  content: string,
  layout: FileLayout,
  file: string,
  options: ImportOptions & { onPhase?: (message: string) => void },
): Promise<FileImportReport> {
  const converted = await convert(db, layout, content, path.basename(file));
  const base = {
    file,
    layout,
    ...(converted.summary ? { csl: converted.summary } : {}),
    ...(converted.ftmSummary ? { ftm: converted.ftmSummary } : {}),
  };
  const dryRun = options.dryRun === true;
  if (converted.problems.length > 0) {
    return {
      ...base,
      dryRun,
      ok: false,
      created: zero(),
      updated: zero(),
      unchanged: zero(),
      rejected: converted.problems,
    };
  }
  options.onPhase?.('validating and writing');
  const report = await importDocument(db, converted.document, options);
  return {
    ...base,
    ...report,
    rejected: report.rejected.map((p) => ({ place: converted.place(p.path), message: p.message })),
  };
}
