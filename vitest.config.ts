import { configDefaults, defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

// Unit tests run on pure modules. Build and browser tests share one build of the fixture site
// (tests/fixtures/site), made once by the global setup and served from a local static server.
// Component tests render .astro files with Astro's Container API, which needs Astro's Vite
// plugins: they are a project of their own, so every other test runs without them.
const shared = { testTimeout: 60_000, hookTimeout: 300_000 };
export default defineConfig({
  test: {
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/components/**'],
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
      getViteConfig({ test: { ...shared, name: 'components', include: ['tests/components/**/*.test.ts'] } }),
    ],
  },
});
