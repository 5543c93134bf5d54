/** Versions and review dates in a real browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(FIXTURE_DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an earlier version', () => {
  it('opens with a banner whose link lands on the current version', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/interventions/fixture-language-groups/v1/`);
    const banner = page.getByRole('region', { name: 'Earlier version' });
    expect(await banner.isVisible()).toBe(true);
    await banner.getByRole('link', { name: 'Read the current version (2)' }).click();
    await page.waitForURL(/\/interventions\/fixture-language-groups\/$/);
    expect(await page.locator('h1').textContent()).toBe('Fixture language groups');
    expect(await page.locator('[data-old-version]').count()).toBe(0);
    expect(await page.locator('.app-entry-body').textContent()).toContain('Version two text');
    await page.close();
  });

  it("the current version's permanent URL, as cited, opens the current version at its stable URL (without JavaScript too)", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/interventions/fixture-language-groups/v2/`);
    await page.waitForURL(/\/interventions\/fixture-language-groups\/$/);
    expect(await page.locator('h1').textContent()).toBe('Fixture language groups');
    expect(await page.locator('.app-citation-text').textContent()).toMatch(/\/interventions\/fixture-language-groups\/v2\/\s*$/);
    await page.close();
  });

  it('reaches "what changed" from the history page', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/interventions/fixture-language-groups/`);
    await page.getByRole('link', { name: 'See all 2 versions and what changed' }).click();
    await page.waitForURL(/\/history\/$/);
    await page.getByRole('link', { name: 'What changed in version 2' }).click();
    expect(page.url()).toMatch(/#changes-v2$/);
    expect(await page.locator('#changes-v2 del').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('the review date script', () => {
  const statusTag = '.app-review-status__tag';
  const url = () => `${server.url}/interventions/fixture-language-groups/`; // due 15 May 2028

  /** A page whose clock reads `iso`, as if the reader opened the site on that day. */
  async function pageOn(iso: string) {
    const page = await browser.newPage();
    await page.addInitScript((fixedIso) => {
      const fixed = new Date(fixedIso).getTime();
      const RealDate = Date;
      // @ts-expect-error: replacing the global Date for this page only
      globalThis.Date = class extends RealDate {
        constructor(...args: []) {
          super(...((args.length ? args : [fixed]) as []));
        }
        static now() {
          return fixed;
        }
      };
    }, iso);
    return page;
  }

  it('leaves a current status alone before the due date', async () => {
    const page = await pageOn('2027-01-01T12:00:00Z');
    await page.goto(url());
    expect(await page.locator(statusTag).textContent()).toBe('Current');
    await page.close();
  });

  it("turns the status to overdue when the reader's date is after the due date", async () => {
    const page = await pageOn('2028-05-16T12:00:00Z');
    await page.goto(url());
    await expect.poll(() => page.locator(statusTag).textContent()).toBe('Review overdue');
    expect(await page.locator(statusTag).getAttribute('class')).toContain('govuk-tag--red');
    expect(await page.locator('[data-next-review]').getAttribute('data-review-status')).toBe('overdue');
    await page.close();
  });
});
