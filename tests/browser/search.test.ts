/** The search page in a real browser, on the fixture build and its Pagefind index. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedFixture } from '../helpers/served-site.ts';
import { EVIDENCE_STRENGTHS } from '../../src/domain/vocabulary.ts';

const site = useServedFixture((page) =>
  page.on('pageerror', (error) => {
    throw error;
  }),
);

/** Wait until the search the page is running has rendered. */
async function settled(p: Page = site.page): Promise<void> {
  await p.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    const summary = document.querySelector('[data-search-summary]')?.textContent ?? '';
    return list && !list.hasAttribute('aria-busy') && summary !== '' && !summary.startsWith('Loading');
  });
}
const titles = () => site.page.locator('[data-search-results] h3').allTextContents();
const summary = () => site.page.locator('[data-search-summary]').textContent();
/** The label of a facet value, e.g. "Early years (4)", with whitespace folded. */
const label = async (facet: string, value: string) =>
  ((await site.page.locator(`label[for="f-${facet}-${value}"]`).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Tick a filter, opening the filters first where they start closed (on a phone). */
async function tick(id: string, checked = true): Promise<void> {
  await site.page.evaluate(() => {
    const panel = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
    if (panel) panel.open = true;
  });
  await site.page.setChecked(id, checked);
}
/** The number in a facet value's label. */
const count = async (facet: string, value: string) => Number(/\((\d+)\)/.exec(await label(facet, value))?.[1]);

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone (375 px)', width: 375, height: 800 },
];

describe.each(WIDTHS)('search, $name', ({ width, height }) => {
  beforeAll(async () => {
    await site.page.setViewportSize({ width, height });
  });

  it('finds an entry from the header search box', async () => {
    await site.page.goto(`${site.server.url}/`);
    await site.page.fill('#header-search', 'memory');
    await site.page.press('#header-search', 'Enter');
    await site.page.waitForURL(/\/search\/\?q=memory$/);
    await settled();
    expect((await titles())[0]).toBe('Fixture memory games');
    expect(await site.page.inputValue('#search-q')).toBe('memory');
  });

  it('searches on Enter in the query box, announces the count and shows a result card', async () => {
    await site.page.goto(`${site.server.url}/search/`);
    await settled();
    await site.page.fill('#search-q', 'timetables');
    await site.page.press('#search-q', 'Enter');
    await site.page.waitForURL(/q=timetables/);
    await settled();
    expect(await titles()).toContain('Fixture visual timetables');
    expect(await site.page.locator('[data-search-summary]').getAttribute('aria-live')).toBe('polite');
    expect(await summary()).toMatch(/^\d+ results?$/);
    const card = site.page.locator('[data-search-results] li.app-entry-list__item', { hasText: 'Fixture visual timetables' });
    expect(await card.locator('a').getAttribute('href')).toBe('/strategies/fixture-visual-timetables/');
    expect(await card.locator('.govuk-tag').first().textContent()).toBe('Universal strategy');
  });

  it('widens the results with a second value in one facet, and the counts stay right', async () => {
    await site.page.goto(`${site.server.url}/search/`);
    await settled();
    const before = { ey: await label('phase', 'early-years'), secondary: await label('phase', 'secondary') };
    expect(before.ey).toMatch(/^Early years \(\d+\)$/);

    await tick('#f-phase-early-years');
    await site.page.waitForURL(/phase=early-years$/);
    await settled();
    const earlyYears = await titles();
    expect(earlyYears).toContain('Fixture language groups');
    expect(earlyYears).not.toContain('Fixture memory games');

    await tick('#f-phase-secondary');
    await site.page.waitForURL(/phase=early-years&phase=secondary$/);
    await settled();
    const both = await titles();
    expect(both.length).toBeGreaterThan(earlyYears.length);
    expect(both).toEqual(expect.arrayContaining([...earlyYears, 'Fixture memory games']));
    // Ticking values does not change any value's count (Pagefind's totalFilters, not filters).
    expect(await label('phase', 'early-years')).toBe(before.ey);
    expect(await label('phase', 'secondary')).toBe(before.secondary);

    // Across facets values combine with AND.
    await tick('#f-kind-interventions');
    await settled();
    expect((await titles()).sort()).toEqual(['Fixture language groups', 'Fixture memory games']);
  });

  it('restores the whole state from a shared URL, and the back button undoes a change', async () => {
    await site.page.goto(`${site.server.url}/search/?q=fixture&kind=interventions&kind=strategies&sort=title`);
    await settled();
    expect(await site.page.inputValue('#search-q')).toBe('fixture');
    expect(await site.page.isChecked('#f-kind-interventions')).toBe(true);
    expect(await site.page.isChecked('#f-kind-strategies')).toBe(true);
    expect(await site.page.isChecked('#f-kind-tools')).toBe(false);
    expect(await site.page.inputValue('#search-sort')).toBe('title');
    const sorted = await titles();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
    expect(sorted).toContain('Fixture memory games');

    await tick('#f-kind-strategies', false);
    await site.page.waitForURL((url) => !url.search.includes('strategies'));
    await settled();
    expect(await titles()).not.toContain('Fixture visual timetables');

    await site.page.goBack();
    await site.page.waitForURL(/kind=strategies/);
    await settled();
    expect(await site.page.isChecked('#f-kind-strategies')).toBe(true);
    expect(await titles()).toEqual(sorted);
  });

  it('sorts the results of every index shard together: strongest evidence first, unrated last', async () => {
    await site.page.goto(`${site.server.url}/search/?q=fixture&sort=strength`);
    await settled();
    const strengths = await site.page
      .locator('[data-search-results] li.app-entry-list__item')
      .evaluateAll((items) => items.map((li) => [...li.querySelectorAll('.govuk-tag')].map((t) => t.textContent ?? '')));
    const rankOf = (tags: string[]) => EVIDENCE_STRENGTHS.find((s) => tags.includes(s.label))?.rank ?? -1;
    const ranks = strengths.map(rankOf);
    expect(ranks.length).toBeGreaterThan(5);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[0]).toBe(EVIDENCE_STRENGTHS.find((s) => s.id === 'strong')!.rank);
    expect(ranks.at(-1)).toBe(-1);
  });

  it('lists filter-only results A to Z, since with no query there is no relevance', async () => {
    await site.page.goto(`${site.server.url}/search/?kind=strategies&kind=interventions&kind=tools`);
    await settled();
    const listed = await titles();
    expect(listed).toHaveLength(5);
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  it('can be used with the keyboard alone, from the query box to a result', async () => {
    await site.page.goto(`${site.server.url}/search/`);
    await settled();
    const focusedId = () => site.page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 40 && (await focusedId()) !== 'search-q'; i++) await site.page.keyboard.press('Tab');
    expect(await focusedId()).toBe('search-q');
    await site.page.keyboard.type('memory');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/q=memory/);
    await settled();
    const onResult = () => site.page.evaluate(() => !!document.activeElement?.closest('[data-search-results]'));
    for (let i = 0; i < 200 && !(await onResult()); i++) await site.page.keyboard.press('Tab');
    expect(await onResult()).toBe(true);
    expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe('Fixture memory games');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/interventions\/fixture-memory-games\/$/);
  });

  it('counts each value as the results ticking it would give: the other facets and the query apply, its own facet does not', async () => {
    await site.page.goto(`${site.server.url}/search/?q=fixture`);
    await settled();
    const strategies = (await titles()).length;
    await site.page.goto(`${site.server.url}/search/?q=fixture&kind=strategies`);
    await settled();
    const onlyStrategies = (await titles()).length;

    await site.page.goto(`${site.server.url}/search/?q=fixture&kind=interventions`);
    await settled();
    // Its own facet: ticking strategies too would add exactly the strategies the query finds.
    expect(await count('kind', 'strategies')).toBe(onlyStrategies);
    expect(await count('kind', 'interventions')).toBe((await titles()).length);
    expect(strategies).toBeGreaterThan(onlyStrategies);
    // Another facet: each phase's count is what ticking it would leave, with the query and the type applied.
    const phases = { 'early-years': await count('phase', 'early-years'), secondary: await count('phase', 'secondary') };
    expect(phases['early-years']).toBeLessThan(await count('kind', 'interventions'));
    for (const [phase, n] of Object.entries(phases)) {
      await site.page.goto(`${site.server.url}/search/?q=fixture&kind=interventions&phase=${phase}`);
      await settled();
      expect(await titles(), phase).toHaveLength(n);
    }
  });

  it('lists what is applied, each removable, and names it in the page title', async () => {
    await site.page.goto(`${site.server.url}/search/?q=fixture&kind=interventions&phase=primary`);
    await settled();
    expect(await site.page.title()).toMatch(/^“fixture”, Type: Interventions, Phase of education: Primary - Search - /);
    const applied = site.page.locator('[data-search-applied] a');
    expect((await applied.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Remove Search for: fixture ×',
      'Remove Type: Interventions ×',
      'Remove Phase of education: Primary ×',
    ]);
    await applied.filter({ hasText: 'Primary' }).click();
    await site.page.waitForURL((url) => url.search === '?q=fixture&kind=interventions');
    await settled();
    expect(await site.page.isChecked('#f-phase-primary')).toBe(false);
    expect(await site.page.title()).toMatch(/^“fixture”, Type: Interventions - Search - /);
    expect(await applied.count()).toBe(2);
  });

  it('ranks the entry a query names above the review record that names it too', async () => {
    await site.page.goto(`${site.server.url}/search/?q=language+groups`);
    await settled();
    const listed = await titles();
    expect(listed).toContain('Fixture review of language groups');
    expect(listed[0]).toBe('Fixture language groups');
  });

  it('finds an entry by what an adult may notice, above an entry whose text only mentions the words', async () => {
    await site.page.goto(`${site.server.url}/search/?q=instructions`);
    await settled();
    const listed = await titles();
    expect(listed[0]).toBe('Fixture visual timetables');
    expect(listed).toContain('Fixture memory games');
  });

  it('links two or three ticked entries to their comparison; reviews and areas have no box', async () => {
    await site.page.goto(`${site.server.url}/search/?q=fixture`);
    await settled();
    const card = (title: string) => site.page.locator('[data-search-results] li', { hasText: title });
    expect(await card('Fixture review of language groups').locator('input[data-compare]').count()).toBe(0);
    const compare = site.page.locator('[data-search-compare] a');
    await card('Fixture memory games').locator('input[data-compare]').check();
    expect(await compare.isVisible()).toBe(false);
    await card('Fixture visual timetables').locator('input[data-compare]').check();
    expect(await compare.getAttribute('href')).toBe(
      '/compare/?entry=interventions/fixture-memory-games&entry=strategies/fixture-visual-timetables',
    );
    expect(await compare.textContent()).toContain('Compare selected (2)');
    // Ticking a compare box is not a search: the URL stays.
    expect(new URL(site.page.url()).search).toBe('?q=fixture');
  });
});

