/**
 * Indexes the site for search with Pagefind's Node API, as part of the build.
 *
 * Astro hands each rendered page to a prerenderer; this integration wraps Astro's own (the public
 * `setPrerenderer` hook) so that every page also goes to the search index as it is rendered.
 * Pagefind runs in its own process, so it parses pages on the second core while Astro renders the
 * rest, and no page is read back from disk; only writing the index is left for the end of the
 * build (measurements in docs/decisions/0003-build-time.md). Astro writes the pages exactly as
 * before. Any Pagefind error fails the build.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { PAGES_PER_SHARD, expectedIndexedPages, shardCount } from '../search/shards.ts';
import { SearchIndexError, SearchIndexer } from '../search/indexer.ts';

const utf8 = new TextDecoder();

/** What the wrapped prerenderer reports: the paths about to be rendered, then each rendered HTML page. */
interface PageListener {
  start(pathnames: string[]): Promise<void>;
  page(url: string, html: string): void;
}

/** Astro's prerenderer, with every rendered HTML page also handed to `listener`. */
function observedPrerenderer(base: AstroPrerenderer, listener: PageListener): AstroPrerenderer {
  return {
    ...base,
    name: 'nis:pagefind',
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      await listener.start(paths.map((p) => p.pathname));
      return paths;
    },
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return result;
      const bytes = await response.arrayBuffer();
      listener.page(new URL(request.url).pathname, utf8.decode(bytes));
      // The body has been read: Astro gets the same bytes, status and headers in a new response.
      const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}

export function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  let started = 0;
  return {
    name: 'nis:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Pages restored from Astro's incremental cache are not rendered, so they would be missing from the index.
        if (config.experimental.incrementalBuild) {
          throw new SearchIndexError('the search index is built from rendered pages: turn off experimental.incrementalBuild');
        }
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Tests set a small shard size so that a small fixture exercises the multi-shard path.
        const perShard = Number(process.env.NIS_SEARCH_SHARD_SIZE) || PAGES_PER_SHARD;
        setPrerenderer((base) =>
          observedPrerenderer(base, {
            async start(pathnames) {
              started = performance.now();
              indexer = new SearchIndexer(shardCount(expectedIndexedPages(pathnames), perShard));
              await indexer.start();
            },
            page: (url, html) => indexer!.add(url, html),
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) throw new SearchIndexError('no page was rendered, so there is nothing to index');
        const { pages, shards } = await indexer.finish(fileURLToPath(dir));
        logger.info(
          `Indexed ${pages} pages for search in ${shards} shard(s), ${Math.round(performance.now() - started)} ms from the first page`,
        );
      },
    },
  };
}
