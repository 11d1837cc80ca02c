import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { provideNeo4j } from '../db/provide-neo4j';
import { importFile, type FileImportReport } from '../import/file-import';
import type { ImportStep, ProgressListener } from '../import/progress';
import { formatFtmSummary } from './import-ftm';
import { ProgressDisplay } from './progress';

const USAGE = `usage: npm run import -- FILE [--dry-run] [--json] [--as NAME]
       npm run import -- --csl FILE [--dry-run] [--json] [--as NAME]
       npm run import -- --ftm FILE [--dry-run] [--json] [--as NAME]

  FILE.json   a format-v1 document (seed/FORMAT.md)
  FILE.csv    relationships in the CSV layout of docs/IMPORT.md
  --csl       FILE is the US Consolidated Screening List (its CSV or JSON download)
  --ftm       FILE holds FollowTheMoney entities as JSON lines (OpenSanctions, Aleph)
  --dry-run   validate and report what would change; write nothing
  --json      print the report as JSON
  --as NAME   the principal recorded in the audit fields (default: cli:<os user>)
  --progress-every MS
              a progress line at most every MS milliseconds from the start (default: none
              for an import that ends within 3 s, then one every 5 s, redrawn in place on a
              terminal); 0 prints one for every batch, for scripts that follow the import

Exit status: 0 imported (or would be), 1 rejected (nothing written), 2 usage or other error.`;

interface Args {
  file: string;
  csl: boolean;
  ftm: boolean;
  dryRun: boolean;
  json: boolean;
  principal: string;
  /** Progress lines at most this often from the start (ms); null: the display's defaults. */
  progressEvery: number | null;
}

/** `cli:<os user>`; `cli` where the user has no name (containers without a passwd entry). */
function defaultPrincipal(): string {
  try {
    const name = os.userInfo().username;
    return /^[\w.@-]{1,60}$/.test(name) ? `cli:${name}` : 'cli';
  } catch {
    return 'cli';
  }
}

/** Parses the command line; a message (empty for --help) when it is not usable. */
export function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    file: '',
    csl: false,
    ftm: false,
    dryRun: false,
    json: false,
    principal: defaultPrincipal(),
    progressEvery: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--csl') args.csl = true;
    else if (a === '--ftm') args.ftm = true;
    else if (a === '--dry-run') args.dryRun = true;
    else if (a === '--json') args.json = true;
    else if (a === '--as') {
      const name = argv[(i += 1)];
      if (!name || !/^[\w.@:-]{1,64}$/.test(name)) return '--as needs a name (letters, digits, . _ @ : -)';
      args.principal = name;
    } else if (a === '--progress-every') {
      const ms = argv[(i += 1)];
      if (!ms || !/^\d{1,7}$/.test(ms)) return '--progress-every needs a number of milliseconds';
      args.progressEvery = Number(ms);
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.file) return 'one file at a time';
    else args.file = a;
  }
  return args.file ? args : 'a file is required';
}

/** The report as text: counts per kind, then every rejection with its place in the file. */
export function formatReport(r: FileImportReport): string {
  const out: string[] = [];
  out.push(`${r.file} (${r.layout})${r.dryRun ? ': dry run, nothing written' : ''}`);
  if (r.csl) {
    const c = r.csl;
    out.push(
      `screening list: ${c.entries} entries, ${c.entityListEntries} on the Entity List, ${c.skipped} on other lists (skipped)`,
    );
    for (const m of c.matched) out.push(`  matched  ${m.place}: ${m.name} -> ${m.id} (by ${m.on})`);
    for (const m of c.created) out.push(`  new      ${m.place}: ${m.name} -> ${m.id}`);
    for (const l of c.listings) out.push(`  listing  ${l.id}${l.citation ? ` (${l.citation})` : ''}`);
    for (const w of c.warnings) out.push(`  warning  ${w.place}: ${w.message}`);
  }
  out.push(...formatFtmSummary(r));
  const row = (label: string, c: { sources: number; nodes: number; relationships: number }) =>
    `${label.padEnd(10)}${String(c.sources).padStart(8)}${String(c.nodes).padStart(8)}${String(c.relationships).padStart(15)}`;
  out.push(`${''.padEnd(10)}${'sources'.padStart(8)}${'nodes'.padStart(8)}${'relationships'.padStart(15)}`);
  out.push(row('created', r.created), row('updated', r.updated), row('unchanged', r.unchanged));
  if (r.rejected.length === 0) out.push('rejected  none');
  else {
    out.push(`rejected  ${r.rejected.length} problem${r.rejected.length === 1 ? '' : 's'}: nothing was written`);
    for (const p of r.rejected) out.push(`  ${p.place}: ${p.message}`);
  }
  for (const p of r.notices ?? []) out.push(`  notice   ${p.place}: ${p.message}`);
  return out.join('\n');
}

