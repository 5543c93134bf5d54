/** What a reader sees in a real browser, following links from the home page. */
import { describe, expect, it } from 'vitest';
import { useServedFixture } from '../helpers/served-site.ts';

const site = useServedFixture();

describe('reading the library', () => {
  it('opens the home page and reaches an area page by its link', async () => {
    await site.page.goto(`${site.server.url}/`);
    expect(await site.page.locator('h1').textContent()).toBe('National Inclusion Standards');
    await site.page.getByRole('link', { name: 'Sensory', exact: true }).first().click();
    await site.page.waitForURL(/\/areas-of-development\/sensory\/$/);
    expect(await site.page.locator('h1').textContent()).toBe('Sensory');
    await expect.poll(() => site.page.getByRole('heading', { name: 'What this area includes' }).isVisible()).toBe(true);
    expect(await site.page.locator('#sensory-processing dt').textContent()).toContain('Sensory processing');
  });

  it('follows an area page to an entry and shows its ratings and status', async () => {
    await site.page.goto(`${site.server.url}/areas-of-development/speech-language-communication/`);
    await site.page.getByRole('link', { name: 'Fixture language groups' }).click();
    await site.page.waitForURL(/\/interventions\/fixture-language-groups\/$/);
    expect(await site.page.locator('h1').textContent()).toBe('Fixture language groups');
    expect(await site.page.locator('[data-rating="strength:strong"]').textContent()).toBe('Strong evidence');
    expect(await site.page.locator('.app-review-status__tag').textContent()).toContain('Current');
    expect(await site.page.getByText('This is sample content pending review by the expert panel.').isVisible()).toBe(true);
  });

  it('works with JavaScript switched off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.url}/layers/targeted/`);
    await noJs.getByRole('link', { name: 'Fixture language groups' }).first().click();
    await noJs.waitForURL(/fixture-language-groups/);
    expect(await noJs.locator('h1').textContent()).toBe('Fixture language groups');
    await context.close();
  });
});
