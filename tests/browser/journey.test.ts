/**
 * The teacher's whole journey (issue 16), on the bundled library's build, in Chromium at 1280 and
 * 375 px: from the home page through Find support (Primary, Executive
 * function, Working memory) to its result page; add three items there, compare two, build a plan
 * from the comparison, type into it, print it and download it as a Word document, which a .docx
 * reader opens and finds the items and the typed outcomes in. Axe finds nothing on each page of the
 * way; nothing is stored in the browser; no request leaves the origin. Then the same journey by
 * keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { LIBRARY_DIST } from '../helpers/gated-builds.ts';
import { FILES, PAGES, compareUrl, findSupportUrl } from '../../src/domain/routes.ts';
import type { PlanFactsDocument } from '../../src/domain/plan-facts.ts';
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

/** What the teacher picks on the result page for working memory in primary. */
const PLAN = ['strategies/reducing-working-memory-load', 'strategies/explicit-instruction', 'tools/executive-function-rating'];
/** And compares: the universal strategy against the intervention the library does not recommend. */
const COMPARE = ['strategies/reducing-working-memory-load', 'interventions/working-memory-training'];
const RESULT = findSupportUrl('working-memory', 'primary');
const OUTCOME = 'Carries out a three-step classroom instruction without a reminder by the summer term';
const NOTICED = 'Loses track of multi-step instructions';

let browser: Browser;
let server: RunningServer;
let titles: Record<string, string>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(LIBRARY_DIST)]);
  const facts = JSON.parse(readFileSync(join(LIBRARY_DIST, FILES.planFacts), 'utf8')) as PlanFactsDocument;
  titles = Object.fromEntries(Object.values(facts.entries).map((e) => [e.key, e.title]));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context; bypassCSP lets axe be injected (the site's policy itself is tested in csp.test.ts). */
async function journeyContext(width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true, bypassCSP: true });
  return { context, ...watchRequests(context, server.url) };
}

/** The item's controls on a Find support result page. */
const controlsOf = (page: Page, key: string) => page.locator(`[data-plan-controls][data-entry="${key}"]`);
/** An item's "Add to plan" or "Add to comparison" button, named with the item's title (Chromium puts a space before the hidden part). */
const addButton = (page: Page, key: string, which: 'plan' | 'comparison') =>
  controlsOf(page, key).getByRole('button', { name: new RegExp(`^Add to ${which}\\s?: ${titles[key]!.replace(/[()]/g, '\\$&')}$`) });

