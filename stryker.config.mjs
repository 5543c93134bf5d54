// @ts-check
/**
 * Mutation testing (`npm run mutate`): Stryker plants small bugs in the pure logic, one at a time, and
 * counts how many the unit tests catch. Below 85% the command fails.
 * While improving one file: `npx stryker run --mutate src/domain/open-data.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  mutate: ['src/domain/**/*.ts', 'src/content-check/**/*.ts', 'src/markdown/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  coverageAnalysis: 'perTest',
  // A full run takes about 20 minutes on two cores; a rerun retests only mutants whose code or tests
  // changed. The record lives in reports/ (not committed): a clean clone, or --force, runs everything.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Clear text lists the score table; the survivors are in the HTML and JSON reports.
  clearTextReporter: { logTests: false, reportTests: false, reportMutants: false },
  thresholds: { high: 90, low: 85, break: 85 },
  // The sandbox copy needs the sources, tests and content, not the builds.
  ignorePatterns: ['dist', '.astro', '.cache', 'bench-results', 'tmp', 'reports'],
};
export default config;
