/**
 * Accessibility: axe-core in real Chromium on every page of the built fixture site (the 404 page and
 * the current-version pointers included; of Find support's results, a full and an empty one: see
 * tests/helpers/gated-builds.ts) and on one page of each route type of the bundled library's
 * build (every page with NIS_AXE_EVERY_PAGE=1; tests/helpers/gated-builds.ts says why), WCAG 2.2 AA
 * and best practice, zero violations; and the keyboard path through the page contract: skip link
 * first, then the header, and the search page's filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFRESH_META, fileOf } from '../helpers/sitemap.ts';
import { GATED_BUILDS, axePagesOf } from '../helpers/gated-builds.ts';
import { axeViolations, describeViolations } from '../helpers/browser-checks.ts';

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(FIXTURE_DIST)]);
  // axe is injected as a script: bypassCSP lets it run under the site's strict policy (the CSP
  // itself is tested in csp.test.ts with the policy enforced).
  context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(GATED_BUILDS)('axe on the $name build', (build) => {
  let site: RunningServer;
  beforeAll(async () => {
    site = await serve(build.dist);
  });
  afterAll(async () => {
    await site?.close();
  });

  it(`finds no violations on ${build.axeSample ? 'one page of each route type' : 'any page built'}`, async () => {
    const pages = axePagesOf(build);
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    let pointers = 0;
    for (const path of pages) {
      // A pointer page leaves at once by meta refresh: check it as a reader whose browser does not follow it.
      const html = readFileSync(fileOf(path, build.dist), 'utf8');
      if (REFRESH_META.test(html)) {
        pointers++;
        await page.route(site.url + path, (route) => route.fulfill({ contentType: 'text/html', body: html.replace(REFRESH_META, '') }));
      }
      await page.goto(site.url + path, { waitUntil: 'load' });
      problems.push(...describeViolations(path, await axeViolations(page)));
      await page.unrouteAll();
    }
    expect(pointers).toBeGreaterThan(0);
    expect(problems, `\n${problems.join('\n')}`).toEqual([]);
  }, 300_000);
});

describe('the axe gate', () => {
  it('reports a violation when there is one (the gate can fail)', async () => {
    await page.goto(server.url + '/about/', { waitUntil: 'load' });
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')!.append(img);
    });
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
  });
});

/** Press Tab and describe what has focus: "a[href=/about/]", "input#header-search", ... */
async function tab(p: Page): Promise<string> {
  await p.keyboard.press('Tab');
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const href = el.getAttribute('href');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? `[href=${href}]` : ''}`;
  });
}

describe('keyboard', () => {
  it('Tab reaches the skip link first, then the header links and the header search', async () => {
    const p = await context.newPage();
    await p.goto(server.url + '/about/', { waitUntil: 'load' });
    const order: string[] = [];
    for (let i = 0; i < 9; i++) order.push(await tab(p));
    expect(order[0]).toBe('a[href=#main-content]');
    expect(order.slice(1, 8)).toEqual([
      'a[href=/]',
      'a[href=/find-support/]',
      'a[href=/areas-of-development/]',
      'a[href=/layers/]',
      'a[href=/phases/]',
      'a[href=/reviews/]',
      'a[href=/about/]',
    ]);
    expect(order[8]).toBe('input#header-search');
    await p.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const p = await context.newPage();
    await p.goto(server.url + '/interventions/', { waitUntil: 'load' });
    expect(await tab(p)).toBe('a[href=#main-content]');
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The next Tab lands inside main, not back in the header or breadcrumbs.
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await p.close();
  });

  const hasSearchPage = existsSync(join(FIXTURE_DIST, 'search', 'index.html'));
  it.skipIf(!hasSearchPage)('reaches every search filter by keyboard (skipped only while /search/ is not built)', async () => {
    const p = await context.newPage();
    await p.goto(server.url + '/search/', { waitUntil: 'load' });
    await p.waitForFunction(() => {
      const form = document.querySelector('.app-search__filters')?.closest('form');
      return form ? !form.hidden : false;
    });
    const facets = await p.$$eval('.app-search__filters fieldset[data-facet]', (sets) =>
      sets.map((s) => ({ facet: s.getAttribute('data-facet')!, inDetails: Boolean(s.closest('details')) })),
    );
    expect(facets.length).toBeGreaterThan(0);
    const reached = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await p.keyboard.press('Tab');
      const where = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        if (el.tagName === 'SUMMARY' && el.closest('.app-search__filters')) {
          if (!(el.parentElement as HTMLDetailsElement).open) return { open: true, facet: '' };
          return null;
        }
        const fieldset = el.closest('fieldset[data-facet]');
        return fieldset && el.matches('input[type=checkbox]') ? { open: false, facet: fieldset.getAttribute('data-facet')! } : null;
      });
      // A collapsed group opens with Enter on its summary, as a keyboard user would do.
      if (where?.open) await p.keyboard.press('Enter');
      else if (where?.facet) reached.add(where.facet);
      if (await p.evaluate(() => Boolean(document.activeElement?.closest('footer')))) break;
    }
    expect([...reached].sort()).toEqual(facets.map((f) => f.facet).sort());
    await p.close();
  });
});
