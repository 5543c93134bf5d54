/**
 * The pages of the built fixture site: what its sitemap lists, and every HTML page built. The
 * quality gates (axe, html-validate, links) walk the built pages, so every new route is covered as
 * soon as it is built, whether the sitemap lists it or not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/built-site/pages.ts';
import { FILES } from '../../src/domain/routes.ts';
import { FIXTURE_DIST } from './fixture.ts';

/** The <loc> addresses in a sitemap file of a built site, by its site path. */
const locs = (dist: string, path: string) =>
  [...readFileSync(join(dist, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')));

/** The sitemap files the sitemap index of a built site points at, as site paths ("/sitemap-0.xml"). */
export const sitemapFiles = (dist = FIXTURE_DIST) => locs(dist, FILES.sitemap).map((url) => url.pathname);

/** Site paths ("/about/") of every page in the sitemaps of a built site, sorted as builtPages sorts them (a sitemap's order means nothing). */
export function sitemapPaths(dist = FIXTURE_DIST): string[] {
  return sitemapFiles(dist)
    .flatMap((file) => locs(dist, file).map((url) => url.pathname))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
