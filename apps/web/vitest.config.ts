// Unit tests of the web app's pure utilities (formatting, live-delta folding): no DOM needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
