/**
 * Print: an entry page prints without the header chrome (service navigation, search, breadcrumbs,
 * phase banner, skip link) or the footer, and shows the address of each site link after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

let browser: Browser;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(FIXTURE_DIST)]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const CHROME = [
  '.govuk-service-navigation',
  '.app-header-search',
  '.govuk-footer',
  '.govuk-breadcrumbs',
  '.govuk-phase-banner',
  '.govuk-skip-link',
];

/** Selectors from CHROME that are displayed on the current page. */
const displayed = (p: Page) =>
  p.evaluate(
    (selectors) => selectors.filter((s) => [...document.querySelectorAll(s)].some((el) => getComputedStyle(el).display !== 'none')),
    CHROME,
  );

/** What each root-relative link in main shows after itself, as [href, ::after content]. */
const printedUrls = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')].map(
      (a) => [a.getAttribute('href')!, getComputedStyle(a, '::after').content] as [string, string],
    ),
  );

// Every current entry page of each kind (URLs "/<kind>/<slug>/" from the sitemap).
const entryPages = () => sitemapPaths().filter((p) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(p) && !/^\/(layers|phases)\//.test(p));

describe('printing an entry page', () => {
  it('hides the header chrome and footer, and shows link addresses', async () => {
    const pages = entryPages();
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const path of pages) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(server.url + path, { waitUntil: 'load' });
      // On screen the chrome is there, so the print check below is meaningful.
      expect(await displayed(page)).toEqual(expect.arrayContaining(['.govuk-service-navigation', '.govuk-footer', '.app-header-search']));
      await page.emulateMedia({ media: 'print' });
      for (const s of await displayed(page)) problems.push(`${path}: ${s} is printed`);
      const urls = await printedUrls(page);
      if (urls.length === 0) problems.push(`${path}: no site links in main to check`);
      for (const [href, after] of urls)
        if (!after.includes(href)) problems.push(`${path}: link ${href} prints without its address (::after is ${after})`);
    }
    expect(problems, `\n${problems.join('\n')}`).toEqual([]);
  }, 120_000);

  it('shows the address of a site link without the govuk-link class too (the app-print-urls rule)', async () => {
    // GOV.UK Frontend prints hrefs of .govuk-link only; app-print-urls covers any link in main.
    await page.goto(server.url + entryPages()[0], { waitUntil: 'load' });
    await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), { href: '/probe/', textContent: 'probe' });
      a.id = 'print-probe';
      document.querySelector('main')!.append(a);
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('print-probe')!, '::after').content)).toBe('" (/probe/)"');
    await page.emulateMedia({ media: 'screen' });
  });

  it('on screen, link addresses are not shown (the check can tell the difference)', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(server.url + entryPages()[0], { waitUntil: 'load' });
    const urls = await printedUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    for (const [href, after] of urls) expect(after).not.toContain(href);
  });
});
