/**
 * On a phone (375 px wide, Chromium): no page scrolls sideways, on one page of each route type of
 * both gated builds (the bundled library has the long citations and wide tables); the header's links
 * fold behind GOV.UK's service navigation menu button; an entry's title is on the first screen; and
 * Find support leads from the home page to a result without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { GATED_BUILDS, onePagePerRouteType } from '../helpers/gated-builds.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { REFRESH_META, fileOf } from '../helpers/sitemap.ts';
import { readFileSync } from 'node:fs';

const PHONE = { width: 375, height: 667 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(GATED_BUILDS)('at 375 px on the $name build', (build) => {
  let site: RunningServer;
  beforeAll(async () => {
    site = await serve(build.dist);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('scrolls no page sideways', async () => {
    // A current version's /v<n>/ pointer only sends the browser on to its entry page, which is checked itself.
    const pages = onePagePerRouteType(build.dist).filter((path) => !REFRESH_META.test(readFileSync(fileOf(path, build.dist), 'utf8')));
    expect(pages).toEqual(expect.arrayContaining(['/find-support/', '/reviews/']));
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (width > PHONE.width) wide.push(`${path}: ${width} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

describe('the header and the first screen on a phone', () => {
  let site: RunningServer;
  beforeAll(async () => {
    site = await serve(FIXTURE_DIST);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('folds the navigation behind a Menu button that opens it, and shows it whole on a wide screen', async () => {
    const phone = await browser.newContext({ viewport: PHONE });
    const page = await phone.newPage();
    await page.goto(`${site.url}/methodology/`);
    const menu = page.getByRole('button', { name: 'Menu' });
    const findSupport = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find support' });
    expect(await menu.isVisible()).toBe(true);
    expect(await findSupport.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await findSupport.isVisible()).toBe(true);
    await phone.close();

    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const wide = await desktop.newPage();
    await wide.goto(`${site.url}/methodology/`);
    expect(await wide.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await wide.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find support' }).isVisible()).toBe(true);
    await desktop.close();
  });

  it("keeps an entry's title and its one sample banner on the first screen", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.url}/interventions/fixture-language-groups/`);
    const title = await page.locator('h1').boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.getByText('This is sample content pending review by the expert panel.').isVisible()).toBe(true);
    expect(await page.getByText('Its content is sample content').count()).toBe(0);
    await context.close();
  });

  it('finds support from the home page without JavaScript', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Find support' }).last().click();
    await page.waitForURL(/\/find-support\/$/);
    await page.getByRole('link', { name: 'Executive function' }).click();
    await page.getByRole('link', { name: /^Primary\s*: working memory$/ }).click();
    await page.waitForURL(/\/find-support\/working-memory\/primary\/$/);
    expect(await page.locator('h1').textContent()).toBe('Working memory');
    expect(await page.getByRole('link', { name: 'Fixture memory games', exact: true }).isVisible()).toBe(true);
    await context.close();
  });
});
