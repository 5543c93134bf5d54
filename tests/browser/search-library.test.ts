/**
 * Search on the bundled library's build, in Chromium: the words a teacher types find the entry they
 * mean (issue 16: what an adult notices; issue 18: a query that names an entry ranks the entry above
 * the review records about it). The fixture's tests (search.test.ts) cover the page's behaviour;
 * these pin the ranking on the real content, where the review records name entries many times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { LIBRARY_DIST } from '../helpers/gated-builds.ts';
import { searchPageUrl } from '../../src/domain/routes.ts';

let browser: Browser;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(LIBRARY_DIST)]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The result cards' links, in order, once the whole page of results is drawn. */
async function resultsFor(query: string): Promise<string[]> {
  await page.goto(`${server.url}${searchPageUrl(`q=${encodeURIComponent(query)}`)}`);
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    return (
      list && !list.hasAttribute('aria-busy') && /\d+ results?/.test(document.querySelector('[data-search-summary]')?.textContent ?? '')
    );
  });
  return page
    .locator('[data-search-results] h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search on the bundled library', () => {
  it.each([
    ['NELI', '/interventions/neli/', '/reviews/review-2026-neli-out-of-cycle/'],
    ['LanguageScreen', '/tools/languagescreen/', '/reviews/review-2026-neli-out-of-cycle/'],
  ])('"%s" ranks the entry it names first, above the review record about it', async (query, entry, review) => {
    const results = await resultsFor(query);
    expect(results[0]).toBe(entry);
    expect(results).toContain(review);
  });

  it.each([
    ['multi-step instructions', '/strategies/reducing-working-memory-load/'],
    ['forgets instructions', '/strategies/reducing-working-memory-load/'],
    ['loses track of multi-step instructions', '/strategies/reducing-working-memory-load/'],
  ])('"%s", in the words a teacher uses, finds the strategy first', async (query, entry) => {
    expect((await resultsFor(query))[0]).toBe(entry);
  });
});