describe('search on a phone (375 px), without JavaScript, and sharing it', () => {
  it('without JavaScript, says so and links to the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.url}/search/?q=memory`);
    expect(await noJs.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await noJs.locator('[data-search-form]').isVisible()).toBe(false);
    const links = await noJs.locator('[data-search-no-js] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([
        '/areas-of-development/',
        '/layers/',
        '/phases/',
        '/strategies/',
        '/interventions/',
        '/tools/',
        '/packages/',
      ]),
    );
    for (const href of links) expect((await noJs.goto(`${site.server.url}${href}`))?.status()).toBe(200);
    await context.close();
  });

  it('keeps the query box usable, puts the results before the filters, which start closed', async () => {
    const phone = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${site.server.url}/search/?q=fixture`);
    await settled(phone);
    const box = (await phone.locator('#search-q').boundingBox())!;
    expect(box.width).toBeGreaterThan(150);
    const results = (await phone.locator('[data-search-results]').boundingBox())!;
    const filters = (await phone.locator('[data-search-filters]').boundingBox())!;
    expect(results.y).toBeLessThan(filters.y);
    expect(await phone.locator('[data-search-filters]').getAttribute('open')).toBeNull();
    expect(await phone.locator('#f-phase-primary').isVisible()).toBe(false);
    await phone.locator('[data-search-filters] > summary').click();
    expect(await phone.locator('#f-phase-primary').isVisible()).toBe(true);
    // Nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.close();
  });

  it('copies the link to the search', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/?q=fixture&kind=tools`);
    await settled(page);
    await page.click('[data-search-copy]');
    await page.waitForFunction(() => document.querySelector('[data-search-copied]')?.textContent?.startsWith('Link copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}/search/?q=fixture&kind=tools`);
    await context.close();
  });
});
