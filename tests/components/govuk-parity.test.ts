/**
 * Our Astro components that reproduce GOV.UK Frontend components, rendered with Astro's Container
 * API for representative props and compared, structure-wise, with the matching example in the
 * installed govuk-frontend's fixtures.json (tests/helpers/govuk-parity.ts says what counts). A
 * govuk-frontend upgrade that changes a template's markup fails here and names the element.
 * Markup only the built pages hold (the page template, the search page) is compared in
 * tests/build/govuk-parity.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import EntryList from '../../src/components/EntryList.astro';
import Ratings from '../../src/components/Ratings.astro';
import ReviewSections from '../../src/components/ReviewSections.astro';
import ReviewStatus from '../../src/components/ReviewStatus.astro';
import SampleBanner from '../../src/components/SampleBanner.astro';
import SummaryList from '../../src/components/SummaryList.astro';
import Inset from '../../src/components/mdx/Inset.astro';
import Warning from '../../src/components/mdx/Warning.astro';
import { differences, fixtureHtml, one, parseHtml, select, type Options } from '../helpers/govuk-parity.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** A component's HTML for props (and default slot), parsed. `tsc` types .astro imports loosely (src/env.d.ts). */
async function render(component: unknown, props: Record<string, unknown> = {}, slot?: string) {
  const factory = component as Parameters<AstroContainer['renderToString']>[0];
  return parseHtml(await container.renderToString(factory, { props, ...(slot ? { slots: { default: slot } } : {}) }));
}

/** Our element against the template's example: the differences, which a test expects to be none. */
function compare(ours: ReturnType<typeof parseHtml>, selector: string, component: string, example: string, options?: Options) {
  return differences(one(ours, selector), parseHtml(fixtureHtml(component, example))[0]!, options);
}

/** A summary list value holds the caller's HTML (ours: a link, a list, a tag and a date...). */
const VALUE_IS_CALLERS = { slots: ['.govuk-summary-list__value'] };

const ratings = {
  strength: { value: 'strong', sources: ['key-a'] },
  impact: { value: 'large', months: 6, sources: [] },
  cost: { value: 'low', sources: [], note: 'A note.' },
};
const sources = { 'key-a': { type: 'report', authors: 'Someone', year: 2024, title: 'A study' } };

