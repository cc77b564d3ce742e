import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Pure code: no database, so no demo image to wait for when only these run.
const pureTests = [
  'src/**/lib/**/*.test.ts',
  'src/config.test.ts',
  'src/errors.test.ts',
  'src/realtime/eventBus.test.ts',
  'src/schemaWiring.test.ts',
  'src/realtime/socketRegistry.test.ts',
];

// Files that run on both engines. When the PostgreSQL pass follows (CI, and any machine with a
// PostgreSQL server), the PGlite pass runs only these (`PGLITE_PASS=engine`): the whole suite then
// runs once on PostgreSQL, the production engine, and the embedded engine keeps its own checks
// (backup and restore of its data folder, the contract, the audit chain's triggers, the board's
// SQL, the production server) beside the end-to-end tests, which all run on PGlite. Concurrent
// writers and slow consumers are PostgreSQL's to prove: PGlite serves one connection.
const bothEngines = [
  'src/api.contract.test.ts',
  'src/cli/cli.test.ts',
  'src/modules/audit/auditChain.test.ts',
  'src/modules/reporting/reportingBoard.test.ts',
  'src/observability/production.test.ts',
];
const engineOnly = process.env.PGLITE_PASS === 'engine' && !process.env.DATABASE_URL;

export default defineConfig({
  // graphql ships CJS (main) and ESM (module) builds; Node loads the CJS one for our dependencies,
  // so our own imports must get the same copy or its `instanceof` checks fail across the two.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at once, one per core: each file has its own database (a PGlite copy, or a fresh
    // PostgreSQL database) and its own Redis channel, so files never see each other's data or events.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'pure', include: pureTests } },
      {
        extends: true,
        test: {
          name: 'database',
          include: engineOnly ? bothEngines : ['src/**/*.test.ts'],
          // Tests of several API processes need a shared PostgreSQL server: the PostgreSQL pass runs them.
          exclude: [...pureTests, ...(process.env.DATABASE_URL ? [] : ['src/**/*.postgres.test.ts'])],
          // The demo province, seeded and scored once per run (each file starts from a copy), and the
          // compiled CLI that some files run as a process.
          globalSetup: ['src/testing/demoDatabase.setup.ts', 'src/testing/cliBundle.setup.ts'],
        },
      },
    ],
  },
});
