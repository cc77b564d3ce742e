// `pnpm test:deploy`: the reference deployment (nginx from deploy/, two compiled API instances,
// a private PostgreSQL and Redis) under failures. Separate from `vitest run` in apps/api: it needs
// the built app and nginx, and starts its own servers.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // As in apps/api/vitest.config.ts: one copy of graphql for our imports and our dependencies.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['deploy-test/**/*.deploy.ts'],
    globalSetup: ['deploy-test/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
