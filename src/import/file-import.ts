import fs from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportOptions, type ImportReport } from './apply';
import { jsonPlace, type Converted, type PlacedProblem } from './converted';
import { cslToDocument, type CslSummary, type GraphIndex } from './csl';
import { parseCslCsv, parseCslJson } from './csl-read';
import type { FtmSummary } from './ftm';
import { ftmToDocument } from './ftm-convert';
import { relationshipsCsvToDocument } from './relationships-csv';
import { rejectedReport } from './report';
import { ftmGraph, readCslIndex, type Database } from './store';

/** What the import CLI reports: the import's counts, each rejection placed in the file. */
export interface FileImportReport extends Omit<ImportReport, 'rejected' | 'notices'> {
  file: string;
  /** format-v1 JSON, relationships CSV, the screening list (CSV or JSON), or FtM JSON lines. */
  layout: 'format-v1' | 'relationships-csv' | 'csl-csv' | 'csl-json' | 'ftm-jsonl';
  rejected: PlacedProblem[];
  /** What was written as given but deserves a look (ImportReport.notices), placed in the file. */
  notices?: PlacedProblem[];
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
      return cslToDocument(parsed, parsed.problems.length > 0 ? emptyIndex() : await readCslIndex(db));
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

/**
 * Imports a file: converted to format v1, then validated and written in one transaction by
 * importDocument. A file with one bad record writes nothing; every rejection names its place.
 */
export async function importFile(
  db: Database,
  file: string,
  options: ImportOptions & { csl?: boolean; ftm?: boolean },
): Promise<FileImportReport> {
  const layout = layoutOf(file, options.csl === true, options.ftm === true);
  options.onProgress?.({ step: 'converting' });
  return convertAndImport(db, fs.readFileSync(file, 'utf8'), layout, file, options);
}

/** Imports the text of a file of a known layout (the CLI reads a file; importFtm gets the text). */
export async function importContent(
  db: Database,
  content: string,
  layout: FileLayout,
  file: string,
  options: ImportOptions,
): Promise<FileImportReport> {
  options.onProgress?.({ step: 'converting' });
  return convertAndImport(db, content, layout, file, options);
}

async function convertAndImport(
  db: Database,
  content: string,
  layout: FileLayout,
  file: string,
  options: ImportOptions,
): Promise<FileImportReport> {
  const converted = await convert(db, layout, content, path.basename(file));
  const base = {
    file,
    layout,
    ...(converted.summary ? { csl: converted.summary } : {}),
    ...(converted.ftmSummary ? { ftm: converted.ftmSummary } : {}),
  };
  if (converted.problems.length > 0)
    return { ...base, ...rejectedReport(options.dryRun === true, []), rejected: converted.problems, notices: [] };
  const report = await importDocument(db, converted.document, options);
  return {
    ...base,
    ...report,
    rejected: report.rejected.map((p) => ({ place: converted.place(p.path), message: p.message })),
    notices: report.notices?.map((p) => ({ place: converted.place(p.path), message: p.message })),
  };
}
