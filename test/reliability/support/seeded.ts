import path from 'node:path';
import { seed } from '../../../src/import/seed';
import { createTestApp, type TestApp } from '../../support/app';

export const root = path.resolve(__dirname, '../../..');

/** An app on the tier's database holding exactly the curated dataset (everything else deleted). */
export async function seededApp(env: Record<string, string> = {}): Promise<TestApp> {
  const app = await createTestApp(env);
  await app.reset();
  await seed(app.db, root);
  return app;
}