/**
 * What an interrupt (Ctrl-C) does at a step of the import. Before the commit the transaction is
 * open: leaving drops the connection and the database rolls it back, so nothing is written.
 * While committing, the commit may already be under way and cannot be called back: the command
 * waits for its outcome and prints the report, unless interrupted a second time.
 */
export function interruptReaction(step: ImportStep | null, again: boolean): { leave: boolean; message: string } {
  if (step !== 'committing')
    return {
      leave: true,
      message: 'interrupted before the commit: nothing was written (the transaction is rolled back)',
    };
  if (again)
    return {
      leave: true,
      message:
        'interrupted again while committing: leaving without the outcome; the database commits or rolls back the whole import, and the history of any id of the file says which',
    };
  return {
    leave: false,
    message:
      'interrupted while committing: the commit may already be under way and cannot be called back; waiting for its outcome (interrupt again to leave without it)',
  };
}

/** The progress line on standard error, redrawn by a timer so that a long step shows its time. */
function progressOnStderr(every: number | null): { onProgress: ProgressListener; stop: () => void } {
  const display = new ProgressDisplay({
    write: (text) => process.stderr.write(text),
    tty: process.stderr.isTTY === true && every === null,
    now: () => performance.now(),
    ...(every === null ? {} : { quietMs: 0, everyMs: every }),
  });
  const timer = setInterval(() => display.tick(), 1000);
  timer.unref();
  return {
    onProgress: (p) => display.update(p),
    stop: () => {
      clearInterval(timer);
      display.finish();
    },
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args ? `${args}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const neo4j = await provideNeo4j(config, (m) => process.stderr.write(`${m}\n`));
  try {
    const db = await openDatabase(neo4j, config);
    const progress = progressOnStderr(args.progressEvery);
    let step: ImportStep | null = null;
    let interrupted = false;
    const onInterrupt = () => {
      const reaction = interruptReaction(step, interrupted);
      interrupted = true;
      process.stderr.write(`\n${reaction.message}\n`);
      if (reaction.leave) process.exit(130);
    };
    process.on('SIGINT', onInterrupt);
    try {
      const report = await importFile(db, path.resolve(args.file), {
        csl: args.csl,
        ftm: args.ftm,
        dryRun: args.dryRun,
        principal: args.principal,
        reason: `import of ${path.basename(args.file)}`,
        onProgress: (p) => {
          step = p.step;
          progress.onProgress(p);
        },
      });
      progress.stop();
      process.stdout.write(
        `${args.json ? JSON.stringify(report, null, 2) : formatReport({ ...report, file: args.file })}\n`,
      );
      return report.ok ? 0 : 1;
    } finally {
      process.off('SIGINT', onInterrupt);
      progress.stop();
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      // A refusal with a code (LIMIT_EXCEEDED, SERVICE_UNAVAILABLE...) says it, as the API does.
      const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`import failed${typeof code === 'string' ? ` (${code})` : ''}: ${message}\n`);
      process.exit(2);
    });
}
