/**
 * The sitemap, written by Astro's @astrojs/sitemap (sitemap-index.xml, pointing at sitemap-0.xml)
 * from every page Astro built, so the quality gates that read it cover new routes without being
 * told. Before it runs, two things are read from the built site that it cannot know:
 * - the pages that ask not to be indexed (their robots meta tag: the 404 page, the pointers at
 *   current versions' /v<n>/), which it leaves out;
 * - when each entry's page last changed, from the open data (/data/library.json), given as lastmod.
 */
import type { AstroIntegration } from 'astro';
import astroSitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asksNotToBeIndexed, builtPages } from '../built-site/pages.ts';
import { SITEMAP_FILENAME_BASE, dataPaths } from '../domain/routes.ts';
import { lastModified, type DatedRecord } from '../domain/sitemap.ts';

/** Site paths ("/about/") of the built pages under `root` that ask not to be indexed. */
function noindexPaths(root: string): Set<string> {
  return new Set(
    builtPages(root)
      .filter((p) => asksNotToBeIndexed(p.file))
      .map((p) => p.path),
  );
}

function lastModifiedPages(root: string): Map<string, string> {
  const library = JSON.parse(readFileSync(join(root, dataPaths.library), 'utf8')) as { records: DatedRecord[] };
  return lastModified(library.records);
}

export function sitemap(): AstroIntegration {
  let noindex = new Set<string>();
  let lastmod = new Map<string, string>();
  const library = astroSitemap({
    filenameBase: SITEMAP_FILENAME_BASE,
    // Plain page lists: no news, image, video or alternate-language entries to declare.
    namespaces: { news: false, xhtml: false, image: false, video: false },
    filter: (url) => !noindex.has(new URL(url).pathname),
    serialize: (item) => ({ ...item, lastmod: lastmod.get(item.url) }),
  });
  const { 'astro:config:done': configDone, 'astro:build:done': buildDone } = library.hooks;
  return {
    name: 'nis:sitemap',
    hooks: {
      ...library.hooks,
      'astro:config:done': (options) => {
        // The library only warns and writes nothing without `site`; a site without its sitemap is a broken build.
        if (!options.config.site) throw new Error('nis:sitemap needs `site` in astro.config.mjs for absolute URLs');
        return configDone!(options);
      },
      'astro:build:done': async (options) => {
        const root = fileURLToPath(options.dir);
        noindex = noindexPaths(root);
        lastmod = lastModifiedPages(root);
        await buildDone!(options);
      },
    },
  };
}
