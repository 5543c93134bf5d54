/** What a reader sees in a real browser, following links from the home page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type RunningServer } from '../helpers/static-server.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serve(FIXTURE_DIST);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading the library', () => {
  it('opens the home page and reaches an area page by its link', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').textContent()).toBe('National Inclusion Standards');
    await page.getByRole('link', { name: 'Sensory', exact: true }).first().click();
    await page.waitForURL(/\/areas-of-development\/sensory\/$/);
    expect(await page.locator('h1').textContent()).toBe('Sensory');
    await expect.poll(() => page.getByRole('heading', { name: 'What this area includes' }).isVisible()).toBe(true);
    expect(await page.locator('#sensory-processing dt').textContent()).toContain('Sensory processing');
  });

  it('follows an area page to an entry and shows its ratings and status', async () => {
    await page.goto(`${server.url}/areas-of-development/speech-language-communication/`);
    await page.getByRole('link', { name: 'Fixture language groups' }).click();
    await page.waitForURL(/\/interventions\/fixture-language-groups\/$/);
    expect(await page.locator('h1').textContent()).toBe('Fixture language groups');
    expect(await page.locator('[data-rating="strength:strong"]').textContent()).toBe('Strong evidence');
    expect(await page.locator('.app-review-status__tag').textContent()).toContain('Current');
    expect(await page.getByText('This is sample content pending review by the expert panel.').isVisible()).toBe(true);
  });

  it('works with JavaScript switched off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/layers/targeted/`);
    await noJs.getByRole('link', { name: 'Fixture language groups' }).first().click();
    await noJs.waitForURL(/fixture-language-groups/);
    expect(await noJs.locator('h1').textContent()).toBe('Fixture language groups');
    await context.close();
  });
});
