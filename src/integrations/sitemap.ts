/**
 * Writes /sitemap.xml after the build from the HTML files actually written, so every page is
 * listed whoever added its route (search, history, review pages...), and the quality gates that
 * read the sitemap (axe, html-validate, links) cover new pages without being told. The 404 page is
 * left out: it is not a page to index.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Site paths of every built HTML page under `root`, sorted, "/about/" for about/index.html. */
export function builtPagePaths(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => '/' + relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((path) => path !== '/404.html' && !path.startsWith('/pagefind/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
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
