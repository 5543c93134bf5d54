/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page.
 *
 * Which pages are indexed is decided by the pages themselves: Base.astro marks <main> with
 * data-pagefind-body on the current version of each entry and on layer and phase pages. Only those
 * files are handed to Pagefind, so old versions, history and browse lists are never even parsed.
 *
 * Large libraries are split into shards (see src/domain/search-shards.ts for why); the build writes
 * the shard list and a table of sort ranks to SEARCH_MANIFEST_PATH for the search page. Any error
 * Pagefind reports fails the build: a site whose search silently lost pages is worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { builtPages, decodeEntities } from './built-pages.ts';
import {
  PAGES_PER_SHARD, SEARCH_MANIFEST_PATH, buildSortTable, shardCount, shardOf, shardPath,
  type SearchManifest,
} from '../domain/search-shards.ts';
import type { SortKey } from '../domain/search-facets.ts';

export class SearchIndexError extends Error {}

function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

const INDEXED = /<main\b[^>]*\sdata-pagefind-body[\s>=]/;
const SORT_VALUE = /<span data-pagefind-sort="([^"]+)">([^<]*)<\/span>/g;

/** A page to index; Pagefind reads its file itself, so a large site is never all in memory. */
interface IndexedPage { url: string; file: string; sort: Partial<Record<SortKey, string>> }

/** Where a shard's pages are gathered for Pagefind; inside the site so links work, removed after. */
const STAGING = '.pagefind-staging';

/**
 * Gathers a shard's pages under `dir` at their site paths, as hard links (a copy where links are
 * not allowed), so that Pagefind can read them with addDirectory and give them the same URLs.
 * addDirectory parses files in Pagefind's own process; handing it each page with addHTMLFile
 * instead costs a round trip per page and took twice as long (2.2 s against 0.9 s for 1,000 pages).
 */
function stage(dir: string, siteDir: string, pages: readonly IndexedPage[]): void {
  for (const page of pages) {
    const target = join(dir, relative(siteDir, page.file));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(page.file, target);
    } catch {
      copyFileSync(page.file, target);
    }
  }
}

/** Every page marked for indexing, with its URL as the site serves it (/x/ for x/index.html). */
export function pagesToIndex(siteDir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const { file, path } of builtPages(siteDir)) {
    const html = readFileSync(file, 'utf8');
    if (!INDEXED.test(html)) continue;
    const sort: IndexedPage['sort'] = {};
    for (const m of html.matchAll(SORT_VALUE)) sort[m[1] as SortKey] = decodeEntities(m[2]!);
    pages.push({ url: path, file, sort });
  }
  return pages;
}

/** Page id (the name of its fragment file, which is what a search result's `id` is) -> URL. */
function fragmentUrls(bundleDir: string): Map<string, string> {
  const urls = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    // Pagefind prefixes its compressed files with a signature before the JSON.
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    urls.set(name.replace(/\.pf_fragment$/, ''), url);
  }
  return urls;
}

/** Shards after the first need only their index data: the primary's engine searches them. */
function keepIndexDataOnly(bundleDir: string): void {
  for (const name of readdirSync(bundleDir)) {
    const data = name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);
    if (!data) rmSync(join(bundleDir, name), { recursive: true, force: true });
  }
}

export interface IndexReport { pages: number; shards: number }

/** Index `siteDir` into `siteDir/pagefind` (and shard folders beside it when the library is large). */
export async function indexSite(siteDir: string, perShard = PAGES_PER_SHARD): Promise<IndexReport> {
  const pages = pagesToIndex(siteDir);
  if (pages.length === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${siteDir}`);
  const shards = shardCount(pages.length, perShard);
  const groups: IndexedPage[][] = Array.from({ length: shards }, () => []);
  for (const page of pages) groups[shardOf(page.url, shards)]!.push(page);

  const idsByUrl = new Map<string, string>();
  const staging = join(siteDir, STAGING);
  try {
    for (const [i, group] of groups.entries()) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      fail('start', errors);
      if (!index) throw new SearchIndexError('Pagefind could not start: no index was created');
      const shardDir = join(staging, `shard-${i}`);
      stage(shardDir, siteDir, group);
      const added = await index.addDirectory({ path: shardDir });
      fail(`index shard ${i}`, added.errors);
      if (added.page_count !== group.length) fail(`index shard ${i}`, [`it indexed ${added.page_count} of ${group.length} pages`]);
      const outDir = join(siteDir, shardPath(i));
      const written = await index.writeFiles({ outputPath: outDir });
      fail('write the index', written.errors);
      await index.deleteIndex();
      for (const [id, url] of fragmentUrls(outDir)) idsByUrl.set(url, id);
      if (i > 0) keepIndexDataOnly(outDir);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    await pagefind.close();
  }

  const missing = pages.filter((p) => !idsByUrl.has(p.url)).map((p) => p.url);
  fail('find the index entry of every page', missing.map((url) => `${url} has no fragment`));
  const sortTable = buildSortTable(pages.map((p) => ({ id: idsByUrl.get(p.url)!, sort: p.sort })));
  const manifest: SearchManifest = {
    shards: groups.map((_, i) => shardPath(i)),
    sortTable: '/pagefind/nis-sort.json',
  };
  writeFileSync(join(siteDir, manifest.sortTable), JSON.stringify(sortTable));
  writeFileSync(join(siteDir, SEARCH_MANIFEST_PATH), JSON.stringify(manifest));
  return { pages: pages.length, shards };
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'nis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Tests set a small shard size so that a small fixture exercises the multi-shard path.
        const perShard = Number(process.env.NIS_SEARCH_SHARD_SIZE) || PAGES_PER_SHARD;
        const { pages, shards } = await indexSite(fileURLToPath(dir), perShard);
        logger.info(`Indexed ${pages} pages for search in ${shards} shard(s) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
