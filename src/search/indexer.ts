/**
 * Builds the search index from pages as they are rendered, so that Pagefind (its own process, on
 * another core) parses them while Astro is still rendering the rest.
 *
 * Which pages are indexed is decided by the pages themselves: Base.astro marks <main> with
 * data-pagefind-body on the current version of each entry and on layer and phase pages. Other
 * pages are never handed to Pagefind, so old versions, history and browse lists are not parsed.
 *
 * Large libraries are split into shards (see shards.ts for why); `finish` writes the shard list and
 * a table of sort ranks to SEARCH_INDEX.manifest for the search page. Any error Pagefind reports
 * fails the build: a site whose search silently lost pages is worse than no build.
 * src/integrations/pagefind.ts is the Astro integration that feeds it.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { decodeEntities } from '../built-site/pages.ts';
import { buildSortTable, shardOf, type FacetCounts, type SearchManifest } from './shards.ts';
import { SEARCH_INDEX, shardPath } from '../domain/routes.ts';
import type { SortKey } from './index-records.ts';
import { shortenEngineWait } from './engine-script.ts';

export class SearchIndexError extends Error {}

function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

const INDEXED = /<main\b[^>]*\sdata-pagefind-body[\s>=]/;
const SORT_VALUE = /<span data-pagefind-sort="([^"]+)">([^<]*)<\/span>/g;
const FILTER_VALUE = /<span data-pagefind-filter="([^"]+)">([^<]*)<\/span>/g;

/** Whether a rendered page asks to be in the search index. */
const isIndexed = (html: string) => INDEXED.test(html);

/** Page id (the name of its fragment file, which is what a search result's `id` is) -> URL. */
export function fragmentUrls(bundleDir: string): Map<string, string> {
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

/** Applies src/search/engine-script.ts to the script Pagefind wrote; a change that no longer applies fails the build. */
function patchEngineScript(file: string): void {
  const result = shortenEngineWait(readFileSync(file, 'utf8'));
  if ('problem' in result) throw new SearchIndexError(`${file}: ${result.problem}`);
  writeFileSync(file, result.script);
}

/** Shards after the first need only their index data: the primary's engine searches them. */
function keepIndexDataOnly(bundleDir: string): void {
  for (const name of readdirSync(bundleDir)) {
    const data = name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);
    if (!data) rmSync(join(bundleDir, name), { recursive: true, force: true });
  }
}

export interface IndexReport {
  pages: number;
  shards: number;
}

interface AddedPage {
  url: string;
  sort: Partial<Record<SortKey, string>>;
}

/**
 * One search index, in `shards` parts. Use: `start`, then `add` every rendered page (pages not
 * marked for indexing are skipped), then `finish` once the site is written.
 */
export class SearchIndexer {
  #indexes: pagefind.PagefindIndex[] = [];
  readonly #pages: AddedPage[] = [];
  readonly #pagesPerShard: number[];
  /** Pagefind parses pages while rendering goes on; `finish` waits for every answer. */
  readonly #pending: Promise<string[]>[] = [];
  /** Pages per facet value over the whole index: the counts the search page shows before any search. */
  readonly #counts: FacetCounts = {};

  constructor(shards: number) {
    this.#pagesPerShard = new Array<number>(shards).fill(0);
  }

  async start(): Promise<void> {
    for (let i = 0; i < this.#pagesPerShard.length; i++) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      fail('start', errors);
      if (!index) throw new SearchIndexError('Pagefind could not start: no index was created');
      this.#indexes.push(index);
    }
  }

  /** Hands a rendered page to Pagefind if it is marked for indexing; does not wait for Pagefind. */
  add(url: string, html: string): void {
    if (!isIndexed(html)) return;
    if (this.#indexes.length === 0) throw new SearchIndexError('the search index was given a page before it started');
    const sort: AddedPage['sort'] = {};
    for (const m of html.matchAll(SORT_VALUE)) sort[m[1] as SortKey] = decodeEntities(m[2]!);
    this.#pages.push({ url, sort });
    for (const m of html.matchAll(FILTER_VALUE)) {
      const facet = (this.#counts[m[1]!] ??= {});
      const value = decodeEntities(m[2]!);
      facet[value] = (facet[value] ?? 0) + 1;
    }
    const shard = shardOf(url, this.#pagesPerShard.length);
    this.#pagesPerShard[shard]!++;
    const added = this.#indexes[shard]!.addHTMLFile({ url, content: html });
    this.#pending.push(added.then((r) => r.errors.map((e) => `${url}: ${e}`)));
  }

  /** Waits for Pagefind, writes every shard under `siteDir`, then the shard list and sort table. */
  async finish(siteDir: string): Promise<IndexReport> {
    try {
      const errors = (await Promise.all(this.#pending)).flat();
      fail('index every page', errors);
      if (this.#pages.length === 0) throw new SearchIndexError(`Pagefind was given no pages to index for ${siteDir}`);

      // The shard count is settled before rendering, from an estimate; a shard left empty is dropped.
      const used = this.#indexes.filter((_, i) => this.#pagesPerShard[i]! > 0);
      const idsByUrl = new Map<string, string>();
      for (const [i, index] of used.entries()) {
        const outDir = join(siteDir, shardPath(i));
        const written = await index.writeFiles({ outputPath: outDir });
        fail('write the index', written.errors);
        await index.deleteIndex();
        for (const [id, url] of fragmentUrls(outDir)) idsByUrl.set(url, id);
        if (i > 0) keepIndexDataOnly(outDir);
        else patchEngineScript(join(siteDir, SEARCH_INDEX.script));
      }

      const missing = this.#pages.filter((p) => !idsByUrl.has(p.url)).map((p) => p.url);
      fail(
        'find the index entry of every page',
        missing.map((url) => `${url} has no fragment`),
      );
      const sortTable = buildSortTable(this.#pages.map((p) => ({ id: idsByUrl.get(p.url)!, sort: p.sort })));
      const manifest: SearchManifest = {
        shards: used.map((_, i) => shardPath(i)),
        sortTable: SEARCH_INDEX.sortTable,
        counts: this.#counts,
      };
      writeFileSync(join(siteDir, manifest.sortTable), JSON.stringify(sortTable));
      writeFileSync(join(siteDir, SEARCH_INDEX.manifest), JSON.stringify(manifest));
      return { pages: this.#pages.length, shards: used.length };
    } finally {
      await this.close();
    }
  }

  /** Stops Pagefind's process; safe to call more than once. */
  async close(): Promise<void> {
    this.#indexes = [];
    await pagefind.close();
  }
}
