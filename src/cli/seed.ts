import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { provideNeo4j } from '../db/provide-neo4j';
import { seed } from '../import/seed';

/** npm run seed: loads the curated dataset; running it twice changes nothing. */
async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await provideNeo4j(config, (m) => process.stdout.write(`${m}\n`));
  try {
    const db = await openDatabase(neo4j, config);
    try {
      const report = await seed(db, config.rootDir);
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
