import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: the fast unit tests only. The build and browser tests need a
// fixture site build (vitest.config.ts's global setup) and would make every mutant cost a site build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/setup/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
