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
          include: ['src/**/*.test.ts'],
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
