import { defineConfig } from 'vitest/config';

// Unit tests run on pure modules. Build and browser tests share one build of the fixture site
// (tests/fixtures/site), made once by the global setup and served from a local static server.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
