import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Runs the import command line (`npm run import -- ARGS`) against the integration tier's database. */
export function importCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/import.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        NEO4J_URI: process.env.NEO4J_TEST_URI,
        NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
        LOG_LEVEL: 'silent',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
