/**
 * How the search index is split and how results are ordered across the parts. Pure: the indexer
 * (indexer.ts) uses it at build time, the search page in the browser.
 *
 * Why split: Pagefind's ranking loop visits every matching word of every matching page for each
 * result, so a query's cost grows with the square of the pages it matches. A broad query on a large
 * library ("language" on a third of 5,000 pages) took 180 ms in one index. Split into shards of a
 * thousand pages or so, each shard does a fraction of that work; the page merges them (Pagefind's
 * `mergeIndex`). Facet counts add up exactly across shards; relevance scores are comparable because
 * pages are spread evenly by a hash of their URL.
 *
 * Why sort here: Pagefind sorts each shard on its own and merges shards by score, which interleaves
 * them wrongly. So the build writes one small table of sort ranks per page and the page sorts the
 * merged results itself, exactly, with relevance breaking ties.
 */
import { SORTS, type SortId, type SortKey } from './index-records.ts';
import { parseEntryPath } from '../domain/routes.ts';

/**
 * Pages per shard: small enough for broad queries to stay fast, large enough not to multiply the
 * requests a search makes (each shard has its own metadata, filter and word files).
 */
export const PAGES_PER_SHARD = 1000;
/** Each shard costs the browser a few requests when search starts; beyond this, shards grow instead. */
export const MAX_SHARDS = 16;

export interface SearchManifest {
  /** Base paths of the shards, the primary (whose engine the others use) first. */
  shards: string[];
  /** Path of the sort table (`SortTable`). */
  sortTable: string;
  /**
   * Pages per facet value over the whole index. The search page shows them before any search, so a
   * page opened without a query loads no filter data (the size of this list does not grow with N).
   */
  counts: FacetCounts;
}

/** Facet id -> value id -> number of pages. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Sort keys in the order their ranks are stored in the table. */
export const SORT_KEYS = ['strength', 'impact', 'cost', 'title'] as const satisfies readonly SortKey[];

/** Pagefind result id -> rank of the page on each sort key (SORT_KEYS order); higher sorts first for "desc". */
export type SortTable = Record<string, number[]>;

export function shardCount(pages: number, perShard = PAGES_PER_SHARD): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(pages / perShard)));
}

/** The shard a page belongs to: FNV-1a of its URL, so a page stays in its shard from build to build. */
export function shardOf(url: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/**
 * Ranks for every page from the sort values its HTML carries (`data-pagefind-sort`): numeric keys
 * keep their value, titles become their position in A-to-Z order.
 */
export function buildSortTable(pages: readonly { id: string; sort: Partial<Record<SortKey, string>> }[]): SortTable {
  const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
  const titles = [...new Set(pages.map((p) => p.sort.title ?? ''))].sort(collator.compare);
  const titleRank = new Map(titles.map((t, i) => [t, i]));
  const table: SortTable = {};
  for (const page of pages) {
    table[page.id] = SORT_KEYS.map((key) => (key === 'title' ? titleRank.get(page.sort.title ?? '')! : Number(page.sort[key] ?? -1)));
  }
  return table;
}

/**
 * Results in the reader's chosen order. `results` arrive in relevance order (merged by Pagefind);
 * the sort is stable, so relevance orders pages that tie. Pages missing from the table (none should
 * be) go last rather than vanish.
 */
export function sortResults<R extends { id: string }>(results: readonly R[], sort: SortId, table: SortTable): R[] {
  const chosen = SORTS.find((s) => s.id === sort);
  if (!chosen?.key) return [...results];
  const column = SORT_KEYS.indexOf(chosen.key);
  const sign = chosen.direction === 'asc' ? 1 : -1;
  const rank = (r: R) => table[r.id]?.[column];
  return [...results].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra === undefined || rb === undefined) return (ra === undefined ? 1 : 0) - (rb === undefined ? 1 : 0);
    return sign * (ra - rb);
  });
}

/** Whether a path is an entry's stable page, /<kind>/<slug>/: one indexed page per entry (review records are not searched). */
function isIndexedEntryPage(path: string): boolean {
  // Astro may list a path without its trailing slash.
  const entry = parseEntryPath(path.endsWith('/') ? path : `${path}/`);
  return entry !== undefined && entry.version === undefined && entry.kind !== 'reviews';
}

/**
 * How many pages the index will hold, from the paths Astro is about to render: the shard count
 * has to be settled before the first page arrives. Browse pages (layers, phases) are a handful
 * and are left out of the estimate; it only sizes the shards.
 */
export const expectedIndexedPages = (pathnames: readonly string[]) => pathnames.filter(isIndexedEntryPage).length;
