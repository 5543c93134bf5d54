import { describe, expect, it } from 'vitest';
import {
  compareRows,
  dashboardRows,
  declinedRegister,
  kindCounts,
  statusCounts,
  withStatus,
  type DashboardRow,
} from '../../src/domain/review-dashboard.ts';
import { atomFeed, feedItems } from '../../src/domain/feed.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });

describe('dashboard rows', () => {
  const row = (status: DashboardRow['status'], nextDue: string, title: string): DashboardRow => ({
    key: `strategies/${title}`,
    kind: 'strategies',
    title,
    url: '/',
    status,
    lastReviewed: '2024-01-01',
    nextDue,
    daysUntilDue: 0,
  });

  it('sort overdue first, then due soon, under review, current; then by due date and title', () => {
    const rows = [
      row('current', '2027-01-01', 'a'),
      row('due-soon', '2026-12-01', 'b'),
      row('overdue', '2026-10-01', 'd'),
      row('overdue', '2026-09-01', 'e'),
      row('under-review', '2026-01-01', 'f'),
      row('current', '2027-01-01', 'c'),
    ];
    expect(rows.sort(compareRows).map((r) => r.title)).toEqual(['e', 'd', 'b', 'f', 'a', 'c']);
  });

  it('list every entry with a clock (not review records) from the fixture, overdue first', () => {
    const rows = dashboardRows(library);
    expect(rows).toHaveLength(library.entries.filter((e) => e.kind !== 'reviews').length);
    expect(rows[0]).toMatchObject({ key: 'strategies/fixture-now-and-next-boards', status: 'overdue', nextDue: '2026-09-02' });
    expect(withStatus(rows, 'overdue').map((r) => r.key)).toEqual(['strategies/fixture-now-and-next-boards']);
    expect(rows.find((r) => r.key === 'interventions/fixture-language-groups')).toMatchObject({
      lastReviewed: '2026-05-15',
      nextDue: '2028-05-15',
    });
  });

  it('count by status and kind, zeros included', () => {
    const rows = dashboardRows(library);
    expect(statusCounts(rows).map((s) => s.id)).toEqual(['overdue', 'due-soon', 'under-review', 'current']);
    expect(statusCounts(rows).reduce((n, s) => n + s.count, 0)).toBe(rows.length);
    expect(kindCounts(rows).map((k) => k.id)).not.toContain('reviews');
  });
});

describe('the declined register', () => {
  it('lists declined recommendations with their explanations and links', () => {
    expect(declinedRegister(library)).toEqual([
      expect.objectContaining({
        id: 'r2',
        text: 'Fund the programme for every school.',
        explanation: 'Funding is outside the scope of the standards.',
        date: '2026-05-20',
        url: '/reviews/fixture-review/#recommendation-r2',
      }),
    ]);
  });
});

describe('the Atom feed', () => {
  const site = 'https://example.gov.uk/';
  it('lists published versions newest first, limited', () => {
    const items = feedItems(library, site);
    expect(items[0]).toMatchObject({ url: 'https://example.gov.uk/interventions/fixture-language-groups/v2/', published: '2026-06-01' });
    expect(items.map((i) => i.published)).toEqual([...items.map((i) => i.published)].sort().reverse());
    expect(items.some((i) => i.kind === 'reviews')).toBe(true);
    expect(feedItems(library, site, 3)).toHaveLength(3);
  });
  it('is an Atom document with id, title, updated, links and escaped entries', () => {
    const xml = atomFeed({
      siteUrl: site,
      asOf: '2026-11-22',
      items: [
        {
          id: 'https://example.gov.uk/a/v1/',
          url: 'https://example.gov.uk/a/v1/',
          title: 'A & B <c>',
          published: '2026-06-01',
          summary: 'x',
          kind: 'strategies',
        },
      ],
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain('<id>https://example.gov.uk/</id>');
    expect(xml).toContain('<updated>2026-06-01T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.gov.uk/feed.xml"/>');
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
  });
  it('uses the as-of date as updated when empty', () => {
    expect(atomFeed({ siteUrl: site, asOf: '2026-11-22', items: [] })).toContain('<updated>2026-11-22T00:00:00Z</updated>');
  });
});
