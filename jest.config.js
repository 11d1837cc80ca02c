/**
 * Four tiers, all run by `npm test`:
 * - unit: pure logic, no database, run in parallel;
 * - statements: GraphQL requests through the real server down to `Database`, over a driver
 *   that records what crosses it and answers from canned rows (test/support/recording-database.ts):
 *   which statements and parameters a request sends, no database;
 * - integration: against a real Neo4j (started by test/integration/global-setup.ts when
 *   NEO4J_TEST_URI is not set). `npm test` runs in band: every integration suite owns the
 *   whole graph while it runs;
 * - reliability: load, faults and hostile input (`npm run test:reliability`), on the same database.
 */
// Type errors are the typecheck step's job; tests only transpile.
const tsJest = ['ts-jest', { diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  // A bound against a hang, not a speed target: on a shared 2-core machine under load (a load
  // average of 30 was seen) the first write of a run, planned on a cold JVM, took over a minute.
  testTimeout: 300000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'statements',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/statements/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    {
      // Load, faults and hostile input against real servers (README "Security and limits");
      // same database as integration (one global setup runs for both).
      displayName: 'reliability',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
  ],
};
