/** The search index the build feeds page by page: it keeps only marked pages and throws instead of shipping a broken index. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchIndexError, SearchIndexer, fragmentUrls } from '../../src/search/indexer.ts';
import { shardOf } from '../../src/search/shards.ts';
import { expectedIndexedPages } from '../../src/search/shards.ts';

const html = (body: string, indexed: boolean) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main${indexed ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

const pageCount = (dir: string, shard = 'pagefind') =>
  JSON.parse(readFileSync(join(dir, shard, 'pagefind-entry.json'), 'utf8')).languages.en.page_count as number;

describe('SearchIndexer', () => {
  it('indexes only pages marked data-pagefind-body, with their sort values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nis-pf-'));
    const indexer = new SearchIndexer(1);
    await indexer.start();
    indexer.add(
      '/a/',
      html('<h1>Indexed</h1><p>Working memory games.</p><span data-pagefind-sort="title">Memory &amp; games</span>', true),
    );
    indexer.add('/b/', html('<h1>Browse list</h1>', false));
    expect(await indexer.finish(dir)).toEqual({ pages: 1, shards: 1 });
    expect(pageCount(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['pagefind']);
    const table = JSON.parse(readFileSync(join(dir, 'pagefind/nis-sort.json'), 'utf8')) as Record<string, number[]>;
    expect(Object.values(table)).toEqual([[-1, -1, -1, 0]]);
  });

  it("writes the whole index's facet counts into the manifest, so that an empty search needs no filter data", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nis-pf-'));
    const indexer = new SearchIndexer(2);
    await indexer.start();
    const filters = (values: [string, string][]) => values.map(([f, v]) => `<span data-pagefind-filter="${f}">${v}</span>`).join('');
    indexer.add(
      '/a/',
      html(
        `<h1>A</h1>${filters([
          ['phase', 'primary'],
          ['phase', 'secondary'],
          ['kind', 'tools'],
        ])}`,
        true,
      ),
    );
    indexer.add(
      '/b/',
      html(
        `<h1>B</h1>${filters([
          ['phase', 'primary'],
          ['kind', 'interventions'],
        ])}`,
        true,
      ),
    );
    indexer.add('/c/', html(`<h1>C</h1>${filters([['phase', 'primary']])}`, false));
    await indexer.finish(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'pagefind/nis-search.json'), 'utf8')) as { counts: unknown };
    expect(manifest.counts).toEqual({ phase: { primary: 2, secondary: 1 }, kind: { tools: 1, interventions: 1 } });
  });

  it('spreads pages over shards and drops a shard that received none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nis-pf-'));
    // Sixteen shards for three pages: at most three receive one.
    const indexer = new SearchIndexer(16);
    await indexer.start();
    // Added out of shard order: three, one and two hash to shards 8, 4 and 6 of 16, so the index must
    // really be split, twelve shards dropped, and each page found in its own shard, not in the order added.
    const urls = ['three', 'one', 'two'].map((slug) => `/interventions/${slug}/`);
    expect(urls.map((url) => shardOf(url, 16))).toEqual([8, 4, 6]);
    for (const url of urls) indexer.add(url, html(`<h1>${url}</h1><p>Text about ${url}.</p>`, true));
    const { pages, shards } = await indexer.finish(dir);
    expect(pages).toBe(3);
    expect(shards).toBe(3);
    const manifest = JSON.parse(readFileSync(join(dir, 'pagefind/nis-search.json'), 'utf8')) as { shards: string[] };
    expect(manifest.shards).toHaveLength(shards);
    expect(manifest.shards[0]).toBe('/pagefind/');
    expect(manifest.shards).toEqual(['/pagefind/', '/pagefind/shard-1/', '/pagefind/shard-2/']);
    const total = manifest.shards.reduce((n, shard) => n + pageCount(dir, shard), 0);
    expect(total).toBe(3);
    // The used shards keep their order (4, 6, 8), each holding the page hashed to it.
    expect(manifest.shards.map((shard) => [...fragmentUrls(join(dir, shard)).values()])).toEqual([
      ['/interventions/one/'],
      ['/interventions/two/'],
      ['/interventions/three/'],
    ]);
    // Only the primary ships Pagefind's engine; the others are data it merges.
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(readdirSync(join(dir, 'pagefind/shard-1'))).not.toContain('pagefind.js');
  });

  it('fails when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nis-pf-'));
    const indexer = new SearchIndexer(1);
    await indexer.start();
    indexer.add('/b/', html('<h1>Browse list</h1>', false));
    await expect(indexer.finish(dir)).rejects.toThrow(SearchIndexError);
  });

  it('refuses a page before it has started', () => {
    expect(() => new SearchIndexer(1).add('/a/', html('<p>x</p>', true))).toThrow(SearchIndexError);
  });
});

describe('expectedIndexedPages', () => {
  it('counts one page per entry: stable entry pages only', () => {
    expect(
      expectedIndexedPages([
        '/interventions/a/',
        '/interventions/a/v1/',
        '/interventions/a/history/',
        '/tools/b',
        '/areas-of-development/sensory/',
        '/interventions/',
        '/layers/targeted/',
        '/search/',
        '/',
        '/reviews/2026-panel/',
        '/reviews/declined/',
      ]),
    ).toBe(3);
  });
});