describe('GOV.UK components rendered by our Astro components match the template', () => {
  it("breadcrumbs (Breadcrumbs) for the example's own items", async () => {
    const items = [
      { text: 'Home', href: '/' },
      { text: 'Section', href: '/section' },
      { text: 'Sub-section', href: '/section/sub-section' },
    ];
    expect(compare(await render(Breadcrumbs, { items }), 'nav', 'breadcrumbs', 'default')).toEqual([]);
  });

  it('summary list (SummaryList): plain, linked and listed values', async () => {
    const rows = [
      { key: 'Kind', items: [{ text: 'Intervention' }] },
      { key: 'Area', items: [{ text: 'Speech', href: '/a/' }] },
      { key: 'Phases', items: [{ text: 'Primary', href: '/p/' }, { text: 'Secondary' }] },
    ];
    expect(compare(await render(SummaryList, { rows }), 'dl', 'summary-list', 'default', VALUE_IS_CALLERS)).toEqual([]);
  });

  it('summary list and tags of the evidence ratings (Ratings)', async () => {
    const html = await render(Ratings, { ratings, sources });
    expect(compare(html, 'dl', 'summary-list', 'default', VALUE_IS_CALLERS)).toEqual([]);
    const tags = select(html, 'strong.govuk-tag');
    expect(tags).toHaveLength(3);
    for (const tag of tags) expect(differences(tag, parseHtml(fixtureHtml('tag', 'default'))[0]!, TAG_COLOURS)).toEqual([]);
  });

  it('summary list without borders, and its tag (ReviewStatus)', async () => {
    const html = await render(ReviewStatus, {
      clock: { lastReviewed: '2026-01-01', nextDue: '2027-01-01', status: 'due-soon', daysUntilDue: 30 },
    });
    expect(compare(html, 'dl', 'summary-list', 'no-border', VALUE_IS_CALLERS)).toEqual([]);
    expect(compare(html, 'strong', 'tag', 'yellow')).toEqual([]);
  });

  it('summary cards with a heading (ReviewSections): one per recommendation, titled at level 3 under the h2', async () => {
    const recommendation = (id: string, decision: string) => ({
      id,
      text: 'Do this.',
      response: { decision, date: '2026-03-01', explanation: 'Because.' },
    });
    const data = {
      kind: 'reviews',
      findings: ['A finding.'],
      recommendations: [recommendation('r1', 'accepted'), recommendation('r2', 'declined')],
    };
    const html = await render(ReviewSections, { entry: {}, version: { data } });
    const cards = select(html, 'div.govuk-summary-card');
    expect(cards).toHaveLength(2);
    const template = parseHtml(fixtureHtml('summary-list', 'as a summary card with a custom header level'))[0]!;
    for (const card of cards) expect(differences(card, template, VALUE_IS_CALLERS)).toEqual([]);
    expect(select(html, 'h3.govuk-summary-card__title').map((h) => h.text.trim())).toEqual(['Recommendation r1', 'Recommendation r2']);
  });

  it('notification banner with a custom title (SampleBanner)', async () => {
    const options = { slots: ['.govuk-notification-banner__content'] };
    expect(compare(await render(SampleBanner), 'div', 'notification-banner', 'custom title', options)).toEqual([]);
  });

  it('warning text (the <Warning> MDX component)', async () => {
    expect(compare(await render(Warning, {}, 'You can be fined.'), 'div', 'warning-text', 'default')).toEqual([]);
  });

  it('inset text (the <Inset> MDX component)', async () => {
    expect(compare(await render(Inset, {}, 'It can take up to 8 weeks.'), 'div', 'inset-text', 'default')).toEqual([]);
  });

  it('tags of an entry list (EntryList): kind, layer and strength of evidence', async () => {
    const entry = {
      url: '/interventions/x/',
      kind: 'interventions',
      layers: ['targeted'],
      current: { data: { kind: 'interventions', title: 'X', summary: 'About X.', ratings } },
    };
    const tags = select(await render(EntryList, { entries: [entry] }), 'strong.govuk-tag');
    expect(tags.map((t) => t.attrs.class)).toEqual(['govuk-tag govuk-tag--grey', 'govuk-tag', 'govuk-tag govuk-tag--green']);
    for (const tag of tags) expect(differences(tag, parseHtml(fixtureHtml('tag', 'default'))[0]!, TAG_COLOURS)).toEqual([]);
  });
});

describe('the comparison', () => {
  it('finds a difference in element, class, ARIA and visually hidden text, and says where', () => {
    const template = parseHtml(
      '<nav class="govuk-x" aria-label="A"><a class="govuk-x__link" aria-current="page">1<span class="govuk-visually-hidden"> page</span></a></nav>',
    )[0]!;
    const ours = parseHtml(
      '<nav class="govuk-x govuk-x--extra"><span class="govuk-x__link" aria-current="true">1<span class="govuk-visually-hidden">page</span></span><p class="govuk-y"></p></nav>',
    )[0]!;
    expect(differences(ours, template)).toEqual([
      'nav.govuk-x: class govuk-x--extra is not in the template',
      'nav.govuk-x: aria-label missing',
      'nav.govuk-x > a.govuk-x__link: <span> where the template has <a>',
      'nav.govuk-x > a.govuk-x__link: aria-current="true" where the template has aria-current="page"',
      'nav.govuk-x > a.govuk-x__link > span.govuk-visually-hidden: visually hidden text "page" where the template has " page"',
      'nav.govuk-x: p.govuk-y is not in the template',
    ]);
  });

  it('ignores text, hrefs, ids, app-* classes and the length of a list', () => {
    const template = parseHtml(
      '<ul class="govuk-list"><li class="govuk-item"><a href="#" id="a">One</a></li><li class="govuk-item"><a href="#">Two</a></li></ul>',
    )[0]!;
    const ours = parseHtml('<ul class="govuk-list app-list"><li class="govuk-item"><a href="/x/" data-x="1">Uno</a></li></ul>')[0]!;
    expect(differences(ours, template)).toEqual([]);
  });
});

/** Tag colours are the tag's `classes` option; tests/build/govuk-parity.test.ts checks each is in 6.6's CSS. */
const TAG_COLOURS: Options = {
  optionClasses: ['grey', 'green', 'teal', 'purple', 'red', 'orange', 'yellow', 'magenta'].map((c) => `govuk-tag--${c}`),
};
