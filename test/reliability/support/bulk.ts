import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './seeded';

/**
 * A large format-v1 document whose ids all start with `prefix`: `nodes` entities and an OWNS
 * chain between them, citing one source. Large enough that its one write transaction is still
 * open for a while after the first batch is written.
 */
export function bulkDocument(prefix: string, nodes: number): Record<string, unknown> {
  const source = `${prefix}-src`;
  return {
    format: 'chip-access-graph/v1',
    sources: [{ id: source, publisher: 'Test', title: 'Bulk import for fault tests' }],
    nodes: Array.from({ length: nodes }, (_, i) => ({
      id: `${prefix}-${i}`,
      label: 'Entity',
      name: `Bulk ${prefix} ${i}`,
      country: 'CN',
      sources: [source],
    })),
    relationships: Array.from({ length: nodes - 1 }, (_, i) => ({
      id: `${prefix}-owns-${i}`,
      type: 'OWNS',
      from: `${prefix}-${i}`,
      to: `${prefix}-${i + 1}`,
      share: 0.5,
      confidence: 'REPORTED',
      sources: [source],
    })),
  };
}

/** Writes a document to a temporary file; returns its path and a cleanup function. */
export function writeTemp(document: unknown): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cag-faults-'));
  const file = path.join(dir, 'bulk.json');
  fs.writeFileSync(file, JSON.stringify(document));
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface ImportProcess {
  pid: number;
  /** Resolves at the first progress line written inside the transaction, before the last batch. */
  midTransaction: Promise<{ done: number; total: number }>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Runs the import CLI (`npm run import -- FILE`) as one node process against `uri`, so that
 * killing its pid kills the importer itself.
 */
export function spawnImport(file: string, uri: string): ImportProcess {
  const cli = ['src/cli/import.ts', file, '--as', 'fault-test', '--progress-every', '0'];
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', ...cli], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NEO4J_URI: uri, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('could not start the import CLI');
  let stderr = '';
  let stdout = '';
  let reached: (v: { done: number; total: number }) => void = () => {};
  const midTransaction = new Promise<{ done: number; total: number }>((resolve) => (reached = resolve));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    // A batch of nodes or relationships written inside the import's transaction, before the last.
    for (const m of stderr.matchAll(/import: (?:nodes|relationships) ([\d,]+) \/ ([\d,]+)/g)) {
      const [done, total] = [Number(m[1]?.replace(/,/g, '')), Number(m[2]?.replace(/,/g, ''))];
      if (done < total) reached({ done, total });
    }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { pid: child.pid, midTransaction, exit, kill: (signal) => child.kill(signal) };
}
