/**
 * The Atom feed of what the library published: every published version of every entry (a review
 * record's versions are how reviews are published), newest first. Pure: the page supplies the site
 * URL and the library. Dates are whole days, so `updated` is midnight UTC of the publication date.
 */
import type { Library } from './library.ts';
import type { VersionRecord } from './versions.ts';
import { SITE_NAME, kindLabel } from './labels.ts';
import { FILES, PAGES, versionUrl } from './routes.ts';
import { escapeXml } from './xml.ts';

export const FEED_TITLE = `${SITE_NAME}: new versions and reviews`;
export const FEED_LIMIT = 50;

export interface FeedItem {
  /** A stable, unique id: the version's permanent URL. */
  id: string;
  title: string;
  /** The version's permanent URL. */
  url: string;
  /** YYYY-MM-DD */
  published: string;
  summary: string;
  kind: string;
}

/** Published versions, newest first (ties by URL so the order is stable), at most `limit`. */
export function feedItems<V extends VersionRecord>(library: Library<V>, siteUrl: string, limit = FEED_LIMIT): FeedItem[] {
  const items: FeedItem[] = [];
  for (const entry of library.entries) {
    for (const v of entry.versions) {
      if (v.data.status !== 'published' || !v.data.published) continue;
      const url = new URL(versionUrl(entry.kind, entry.slug, v.version), siteUrl).href;
      const what = v.version === 1 ? 'published' : `version ${v.version}`;
      items.push({
        id: url,
        url,
        title: `${kindLabel(entry.kind)}: ${v.data.title} (${what})`,
        published: v.data.published,
        summary: v.data.changes ? v.data.changes.summary : v.data.summary,
        kind: entry.kind,
      });
    }
  }
  return items.sort((a, b) => b.published.localeCompare(a.published) || a.url.localeCompare(b.url)).slice(0, limit);
}

const atomDate = (day: string) => `${day}T00:00:00Z`;

export interface FeedInput {
  siteUrl: string;
  /** Used for `updated` when there are no items. */
  asOf: string;
  items: readonly FeedItem[];
  title?: string;
}

/** An Atom 1.0 document (RFC 4287): feed id, title, updated, self and alternate links, entries. */
export function atomFeed({ siteUrl, asOf, items, title = FEED_TITLE }: FeedInput): string {
  const home = new URL(PAGES.home, siteUrl).href;
  const self = new URL(FILES.feed, siteUrl).href;
  const updated = atomDate(items[0]?.published ?? asOf);
  const entries = items.map(
    (item) => `  <entry>
    <id>${escapeXml(item.id)}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>
    <published>${atomDate(item.published)}</published>
    <updated>${atomDate(item.published)}</updated>
    <category term="${escapeXml(item.kind)}"/>
    <summary type="text">${escapeXml(item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${escapeXml(home)}</id>
  <title>${escapeXml(title)}</title>
  <updated>${updated}</updated>
  <author><name>Department for Education</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>
${entries.join('\n')}
</feed>
`;
}
