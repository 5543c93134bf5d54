/**
 * What the sitemap says besides its list of pages: where it is, when each entry's page last
 * changed, and the robots.txt that points crawlers at it. @astrojs/sitemap writes the files
 * (src/integrations/sitemap.ts).
 */

import { FILES } from './routes.ts';

/** The parts of an open data record (/data/library.json) that date its page. */
export interface DatedRecord {
  id: string;
  /** The entry's stable URL. */
  url: string;
  metadata: {
    /** The current version's publication date; none for a draft shown in a preview. */
    published?: string;
    /** On a review record: the entries it covered. */
    covers?: readonly { entry: string }[];
  };
}

/**
 * When each entry's page last changed, by its URL (YYYY-MM-DD): the latest publication among its
 * current version and the review records that cover it, since a review's publication changes the
 * entry page's review status. A review record's own page changes when it is published, like any
 * entry's: its start and completion dates come before that.
 */
export function lastModified(records: readonly DatedRecord[]): Map<string, string> {
  const latest = new Map<string, string>();
  const dated = (id: string, day: string) => {
    const previous = latest.get(id);
    if (previous === undefined || day > previous) latest.set(id, day);
  };
  for (const { id, metadata } of records) {
    if (!metadata.published) continue;
    dated(id, metadata.published);
    for (const covered of metadata.covers ?? []) dated(covered.entry, metadata.published);
  }
  return new Map(records.flatMap((r) => (latest.has(r.id) ? [[r.url, latest.get(r.id)!] as const] : [])));
}

/** Every page may be crawled; the sitemap index is where they are listed. */
export const robotsTxt = (site: string) => `User-agent: *\nAllow: /\n\nSitemap: ${new URL(FILES.sitemap, site).href}\n`;
