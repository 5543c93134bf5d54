/**
 * GOV.UK Frontend's page template contract in a real browser, with the CSP enforced: the body class
 * snippet runs (allowed by its hash) before the page is shown, and GOV.UK Frontend's JavaScript
 * starts the components marked with data-module: the service navigation's menu button on a narrow
 * screen, the skip link's focus on <main>.
 */
import { describe, expect, it } from 'vitest';
import { useServedFixture } from '../helpers/served-site.ts';

const messages: string[] = [];
const site = useServedFixture((page) => {
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
});

describe('GOV.UK Frontend in the browser', () => {
  it('has govuk-frontend-supported on <body> by the time the page is parsed, and logs nothing', async () => {
    await site.page.setViewportSize({ width: 1280, height: 800 });
    await site.page.goto(`${site.server.url}/`, { waitUntil: 'domcontentloaded' });
    expect(await site.page.evaluate(() => document.body.className)).toBe('govuk-template__body js-enabled govuk-frontend-supported');
    await site.page.waitForLoadState('load');
    // GOV.UK Frontend logs (console.log) when a component cannot start; a CSP violation logs an error.
    expect(messages).toEqual([]);
  });

  it('starts the service navigation: a Menu button on a narrow screen opens and closes the links', async () => {
    await site.page.setViewportSize({ width: 375, height: 800 });
    await site.page.goto(`${site.server.url}/`);
    const toggle = site.page.locator('.govuk-service-navigation__toggle');
    const list = site.page.locator('#navigation');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await list.isVisible()).toBe(true);
    // On a wide screen the links show and the button does not.
    await site.page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => toggle.isVisible()).toBe(false);
    expect(await list.isVisible()).toBe(true);
  });

  it('starts the skip link: following it moves focus to <main>', async () => {
    await site.page.goto(`${site.server.url}/about/`);
    await site.page.keyboard.press('Tab');
    expect(await site.page.evaluate(() => document.activeElement?.className)).toBe('govuk-skip-link');
    await site.page.keyboard.press('Enter');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(messages).toEqual([]);
  });
});
