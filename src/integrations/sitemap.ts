/**
 * Writes /sitemap.xml after the build from the HTML files actually written, so every page is
 * listed whoever added its route (search, history, review pages...), and the quality gates that
 * read the sitemap (axe, html-validate, links) cover new pages without being told. Pages that ask
 * not to be indexed are left out: the 404 page, and the pointers at current versions' /v<n>/.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asksNotToBeIndexed, builtPages } from './built-pages.ts';
import { fileURLToPath } from 'node:url';
import { escapeXml } from '../domain/xml.ts';

/** Site paths of the built HTML pages under `root` that a sitemap lists, sorted, "/about/" for about/index.html. */
export function listedPagePaths(root: string): string[] {
  return builtPages(root).filter((p) => !asksNotToBeIndexed(p.file)).map((p) => p.path);
}

export function sitemapXml(paths: readonly string[], site: string): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'nis:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('nis:sitemap needs `site` in astro.config.mjs for absolute URLs');
        const root = fileURLToPath(dir);
        const paths = listedPagePaths(root);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(paths, site));
        logger.info(`sitemap.xml lists ${paths.length} pages`);
      },
    },
  };
}
