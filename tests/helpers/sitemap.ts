/**
 * The pages of the built fixture site, read from its sitemap.xml: the quality gates (axe,
 * html-validate, links) walk this list, so every new route is covered as soon as it is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST } from './fixture.ts';

/** Site paths ("/about/") of every page in the sitemap of a built site. */
export function sitemapPaths(dist = FIXTURE_DIST): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
}

/** Every page to check: the sitemap's, plus the 404 page the sitemap leaves out. */
export function pagesToCheck(dist = FIXTURE_DIST): string[] {
  return [...sitemapPaths(dist), '/404.html'];
}

/** The built file behind a site path. */
export function fileOf(path: string, dist = FIXTURE_DIST): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
