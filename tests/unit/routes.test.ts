/** Every address the site publishes, held to its pattern: URLs are permanent citations. */
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/domain/routes.ts';
import {
  DASHBOARD_SEGMENTS,
  FILES,
  PAGES,
  SEARCH_INDEX,
  areaUrl,
  compareUrl,
  componentAnchor,
  componentUrl,
  dataPaths,
  entryUrl,
  findSupportUrl,
  glossaryTermUrl,
  historyUrl,
  kindUrl,
  layerUrl,
  parseEntryPath,
  phaseUrl,
  planUrl,
  recommendationAnchor,
  recommendationUrl,
  refUrl,
  refVersionUrl,
  reviewKindUrl,
  reviewStatusUrl,
  searchPageUrl,
  shardPath,
  sitemapPartUrl,
  versionUrl,
} from '../../src/domain/routes.ts';
import { RESERVED_REVIEW_SLUGS } from '../../src/domain/versions.ts';
import { ROUTE_PATTERNS, fill, patternRegExp, type RouteName } from '../helpers/route-patterns.ts';

const V = {
  kind: 'interventions',
  slug: 'neli',
  n: '2',
  area: 'executive-function',
  component: 'attention',
  layer: 'targeted',
  phase: 'primary',
  status: 'overdue',
  id: 'r1',
  part: '0',
  query: 'q=reading&area=sensory',
};

/** What routes.ts builds for each pattern, from the values in V. */
const BUILT: Record<RouteName, string> = {
  home: PAGES.home,
  about: PAGES.about,
  methodology: PAGES.methodology,
  openData: PAGES.openData,
  search: searchPageUrl(),
  searchWithState: searchPageUrl(V.query),
  compareEntries: compareUrl(['interventions/neli', 'interventions/neli']),
  areas: PAGES.areas,
  layers: PAGES.layers,
  phases: PAGES.phases,
  reviews: PAGES.reviews,
  declined: PAGES.declined,
  findSupport: PAGES.findSupport,
  findSupportResult: findSupportUrl('attention', 'primary'),
  notFound: PAGES.notFound,
  compare: PAGES.compare,
  compareWithEntries: compareUrl(['interventions/neli']),
  plan: PAGES.plan,
  planWithEntries: planUrl(['interventions/neli']),
  glossary: PAGES.glossary,
  glossaryTerm: glossaryTermUrl(V.slug),

  kind: kindUrl('interventions'),
  entry: entryUrl('interventions', 'neli'),
  version: versionUrl('interventions', 'neli', 2),
  history: historyUrl('interventions', 'neli'),
  area: areaUrl('executive-function'),
  component: componentUrl('attention'),
  layer: layerUrl('targeted'),
  phase: phaseUrl('primary'),
  reviewStatus: reviewStatusUrl('overdue'),
  reviewKind: reviewKindUrl('interventions'),
  recommendation: recommendationUrl(entryUrl('reviews', 'neli'), 'r1'),

  dataJson: dataPaths.json('interventions'),
  dataCsv: dataPaths.csv('interventions'),
  dataSchema: dataPaths.schema('interventions'),
  dataLibrary: dataPaths.library,
  dataLibrarySchema: dataPaths.librarySchema,
  dataFindings: dataPaths.findings,
  dataFindingsCsv: dataPaths.findingsCsv,
  dataFindingsSchema: dataPaths.findingsSchema,
  feed: FILES.feed,
  sitemap: FILES.sitemap,
  sitemapPart: sitemapPartUrl(0),
  robots: FILES.robots,
  favicon: FILES.favicon,
  reviewDateScript: FILES.reviewDateScript,
  planFacts: FILES.planFacts,

  searchIndex: SEARCH_INDEX.base,
  searchScript: SEARCH_INDEX.script,
  searchEngine: SEARCH_INDEX.wasm,
  searchManifest: SEARCH_INDEX.manifest,
  searchSortTable: SEARCH_INDEX.sortTable,
  searchShard: shardPath(2),
};

