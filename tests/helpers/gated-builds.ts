/**
 * The builds the quality gates (html-validate, links and fragments, axe, link spacing, meta
 * descriptions) run over: the test fixture, and the bundled library in content/, so that real
 * content cannot break what the fixture keeps green. The global setup builds both.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE_CONTENT, FIXTURE_DIST } from './fixture.ts';
import { REFRESH_META, fileOf, pagesToCheck } from './sitemap.ts';
import { routesOf, type RouteName } from './route-patterns.ts';
import { KIND_IDS } from '../../src/domain/vocabulary.ts';

export const LIBRARY_CONTENT = resolve('content');
/** NIS_LIBRARY_DIST points the tests at another build (with NIS_SKIP_FIXTURE_BUILD=1), as NIS_FIXTURE_DIST does for the fixture. */
export const LIBRARY_DIST = resolve(process.env.NIS_LIBRARY_DIST ?? '.cache/library-dist');

export interface GatedBuild {
  name: 'fixture' | 'library';
  content: string;
  dist: string;
  /**
   * Whether axe checks one page of each route type rather than every page. Measured on the shared
   * two-core machine: every one of the library's 231 pages took 73 s, the largest page of each of
   * its 40 route types 24 s. html-validate and the link checks read every page of both builds.
   */
  axeSample: boolean;
}

export const GATED_BUILDS: readonly GatedBuild[] = [
  { name: 'fixture', content: FIXTURE_CONTENT, dist: FIXTURE_DIST, axeSample: false },
  { name: 'library', content: LIBRARY_CONTENT, dist: LIBRARY_DIST, axeSample: process.env.NIS_AXE_EVERY_PAGE !== '1' },
];

/**
 * What kind of page a path is, for sampling: the route patterns it matches, the kind of entry it
 * belongs to (an area's page and an intervention's are both entry pages, and look different), and
 * whether it is a pointer at a current version (a /v<n>/ address is either that or an earlier version).
 */
export function routeTypeOf(path: string, html: string): string {
  const kind = KIND_IDS.find((k) => path.startsWith(`/${k}/`)) ?? '';
  return [routesOf(path).join('+') || path, kind, REFRESH_META.test(html) ? 'pointer' : ''].join('|');
}

/** One page of each route type, the largest (the one that exercises the most markup), sorted by path. */
export function onePagePerRouteType(dist: string): string[] {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pagesToCheck(dist)) {
    const html = readFileSync(fileOf(path, dist), 'utf8');
    const type = routeTypeOf(path, html);
    if ((largest.get(type)?.size ?? -1) < html.length) largest.set(type, { path, size: html.length });
  }
  return [...largest.values()].map((p) => p.path).sort();
}

/**
 * Route types whose many pages come from one template with different data (Find support's 80
 * results): where axe checks every page, it checks the largest and the smallest of these (a full
 * result and an empty one), which keeps the fixture's axe run within its time on two shared cores.
 */
const ONE_TEMPLATE_ROUTES: readonly RouteName[] = ['findSupportResult'];

/** The pages axe checks on a build. */
export function axePagesOf(build: GatedBuild): string[] {
  if (build.axeSample) return onePagePerRouteType(build.dist);
  const pages = pagesToCheck(build.dist);
  const templated = pages.filter((path) => routesOf(path).some((r) => ONE_TEMPLATE_ROUTES.includes(r)));
  const sizes = templated
    .map((path) => ({ path, size: readFileSync(fileOf(path, build.dist), 'utf8').length }))
    .sort((a, b) => a.size - b.size);
  const kept = new Set([sizes[0]?.path, sizes.at(-1)?.path]);
  return pages.filter((path) => !templated.includes(path) || kept.has(path));
}
