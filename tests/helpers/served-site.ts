/**
 * One served fixture build and one Chromium page per test file: registers the hooks that start
 * and stop them, and returns the live handles (filled in once beforeAll has run).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from './fixture.ts';

export interface ServedSite {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

export function useServedFixture(setup?: (page: Page) => void): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serve(FIXTURE_DIST);
    site.browser = await launchBrowser();
    site.page = await site.browser.newPage();
    setup?.(site.page);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
