/**
 * The Atom feed of published versions: which versions it lists, how each is named and summarised,
 * their order, and the document itself, escaped. tests/unit/review-dashboard.test.ts has the basics.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { atomFeed, feedItems, FEED_TITLE } from '../../src/domain/feed.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = checkContent(FIXTURE_CONTENT);
const SITE = 'https://example.org/';
const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });

describe('feed items', () => {
  it('name each version by kind and title, "published" for a first version, and summarise a later one by its change', () => {
    expect(feedItems(library, SITE).slice(0, 3)).toEqual([
      {
        id: 'https://example.org/interventions/fixture-language-groups/v2/',
        url: 'https://example.org/interventions/fixture-language-groups/v2/',
        title: 'Intervention: Fixture language groups (version 2)',
        published: '2026-06-01',
        summary: 'The impact rating was revised after the scale-up evaluation.',
        kind: 'interventions',
      },
      {
        id: 'https://example.org/reviews/fixture-review/v1/',
        url: 'https://example.org/reviews/fixture-review/v1/',
        title: 'Review record: Fixture review of language groups (published)',
        published: '2026-05-20',
        summary: 'An out-of-cycle review after a new evaluation.',
        kind: 'reviews',
      },
      {
        id: 'https://example.org/interventions/fixture-memory-games/v1/',
        url: 'https://example.org/interventions/fixture-memory-games/v1/',
        title: 'Intervention: Fixture memory games (published)',
        published: '2026-04-01',
        summary: 'Short working memory games for primary and secondary pupils, run by a specialist teacher.',
        kind: 'interventions',
      },
    ]);
  });

  it('list every published version once, newest first and by address on the same day', () => {
    const items = feedItems(library, SITE);
    expect(items).toHaveLength(fixture.records.length);
    const sameDay = items.filter((i) => i.published === '2026-03-01').map((i) => i.url);
    expect(sameDay).toEqual([...sameDay].sort());
    expect(sameDay).toHaveLength(9);
    expect(items.at(-1)!.url).toBe('https://example.org/strategies/fixture-now-and-next-boards/v1/');
  });

  it('leave out a draft, and a version with no publication date', () => {
    const memory = fixture.records.find((r) => r.slug === 'fixture-memory-games')!;
    // A draft dated ahead of publishing is still a draft.
    const draft = { ...memory, version: 2, data: { ...memory.data, status: 'draft' as const, published: '2026-11-01' } };
    const preview = buildLibrary([...fixture.records, draft], fixture.sources, { asOf: FIXTURE_AS_OF, includeDrafts: true });
    expect(preview.get('interventions/fixture-memory-games')!.versions).toHaveLength(2);
    expect(feedItems(preview, SITE).map((i) => i.url)).not.toContain('https://example.org/interventions/fixture-memory-games/v2/');
    const undated = { ...memory, data: { ...memory.data, published: undefined } };
    const withUndated = buildLibrary([...fixture.records.filter((r) => r !== memory), undated], fixture.sources, { asOf: FIXTURE_AS_OF });
    expect(feedItems(withUndated, SITE).map((i) => i.url)).not.toContain('https://example.org/interventions/fixture-memory-games/v1/');
    expect(feedItems(withUndated, SITE)).toHaveLength(fixture.records.length - 1);
  });
});

describe('the Atom document', () => {
  it('holds the feed and its entries, in order', () => {
    const xml = atomFeed({ siteUrl: 'https://example.org/sub/page', asOf: FIXTURE_AS_OF, items: feedItems(library, SITE).slice(0, 2) });
    expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>https://example.org/</id>
  <title>National Inclusion Standards: new versions and reviews</title>
  <updated>2026-06-01T00:00:00Z</updated>
  <author><name>Department for Education</name></author>
  <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>
  <link rel="alternate" type="text/html" href="https://example.org/"/>
  <entry>
    <id>https://example.org/interventions/fixture-language-groups/v2/</id>
    <title>Intervention: Fixture language groups (version 2)</title>
    <link rel="alternate" type="text/html" href="https://example.org/interventions/fixture-language-groups/v2/"/>
    <published>2026-06-01T00:00:00Z</published>
    <updated>2026-06-01T00:00:00Z</updated>
    <category term="interventions"/>
    <summary type="text">The impact rating was revised after the scale-up evaluation.</summary>
  </entry>
  <entry>
    <id>https://example.org/reviews/fixture-review/v1/</id>
    <title>Review record: Fixture review of language groups (published)</title>
    <link rel="alternate" type="text/html" href="https://example.org/reviews/fixture-review/v1/"/>
    <published>2026-05-20T00:00:00Z</published>
    <updated>2026-05-20T00:00:00Z</updated>
    <category term="reviews"/>
    <summary type="text">An out-of-cycle review after a new evaluation.</summary>
  </entry>
</feed>
`);
    expect(FEED_TITLE).toBe('National Inclusion Standards: new versions and reviews');
  });

  it('escapes the five XML special characters, and takes another title', () => {
    const item = {
      id: 'https://example.org/a/v1/?x=1&y=2',
      url: 'https://example.org/a/v1/',
      title: `Say "hi" & <wave> 'bye'`,
      published: '2026-06-01',
      summary: "It's < 5 & > 3",
      kind: 'strategies',
    };
    const xml = atomFeed({ siteUrl: SITE, asOf: FIXTURE_AS_OF, items: [item], title: 'Tom & Jerry' });
    expect(xml).toContain('<title>Tom &amp; Jerry</title>');
    expect(xml).toContain('<id>https://example.org/a/v1/?x=1&amp;y=2</id>');
    expect(xml).toContain('<title>Say &quot;hi&quot; &amp; &lt;wave&gt; &apos;bye&apos;</title>');
    expect(xml).toContain('<summary type="text">It&apos;s &lt; 5 &amp; &gt; 3</summary>');
  });
});
