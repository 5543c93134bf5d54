/**
 * The comparison and the support plan (issue 16, decision 12), in Chromium at 1280 and 375 px: from
 * entry pages add three items, compare two, build a plan, type into it, print it and download it as
 * .docx (opened: its XML holds the items and what was typed) and as plain text; axe on both pages;
 * the journey by keyboard; nothing stored in the browser and no request leaving the origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { addYears } from '../../src/domain/review-cycle.ts';
import { PLAN_TITLE } from '../../src/domain/plan.ts';
import {
  NOTHING_STORED,
  TABLET_PX,
  axeViolations,
  comparisonViews,
  describeViolations,
  noSideways,
  readDocx,
  storedState,
  tabTo,
  watchRequests,
} from '../helpers/browser-checks.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(FIXTURE_DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const TOOL = '/tools/fixture-language-screen/';
const GROUPS = 'interventions/fixture-language-groups';
const TIMETABLES = 'strategies/fixture-visual-timetables';
const OUTCOME = 'Follows a three-step instruction in class without a reminder by July';
const STRENGTH = 'Loves drawing and tells long stories about it';

/** A context with the CSP enforced, recording every request and those leaving the origin. */
async function watchedContext(width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  return { context, ...watchRequests(context, server.url) };
}

const addTo = (page: Page, which: 'plan' | 'comparison') =>
  page.locator('[data-plan-controls]').getByRole('button', { name: `Add to ${which}` });

async function docxText(page: Page, trigger: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  expect(download.suggestedFilename()).toMatch(/^support-plan-\d{4}-\d{2}-\d{2}\.docx$/);
  const { xml, text } = await readDocx(download);
  expect(text).toContain(PLAN_TITLE);
  return xml;
}

