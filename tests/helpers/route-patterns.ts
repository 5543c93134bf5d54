/**
 * Every address the site publishes, as a pattern. Addresses are permanent citations: change a line
 * here only with a redirect plan. tests/unit/routes.test.ts holds src/domain/routes.ts to this
 * table; tests/build/routes.test.ts holds every file of the built fixture site to it.
 *
 * Placeholders: <kind> <slug> <n> <part> <area> <component> <layer> <phase> <status> <id> <query>.
 */
import { AREA_IDS, COMPONENT_IDS, KIND_IDS, LAYER_IDS, PHASE_IDS, REVIEW_STATUS_IDS } from '../../src/domain/vocabulary.ts';

export const ROUTE_PATTERNS = {
  home: '/',
  about: '/about/',
  methodology: '/methodology/',
  openData: '/open-data/',
  search: '/search/',
  searchWithState: '/search/?<query>',
  compareEntries: '/compare/?entry=<kind>/<slug>&entry=<kind>/<slug>',
  areas: '/areas-of-development/',
  layers: '/layers/',
  phases: '/phases/',
  reviews: '/reviews/',
  declined: '/reviews/declined/',
  findSupport: '/find-support/',
  findSupportResult: '/find-support/<component>/<phase>/',
  notFound: '/404.html',
  compare: '/compare/',
  compareWithEntries: '/compare/?entry=<kind>/<slug>',
  plan: '/plan/',
  planWithEntries: '/plan/?entry=<kind>/<slug>',
  glossary: '/glossary/',
  glossaryTerm: '/glossary/#<slug>',

  kind: '/<kind>/',
  entry: '/<kind>/<slug>/',
  version: '/<kind>/<slug>/v<n>/',
  history: '/<kind>/<slug>/history/',
  area: '/areas-of-development/<area>/',
  component: '/areas-of-development/<area>/#<component>',
  layer: '/layers/<layer>/',
  phase: '/phases/<phase>/',
  reviewStatus: '/reviews/status/<status>/',
  reviewKind: '/reviews/kind/<kind>/',
  recommendation: '/reviews/<slug>/#recommendation-<id>',

  dataJson: '/data/<kind>.json',
  dataCsv: '/data/<kind>.csv',
  dataSchema: '/data/schema/<kind>.json',
  dataLibrary: '/data/library.json',
  dataLibrarySchema: '/data/schema/library.json',
  dataFindings: '/data/findings.json',
  dataFindingsCsv: '/data/findings.csv',
  dataFindingsSchema: '/data/schema/findings.json',
  feed: '/feed.xml',
  sitemap: '/sitemap-index.xml',
  sitemapPart: '/sitemap-<part>.xml',
  robots: '/robots.txt',
  favicon: '/favicon.svg',
  reviewDateScript: '/scripts/review-date.js',
  planFacts: '/data/plan-facts.json',

  searchIndex: '/pagefind/',
  searchScript: '/pagefind/pagefind.js',
  searchEngine: '/pagefind/wasm.en.pagefind',
  searchManifest: '/pagefind/nis-search.json',
  searchSortTable: '/pagefind/nis-sort.json',
  searchShard: '/pagefind/shard-<n>/',
} as const;

export type RouteName = keyof typeof ROUTE_PATTERNS;

/** A pattern with its placeholders filled in from `values`. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/<([a-z]+)>/g, (_, name: string) => {
    if (values[name] === undefined) throw new Error(`no value for <${name}> in ${pattern}`);
    return values[name];
  });
}

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const oneOf = (ids: readonly string[]) => `(?:${ids.join('|')})`;
const PLACEHOLDERS: Record<string, string> = {
  kind: oneOf(KIND_IDS),
  slug: SLUG,
  n: '[1-9][0-9]*',
  part: '[0-9]+',
  area: oneOf(AREA_IDS),
  component: oneOf(COMPONENT_IDS),
  layer: oneOf(LAYER_IDS),
  phase: oneOf(PHASE_IDS),
  status: oneOf(REVIEW_STATUS_IDS),
};

/** A pattern as a regular expression over paths; undefined for patterns with a fragment or a query (no file has one). */
export function patternRegExp(pattern: string): RegExp | undefined {
  if (/[#?]/.test(pattern)) return undefined;
  const source = pattern
    .split(/(<[a-z]+>)/)
    .map((part) => (/^<[a-z]+>$/.test(part) ? PLACEHOLDERS[part.slice(1, -1)]! : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const FILE_PATTERNS = Object.entries(ROUTE_PATTERNS).flatMap(([name, pattern]) => {
  const re = patternRegExp(pattern);
  return re ? [{ name: name as RouteName, re }] : [];
});

/** The patterns that describe files (no fragment or query), by name. */
export const FILE_PATTERN_NAMES = FILE_PATTERNS.map((p) => p.name);

/** The names of the file patterns a path matches (an area's page is an entry's page too). */
export const routesOf = (path: string): RouteName[] => FILE_PATTERNS.filter((p) => p.re.test(path)).map((p) => p.name);
