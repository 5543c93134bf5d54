/**
 * The pages of the built fixture site: what its sitemap.xml lists, and every HTML page built. The
 * quality gates (axe, html-validate, links) walk the built pages, so every new route is covered as
 * soon as it is built, whether the sitemap lists it or not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/integrations/built-pages.ts';
import { FIXTURE_DIST } from './fixture.ts';

/** Site paths ("/about/") of every page in the sitemap of a built site. */
export function sitemapPaths(dist = FIXTURE_DIST): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
}

/** Every page to check: every HTML page built, including those the sitemap leaves out (404, pointers). */
export function pagesToCheck(dist = FIXTURE_DIST): string[] {
  return builtPages(dist).map((p) => p.path);
}

/** A pointer page's meta refresh tag (the current version's /v<n>/), and where it sends the reader. */
export const REFRESH_META = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;

/** The built file behind a site path. */
export function fileOf(path: string, dist = FIXTURE_DIST): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