describe('routes', () => {
  it.each(Object.keys(ROUTE_PATTERNS) as RouteName[])('builds %s to its permanent pattern', (name) => {
    expect(BUILT[name]).toBe(fill(ROUTE_PATTERNS[name], V));
  });

  it('has a pattern for every fixed address it holds, and nothing else', () => {
    const fixed = { ...PAGES, ...FILES, library: dataPaths.library, librarySchema: dataPaths.librarySchema, ...SEARCH_INDEX };
    const patterns = new Set<string>(Object.values(ROUTE_PATTERNS));
    for (const [name, path] of Object.entries(fixed)) expect(patterns.has(path), `${name}: ${path}`).toBe(true);
  });

  it('exports only the builders this test holds to a pattern (a new route needs a pattern here)', () => {
    expect(Object.keys(routes).sort()).toEqual([
      'DASHBOARD_SEGMENTS',
      'FILES',
      'PAGES',
      'SEARCH_INDEX',
      'SITEMAP_FILENAME_BASE',
      'areaUrl',
      'compareUrl',
      'componentAnchor',
      'componentUrl',
      'dataPaths',
      'entryUrl',
      'findSupportUrl',
      'glossaryTermUrl',
      'historyUrl',
      'kindUrl',
      'layerUrl',
      'parseEntryPath',
      'phaseUrl',
      'planUrl',
      'recommendationAnchor',
      'recommendationUrl',
      'refUrl',
      'refVersionUrl',
      'reviewKindUrl',
      'reviewStatusUrl',
      'searchPageUrl',
      'shardPath',
      'sitemapPartUrl',
      'versionUrl',
    ]);
  });

  it('keeps the primary search shard at the index base', () => {
    expect(shardPath(0)).toBe(SEARCH_INDEX.base);
    expect(shardPath(1)).toBe(fill(ROUTE_PATTERNS.searchShard, { n: '1' }));
  });

  it('treats the areas list and the review dashboard as the indexes of their kinds', () => {
    expect(PAGES.areas).toBe(kindUrl('areas-of-development'));
    expect(PAGES.reviews).toBe(kindUrl('reviews'));
    expect(areaUrl('sensory')).toBe(entryUrl('areas-of-development', 'sensory'));
  });

  it('reserves the first segment of every dashboard page under /reviews/, so no review record can take it', () => {
    const dashboard = [reviewStatusUrl('overdue'), reviewKindUrl('tools'), PAGES.declined];
    const segments = dashboard.map((path) => path.slice(PAGES.reviews.length).split('/')[0]);
    expect(new Set(segments)).toEqual(new Set(Object.values(DASHBOARD_SEGMENTS)));
    expect([...RESERVED_REVIEW_SLUGS].sort()).toEqual([...segments].sort());
  });

  it('builds addresses from references "<kind>/<slug>" as from kind and slug', () => {
    expect(refUrl('tools/wellcomm')).toBe(entryUrl('tools', 'wellcomm'));
    expect(refVersionUrl('tools/wellcomm', 3)).toBe(versionUrl('tools', 'wellcomm', 3));
  });

  it('names a recommendation by the same anchor its review page gives it', () => {
    expect(recommendationUrl('/reviews/x/', 'r2')).toBe(`/reviews/x/#${recommendationAnchor('r2')}`);
  });

  it('anchors a component on its own area page', () => {
    expect(componentUrl('working-memory')).toBe('/areas-of-development/executive-function/#working-memory');
    expect(componentUrl('working-memory')).toBe(`${areaUrl('executive-function')}#${componentAnchor('working-memory')}`);
    expect(componentUrl('speech')).toBe('/areas-of-development/speech-language-communication/#speech');
    expect(() => componentUrl('no-such-component')).toThrow(/Unknown id/);
  });

  it('reads entry and version pages back from their paths, and nothing else', () => {
    expect(parseEntryPath(entryUrl('interventions', 'neli'))).toEqual({ kind: 'interventions', slug: 'neli' });
    expect(parseEntryPath(versionUrl('interventions', 'neli', 12))).toEqual({ kind: 'interventions', slug: 'neli', version: 12 });
    expect(parseEntryPath(`${versionUrl('tools', 'a-b', 1)}#ratings`)).toEqual({ kind: 'tools', slug: 'a-b', version: 1 });
    expect(parseEntryPath(`${entryUrl('tools', 'a-b')}#ratings`)).toEqual({ kind: 'tools', slug: 'a-b' });
    for (const other of [
      historyUrl('tools', 'a'),
      kindUrl('tools'),
      layerUrl('targeted'),
      PAGES.home,
      dataPaths.json('tools'),
      '/tools/a',
      '/unknown-kind/a/',
      '/tools/A/',
      'https://example.com/tools/a/',
      '/tools/a/vx/',
    ]) {
      expect(parseEntryPath(other), other).toBeUndefined();
    }
  });

  it('writes the search page with a serialised state, and bare without one', () => {
    expect(searchPageUrl('')).toBe('/search/');
    expect(searchPageUrl('q=a+b&page=2')).toBe('/search/?q=a+b&page=2');
  });

  it('turns every file pattern into a regular expression that matches its own examples', () => {
    for (const [name, pattern] of Object.entries(ROUTE_PATTERNS)) {
      const re = patternRegExp(pattern);
      if (!re) continue;
      expect(re.test(BUILT[name as RouteName]), name).toBe(true);
    }
    expect(patternRegExp(ROUTE_PATTERNS.entry)!.test('/nonsense/neli/')).toBe(false);
  });
});
