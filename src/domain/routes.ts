/**
 * Every address the site publishes, built here and nowhere else: pages, components, scripts and
 * integrations ask this module for a path rather than writing one. Addresses are permanent
 * citations, so tests/unit/routes.test.ts lists every pattern and fails when one changes; the
 * Astro page files under src/pages/ must produce the same paths (tests/build/routes.test.ts).
 * Pure and free of Node and Astro, so the search page's browser script can use it too.
 */
import { COMPONENTS, KIND_IDS, byId, type KindId } from './vocabulary.ts';

// ---- Entries ----

/** An entry's stable address, which always shows its current version. */
export const entryUrl = (kind: KindId, slug: string) => `/${kind}/${slug}/`;
/** The permanent address of one version of an entry. */
export const versionUrl = (kind: KindId, slug: string, version: number) => `${entryUrl(kind, slug)}v${version}/`;
/** Every version of an entry and what changed between them. */
export const historyUrl = (kind: KindId, slug: string) => `${entryUrl(kind, slug)}history/`;

/** A reference "<kind>/<slug>", the form in which entries name each other, as kind and slug. */
function splitRef(ref: string): [KindId, string] {
  const [kind, slug] = ref.split('/');
  return [kind as KindId, slug!];
}
/** entryUrl of a reference "<kind>/<slug>". */
export const refUrl = (ref: string) => entryUrl(...splitRef(ref));
/** versionUrl of a reference "<kind>/<slug>". */
export const refVersionUrl = (ref: string, version: number) => versionUrl(...splitRef(ref), version);

/**
 * The entry (and version) a site path such as "/interventions/neli/" or "/interventions/neli/v2/#x"
 * points at, or undefined when it is not an entry or version page: how content links are checked.
 */