describe.each([1280, 375])("a teacher's journey at %i px", (width) => {
  it('goes from the home page through find support to a printed and downloaded plan', async () => {
    const { context, foreign } = await journeyContext(width);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const problems: string[] = [];
    /** Axe and the width, on the page as it stands. */
    const checkPage = async () => {
      const path = new URL(page.url()).pathname;
      problems.push(...describeViolations(path, await axeViolations(page)));
      if (!(await noSideways(page))) problems.push(`${path} scrolls sideways at ${width} px`);
    };

    await page.goto(server.url + PAGES.home);
    await checkPage();
    await page.locator('main').getByRole('link', { name: 'Find support' }).click();
    await page.waitForURL(`**${PAGES.findSupport}`);
    await checkPage();

    // What the adult notices: Executive function, Working memory; then the phase.
    const area = page.locator('[data-find-area="executive-function"]');
    expect(await area.getByRole('heading', { level: 2 }).textContent()).toBe('Executive function');
    await area
      .locator('[data-find-component="working-memory"]')
      .getByRole('link', { name: /^Primary\s?: working memory$/ })
      .click();
    await page.waitForURL(`**${RESULT}`);
    await checkPage();
    expect(await page.locator('h1').textContent()).toContain('Working memory');
    // Universal strategies first, then targeted, then the tools; each item with its evidence labels.
    const sections = await page.locator('[data-find-section]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.findSection));
    expect(sections).toEqual(['universal', 'targeted', 'targeted-plus', 'tools']);
    for (const key of [...PLAN, ...COMPARE]) {
      expect(await page.locator(`[data-entry="${key}"] [aria-label="Evidence"] li`).count(), key).toBeGreaterThanOrEqual(3);
    }

    // Add three to the plan and two to the comparison, all on the result page.
    for (const [i, key] of PLAN.entries()) {
      await addButton(page, key, 'plan').click();
      await expect
        .poll(() => controlsOf(page, key).locator('[data-plan-status]').textContent())
        .toContain(i === 0 ? '1 item is in your plan' : `${i + 1} items are in your plan`);
    }
    for (const key of COMPARE) await addButton(page, key, 'comparison').click();
    const url = new URL(page.url());
    expect(url.pathname).toBe(RESULT);
    expect([url.searchParams.getAll('plan'), url.searchParams.getAll('compare')]).toEqual([PLAN, COMPARE]);
    await checkPage();
    await controlsOf(page, COMPARE[1]!).getByRole('link', { name: 'Compare both' }).click();

    // The comparison: the two side by side (one after the other on a phone), in the order chosen, at
    // an address that can be shared.
    await page.waitForSelector('.app-compare__table', { state: 'attached' });
    const views = await comparisonViews(page);
    expect([views.table, views.cards]).toEqual(width >= TABLET_PX ? [true, false] : [false, true]);
    expect(views.inCards).toEqual(views.inTable);
    expect(new URL(page.url()).searchParams.getAll('entry')).toEqual(COMPARE);
    expect(await page.locator('.app-compare__table thead th').allTextContents()).toEqual(COMPARE.map((k) => titles[k]));
    /** The table's facts, without the row of links to choose (those depend on the plan the address carries). */
    const factsOf = (p: Page) => p.locator('.app-compare__table tbody tr:not(.app-no-print)').allTextContents();
    const compared = (await factsOf(page)).join('\n');
    expect(compared).toContain(`Not recommended. Use instead: ${titles[COMPARE[0]!]}`);
    await checkPage();
    // The same comparison opened from its address alone, as someone it was shared with would.
    const shared = await context.newPage();
    await shared.goto(server.url + compareUrl(COMPARE));
    await shared.waitForSelector('.app-compare__table', { state: 'attached' });
    expect((await factsOf(shared)).join('\n')).toBe(compared);
    await shared.close();

    // The plan, built from the comparison: the three chosen on the result page, plus the two compared.
    await page.getByRole('link', { name: 'Build a support plan with these' }).click();
    await page.waitForSelector('[data-plan-item]');
    const planned = [...new Set([...PLAN, ...COMPARE])];
    expect(new URL(page.url()).searchParams.getAll('entry')).toEqual(planned);
    // The teacher keeps what the library recommends: the intervention it does not recommend comes out.
    await page.getByRole('link', { name: `Remove ${titles[COMPARE[1]!]}` }).click();
    await expect.poll(() => page.locator('[data-plan-item]').count()).toBe(PLAN.length);
    expect(new URL(page.url()).searchParams.getAll('entry')).toEqual(PLAN);
    expect(await page.locator('[data-plan-items] h3').allTextContents()).toEqual([
      'Universal support',
      'Understanding the need: identification tools',
    ]);
    await page.getByLabel('Working memory').check();
    await page.getByLabel('What has been noticed').fill(NOTICED);
    await page.getByLabel('Outcomes sought').fill(OUTCOME);
    await checkPage();

    // Print: the plan as a document.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.app-plan-print').textContent();
    expect(await page.locator('.app-plan-print').isVisible()).toBe(true);
    expect(await page.locator('.govuk-header, .govuk-service-navigation, .govuk-footer').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    for (const text of [OUTCOME, NOTICED, 'Executive function: Working memory', ...PLAN.map((k) => titles[k]!)])
      expect(printed).toContain(text);

    // The Word document, read back by a .docx reader.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a Word document (.docx)' }).click(),
    ]);
    const { text } = await readDocx(download);
    for (const expected of [PLAN_TITLE, OUTCOME, NOTICED, 'Working memory', ...PLAN.map((k) => titles[k]!)])
      expect(text).toContain(expected);
    expect(text).not.toContain(titles[COMPARE[1]!]);

    expect(problems).toEqual([]);
    expect(await storedState(page, context)).toEqual(NOTHING_STORED);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe("the teacher's journey by keyboard", () => {
  it('reaches a result, adds an item and downloads the plan with the Tab and Enter keys alone', async () => {
    const { context, foreign } = await journeyContext(1280);
    const page = await context.newPage();
    await page.goto(server.url + PAGES.home);
    await tabTo(page, `main a[href="${PAGES.findSupport}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${PAGES.findSupport}`);
    await tabTo(page, `a[href="${RESULT}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${RESULT}`);
    await tabTo(page, `[data-entry="${PLAN[0]}"] [data-plan-add="plan"]`);
    await page.keyboard.press('Enter');
    await tabTo(page, `[data-entry="${PLAN[0]}"] [data-plan-status] a`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-plan-item]');
    await tabTo(page, '#plan-outcomes');
    await page.keyboard.type(OUTCOME);
    await tabTo(page, '[data-plan-docx]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const { text } = await readDocx(download);
    expect(text).toContain(OUTCOME);
    expect(text).toContain(titles[PLAN[0]!]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);
});