describe.each([1280, 375])('the comparison and the plan at %i px', (width) => {
  it('adds three items, compares two, builds, prints and downloads a plan, storing and sending nothing', async () => {
    const { context, foreign, requested } = await watchedContext(width);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    // Entry 1: the tool. Added to the plan and the comparison; the page's address carries both.
    await page.goto(server.url + TOOL);
    await addTo(page, 'plan').click();
    await expect.poll(() => page.locator('[data-plan-status]').textContent()).toContain('1 item is in your plan');
    await addTo(page, 'comparison').click();
    expect(new URL(page.url()).search).toBe('?plan=tools/fixture-language-screen&compare=tools/fixture-language-screen');
    expect(await addTo(page, 'plan').count()).toBe(0); // now "Added to plan"
    // The controls fit the width (the entry page as a whole is issue 16's phone layout work).
    expect(await page.evaluate(() => document.querySelector('[data-plan-controls]')!.getBoundingClientRect().right <= innerWidth)).toBe(
      true,
    );

    // Entry 2, reached by a link in the tool's page, which carries the selections on.
    const next = page.locator(`main a[href^="/${GROUPS}/"]`).first();
    expect(await next.getAttribute('href')).toContain('?plan=tools/fixture-language-screen&compare=tools/fixture-language-screen');
    await next.click();
    await page.waitForURL(`**/${GROUPS}/**`);
    await addTo(page, 'plan').click();
    await addTo(page, 'comparison').click();
    await page.getByRole('link', { name: 'Compare both' }).click();

    // The comparison: two columns (two cards on a phone), facts only, its own address.
    await page.waitForSelector('.app-compare__table', { state: 'attached' });
    const views = await comparisonViews(page);
    expect([views.table, views.cards], 'the table from tablet width, cards below it').toEqual(
      width >= TABLET_PX ? [true, false] : [false, true],
    );
    expect(views.inCards).toEqual(views.inTable);
    expect(views.inCards.map((entry) => entry.title)).toEqual(['Fixture language screen', 'Fixture language groups']);
    expect(new URL(page.url()).searchParams.getAll('entry')).toEqual(['tools/fixture-language-screen', GROUPS]);
    const headers = await page.locator('.app-compare__table thead th').allTextContents();
    expect(headers).toEqual(['Fixture language screen', 'Fixture language groups']);
    const rowHeads = await page.locator('.app-compare__table tbody th[scope="row"]').allTextContents();
    expect(rowHeads).toEqual(
      expect.arrayContaining([
        'Layer of support',
        'Who delivers it',
        'How long and how often',
        'Cost',
        'Strength of evidence',
        'Size of effect',
        'Phases',
        'Training',
        'Evidence basis',
        'Review status',
      ]),
    );
    expect(await page.locator('.app-compare__table').textContent()).toContain('A trained teaching assistant');
    expect(await noSideways(page)).toBe(true);

    // The plan, with both, and a third item added on the page (the address changes, nothing reloads).
    await page.getByRole('link', { name: 'Build a support plan with these' }).click();
    await page.waitForSelector('[data-plan-item]');
    await page.getByLabel('Strengths', { exact: false }).first().fill(STRENGTH);
    await page.getByLabel('Add support from the library').selectOption(TIMETABLES);
    await page.locator('[data-plan-add]').getByRole('button', { name: 'Add to plan' }).click();
    await expect.poll(() => page.locator('[data-plan-item]').count()).toBe(3);
    expect(new URL(page.url()).searchParams.getAll('entry')).toEqual(['tools/fixture-language-screen', GROUPS, TIMETABLES]);
    expect(await page.locator('#plan-strengths').inputValue()).toBe(STRENGTH); // still there: no reload
    // Grouped by layer: universal first, the tools last.
    expect(await page.locator('[data-plan-items] h3').allTextContents()).toEqual([
      'Universal support',
      'Targeted support',
      'Understanding the need: identification tools',
    ]);
    await page.getByLabel('Outcomes sought').fill(OUTCOME);
    await page.getByLabel('Working memory').check();
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const [y, m, d] = addYears(today, 1).split('-');
    expect([
      await page.locator('#plan-review-day').inputValue(),
      await page.locator('#plan-review-month').inputValue(),
      await page.locator('#plan-review-year').inputValue(),
    ]).toEqual([String(+d!), String(+m!), y]);
    expect(await page.locator('[data-plan-privacy]').textContent()).toContain('not saved or sent anywhere');
    expect(await noSideways(page)).toBe(true);
    // Nothing typed is in the address.
    expect(page.url()).not.toContain('three-step');

    // Print: the plan as a document, no controls, no site chrome.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (sel: string) =>
        [...document.querySelectorAll(sel)].some(
          (el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null,
        );
      return {
        view: shown('.app-plan-print'),
        text: document.querySelector('.app-plan-print')!.textContent,
        controls: ['button', 'select', 'textarea', 'input', '.govuk-service-navigation', '.govuk-footer', '.govuk-breadcrumbs'].filter(
          shown,
        ),
      };
    });
    expect(printed.view).toBe(true);
    expect(printed.controls).toEqual([]);
    expect(printed.text).toContain(OUTCOME);
    expect(printed.text).toContain('Executive function: Working memory');
    await page.emulateMedia({ media: 'screen' });

    // Word: the library loads only now, and the document holds the three items and what was typed.
    expect(requested.filter((u) => u.includes('plan-docx'))).toEqual([]);
    const xml = await docxText(page, () => page.getByRole('button', { name: 'Download as a Word document (.docx)' }).click());
    expect(requested.filter((u) => u.includes('plan-docx'))).toHaveLength(1);
    for (const text of [
      'Fixture language screen',
      'Fixture language groups',
      'Fixture visual timetables',
      OUTCOME,
      STRENGTH,
      'Working memory',
    ]) {
      expect(xml).toContain(text);
    }

    // Plain text.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as plain text' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(OUTCOME);
    expect(text).toContain('Fixture visual timetables');

    expect(await storedState(page, context)).toEqual(NOTHING_STORED);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the comparison and the plan for everyone', () => {
  it('axe finds nothing on the comparison and the plan, filled in', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [
      `/compare/?entry=${GROUPS}&entry=${TIMETABLES}&entry=tools/fixture-language-screen`,
      `/compare/?entry=${GROUPS}`,
      `/plan/?entry=${GROUPS}&entry=${TIMETABLES}&entry=nope/x`,
    ]) {
      await page.goto(server.url + path);
      await page.waitForSelector(path.startsWith('/plan/') ? '[data-plan-item]' : '[data-compare-body] > *');
      problems.push(...describeViolations(path, await axeViolations(page)));
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("refuses a review date more than a year ahead, with GOV.UK's error message, and downloads nothing", async () => {
    const page = await browser.newPage();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(`${server.url}/plan/?entry=${GROUPS}`);
    await page.waitForSelector('[data-plan-item]');
    const error = page.locator('[data-plan-review-error]');
    expect(await error.isVisible()).toBe(false);
    const year = page.locator('#plan-review-year');
    await year.fill(String(Number(await year.inputValue()) + 1));
    await page.getByRole('button', { name: 'Download as plain text' }).click();
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('within a year');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-review-day');
    expect(downloads).toEqual([]);
    await page.close();
  });

  it('without JavaScript, says what the pages need and links to the entries', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/compare/', '/plan/']) {
      await page.goto(`${server.url}${path}?entry=${GROUPS}`);
      expect(await page.locator('main').textContent()).toContain('needs JavaScript');
      expect(await page.locator('main a[href="/interventions/"]').count()).toBe(1);
    }
    // An entry page's controls are plain links to the plan and the comparison.
    await page.goto(`${server.url}/${GROUPS}/`);
    expect(await page.locator('[data-plan-add="plan"]').getAttribute('href')).toBe(`/plan/?entry=${GROUPS}`);
    expect(await page.locator('[data-plan-add="compare"]').getAttribute('href')).toBe(`/compare/?entry=${GROUPS}`);
    await context.close();
  });

  it('works by keyboard: add from an entry, open the plan, type, download', async () => {
    const { context, foreign } = await watchedContext(1280);
    const page = await context.newPage();
    await page.goto(`${server.url}/${GROUPS}/`);
    await tabTo(page, '[data-plan-add="plan"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-plan-status] a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-plan-item]');
    await tabTo(page, '#plan-outcomes');
    await page.keyboard.type(OUTCOME);
    await tabTo(page, '[data-plan-docx]');
    const xml = await docxText(page, () => page.keyboard.press('Enter'));
    expect(xml).toContain(OUTCOME);
    expect(xml).toContain('Fixture language groups');
    expect(foreign).toEqual([]);
    await context.close();
  }, 60_000);
});
