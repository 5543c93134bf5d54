/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page. Which pages are
 * indexed is decided by the pages themselves: Base.astro marks <main> with data-pagefind-body on the
 * current version of each entry and on layer and phase pages, and Pagefind then skips every page
 * without it (old versions, history, browse lists). Any error Pagefind reports fails the build: a site
 * whose search silently lost pages is worse than no build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {}

function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** Index `siteDir` into `siteDir/pagefind`; returns the number of pages indexed. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    fail('start', errors);
    if (!index) throw new SearchIndexError('Pagefind could not start: no index was created');
    const added = await index.addDirectory({ path: siteDir });
    fail(`index ${siteDir}`, added.errors);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    fail('write the index', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'nis:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
