// Unit tests of the web app's pure utilities (formatting, live-delta folding): no DOM needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Building a PDF or a workbook takes seconds on a loaded two-core machine; 5 s was not enough.
    testTimeout: 30_000,
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
