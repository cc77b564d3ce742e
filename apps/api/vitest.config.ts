import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql ships CJS (main) and ESM (module) builds; Node loads the CJS one for our dependencies,
  // so our own imports must get the same copy or its `instanceof` checks fail across the two.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['src/**/*.test.ts'],
    // Tests of several API processes need a shared PostgreSQL server: the PostgreSQL pass runs them.
    exclude: process.env.DATABASE_URL ? [] : ['src/**/*.postgres.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
