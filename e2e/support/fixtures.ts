// One API server per worker (the suite runs with one worker), shared by its tests; `baseURL`
// points every page at it.
import { test as base } from '@playwright/test';
import { ApiServer } from './apiServer';

export const test = base.extend<{ api: ApiServer }, { apiServer: ApiServer }>({
  apiServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await ApiServer.create();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  api: async ({ apiServer }, use) => {
    await use(apiServer);
  },
  baseURL: async ({ apiServer }, use) => {
    await use(apiServer.baseURL);
  },
});

export { expect } from '@playwright/test';
