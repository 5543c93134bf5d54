/**
 * Writes /sitemap.xml after the build from the HTML files actually written, so every page is
 * listed whoever added its route (search, history, review pages...), and the quality gates that
 * read the sitemap (axe, html-validate, links) cover new pages without being told. The 404 page is
 * left out: it is not a page to index.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-pages.ts';
import { fileURLToPath } from 'node:url';

/** Site paths of every built HTML page under `root`, sorted, "/about/" for about/index.html; not the 404 page. */
export function builtPagePaths(root: string): string[] {
  return builtPages(root).map((p) => p.path).filter((path) => path !== '/404.html');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
        const paths = builtPagePaths(root);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(paths, site));
        logger.info(`sitemap.xml lists ${paths.length} pages`);
      },
    },
  };
}