export function parseEntryPath(path: string): { kind: KindId; slug: string; version?: number } | undefined {
  const match = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/(?:v(\d+)\/)?(?:#.*)?$/.exec(path);
  if (!match || !(KIND_IDS as readonly string[]).includes(match[1]!)) return undefined;
  const found = { kind: match[1] as KindId, slug: match[2]! };
  return match[3] ? { ...found, version: Number(match[3]) } : found;
}

/** The anchor of a recommendation on its review record's page. */
export const recommendationAnchor = (id: string) => `recommendation-${id}`;
/** A recommendation on the page of the review record at `reviewUrl`. */
export const recommendationUrl = (reviewUrl: string, id: string) => `${reviewUrl}#${recommendationAnchor(id)}`;

// ---- Browsing ----

/**
 * The index of a kind: a provision kind's browse page, the list of areas of development
 * (/areas-of-development/) or the review dashboard (/reviews/).
 */
export const kindUrl = (kind: KindId) => `/${kind}/`;
/** An area of development's page; its slug is the area's vocabulary id. */
export const areaUrl = (id: string) => entryUrl('areas-of-development', id);
/**
 * The id of a component's row on its area's page. The row owns it (every component has one, however
 * the area's text words its headings); a heading in the area's text that would get the same id is
 * given another (src/markdown/component-heading-ids.ts), so an id is never on two elements.
 */
export const componentAnchor = (id: string) => id;
/** A component, as its row on its area's page. */
export const componentUrl = (id: string) => `${areaUrl(byId(COMPONENTS, id).area)}#${componentAnchor(id)}`;
export const layerUrl = (id: string) => `/layers/${id}/`;
export const phaseUrl = (id: string) => `/phases/${id}/`;

// ---- Fixed pages and the review dashboard ----

/**
 * The dashboard's filter pages live under /reviews/, beside the review records: these first
 * segments are reserved, so that no review record's slug can collide with them.
 */
export const DASHBOARD_SEGMENTS = { status: 'status', kind: 'kind', declined: 'declined' } as const;

// A constant of its own so that the search page's script bundles it without the rest of PAGES.
const SEARCH_PAGE = '/search/';

/**
 * Pages with an address of their own, whatever the library holds. Plain strings, so that a browser
 * bundle that uses one address carries no other; the routes test holds `areas` and `reviews` equal
 * to their kinds' kindUrl, and `declined` under its reserved segment.
 */
export const PAGES = {
  home: '/',
  about: '/about/',
  methodology: '/methodology/',
  openData: '/open-data/',
  search: SEARCH_PAGE,
  areas: '/areas-of-development/',
  layers: '/layers/',
  phases: '/phases/',
  reviews: '/reviews/',
  /** The register of declined recommendations (under DASHBOARD_SEGMENTS.declined). */
  declined: '/reviews/declined/',
  /** Find support: from what an adult notices to what to try (links to every findSupportUrl). */
  findSupport: '/find-support/',
  /** Served by the web server for any missing address (deploy/nginx.conf). */
  notFound: '/404.html',
  /** Entries side by side; the entries are in the query (compareUrl). */
  compare: '/compare/',
  /** The support plan builder; the chosen entries are in the query (planUrl). */
  plan: '/plan/',
  /** Every abbreviation and technical term, with its plain definition (content/glossary.yaml). */
  glossary: '/glossary/',
} as const;

/** A term's definition on the glossary page; its slug is the term's `slug` in content/glossary.yaml. */
export const glossaryTermUrl = (slug: string) => `${PAGES.glossary}#${slug}`;

/** Find support's result for one component of an area of development in one phase. */
export const findSupportUrl = (component: string, phase: string) => `${PAGES.findSupport}${component}/${phase}/`;

export const reviewStatusUrl = (status: string) => `${PAGES.reviews}${DASHBOARD_SEGMENTS.status}/${status}/`;
export const reviewKindUrl = (kind: KindId) => `${PAGES.reviews}${DASHBOARD_SEGMENTS.kind}/${kind}/`;

// ---- Search ----

/** The search page with a state already serialised as a query string ("" for the empty search). */
export const searchPageUrl = (query = '') => (query ? `${SEARCH_PAGE}?${query}` : SEARCH_PAGE);

/** The search index's own files, written by the build and fetched by the search page. */
export const SEARCH_INDEX = {
  /** Pagefind's files, and the primary shard's base path. */
  base: '/pagefind/',
  /** Pagefind's browser API. */
  script: '/pagefind/pagefind.js',
  /** Pagefind's engine for the site's language (the pages are lang="en"), preloaded by the search page. */
  wasm: '/pagefind/wasm.en.pagefind',
  /** The list of shards and where the sort table is (`SearchManifest`). */
  manifest: '/pagefind/nis-search.json',
  /** Sort ranks per page (`SortTable`). */
  sortTable: '/pagefind/nis-sort.json',
} as const;
/** The base path of shard `i`: the primary at /pagefind/, the rest beside its files. */
export const shardPath = (i: number) => (i === 0 ? SEARCH_INDEX.base : `${SEARCH_INDEX.base}shard-${i}/`);

// ---- Comparison and support plan ----

/** "entry=<kind>/<slug>&entry=..." for entry keys (slugs only, so the slash stays readable). */
const entryQuery = (keys: readonly string[]) => keys.map((k) => `entry=${k}`).join('&');
/** The comparison of two or three entries, named by key "<kind>/<slug>". */
export const compareUrl = (keys: readonly string[]) => (keys.length ? `${PAGES.compare}?${entryQuery(keys)}` : PAGES.compare);
/** The support plan with the chosen entries, named by key "<kind>/<slug>". */
export const planUrl = (keys: readonly string[]) => (keys.length ? `${PAGES.plan}?${entryQuery(keys)}` : PAGES.plan);

// ---- Files ----

/** Where each open-data file lives. */
export const dataPaths = {
  json: (kind: KindId) => `/data/${kind}.json`,
  csv: (kind: KindId) => `/data/${kind}.csv`,
  schema: (kind: KindId) => `/data/schema/${kind}.json`,
  library: '/data/library.json',
  librarySchema: '/data/schema/library.json',
  /** Study findings (issue 15): every finding of every source, with its stable id "<source-key>/<id>". */
  findings: '/data/findings.json',
  findingsCsv: '/data/findings.csv',
  findingsSchema: '/data/schema/findings.json',
} as const;

/** @astrojs/sitemap writes <base>-index.xml, which points at <base>-0.xml, <base>-1.xml... */
export const SITEMAP_FILENAME_BASE = 'sitemap';
/** One of the sitemap's parts, which the index lists. */
export const sitemapPartUrl = (i: number) => `/${SITEMAP_FILENAME_BASE}-${i}.xml`;

/** Other files every page may point at. */
export const FILES = {
  feed: '/feed.xml',
  /** The sitemap index; robots.txt names it. */
  sitemap: `/${SITEMAP_FILENAME_BASE}-index.xml`,
  robots: '/robots.txt',
  favicon: '/favicon.svg',
  /** The browser check that turns a stale review status to overdue (public/scripts/). */
  reviewDateScript: '/scripts/review-date.js',
  /** The facts of every provision entry that the comparison and the plan pages fetch. */
  planFacts: '/data/plan-facts.json',
} as const;
