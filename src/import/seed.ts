import fs from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportReport } from './apply';
import { countNodes, type Database } from './store';

/** The curated dataset shipped in seed/. */
export function curatedDatasetPath(rootDir: string): string {
  return path.join(rootDir, 'seed', 'curated.json');
}

/** Loads the curated dataset (idempotent: a second run changes nothing). */
export async function seed(db: Database, rootDir: string, principal = 'seed'): Promise<ImportReport> {
  const raw: unknown = JSON.parse(fs.readFileSync(curatedDatasetPath(rootDir), 'utf8'));
  const report = await importDocument(db, raw, { principal });
  if (!report.ok) {
    const first = report.rejected.slice(0, 10).map((p) => `${p.path.join('.')}: ${p.message}`);
    throw new Error(`the curated dataset is invalid:\n  ${first.join('\n  ')}`);
  }
  return report;
}

/** Seeds only an empty database, so analysts' work is never touched by a restart. */
export async function seedIfEmpty(
  db: Database,
  rootDir: string,
  principal = 'seed',
): Promise<{ loaded: boolean; report?: ImportReport }> {
  if ((await countNodes(db)) > 0) return { loaded: false };
  return { loaded: true, report: await seed(db, rootDir, principal) };
}
