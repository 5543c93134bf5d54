// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { buildFinished, buildStarted } from './src/integrations/build-status.ts';
import { cacheDirSetting, outDirSetting } from './src/lib/paths.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { devServerFlag } from './src/integrations/dev-server-flag.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { quietBuild } from './src/integrations/quiet-build.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { govukClasses } from './src/markdown/govuk-classes.ts';
import { componentHeadingIds } from './src/markdown/component-heading-ids.ts';
import { glossaryTerms } from './src/markdown/glossary-terms.ts';
import { readGlossary } from './src/content-check/glossary-file.ts';
import { contentDir } from './src/lib/paths.ts';

export default defineConfig({
  site: process.env.NIS_SITE_URL ?? 'https://inclusion-standards.example.gov.uk',
  outDir: outDirSetting(),
  // The benchmark builds scratch corpora; a cache of its own keeps them out of the repository's content cache.
  cacheDir: cacheDirSetting(),
  trailingSlash: 'always',
  // The dev server is the editors' preview: Astro's developer toolbar would only get in their way
  // (and its inline script and styles are what the page's Content-Security-Policy forbids).
  devToolbar: { enabled: false },
  // concurrency: pages are rendered a few at a time so that one page's file write overlaps the next
  // page's rendering (measured: generating 3,050 pages went from 13.8 s to 11.5 s on two cores).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // glossaryTerms: the first use of each term in content/glossary.yaml on a page explains itself.
  markdown: { processor: satteri({ hastPlugins: [govukClasses, componentHeadingIds, glossaryTerms(readGlossary(contentDir()))] }) },
  // precompress after the search index and the sitemap: its astro:build:done compresses what they wrote.
  // buildStarted first and buildFinished last: a build that fails anywhere leaves no "finished" stamp.
  integrations: [
    buildStarted(),
    devServerFlag(),
    quietBuild(),
    contentGate(),
    mdx(),
    pagefindIndex(),
    sitemap(),
    precompress(),
    buildFinished(),
  ],
  vite: {
    // cssMinify: Lightning CSS rejects an old IE hack inside GOV.UK Frontend's service navigation; esbuild keeps it.
    // assetsInlineLimit 0: Astro would inline small processed scripts (and Vite small assets) into the
    // HTML, which the CSP (script-src 'self', no 'unsafe-inline') would block.
    build: {
      cssMinify: 'esbuild',
      assetsInlineLimit: 0,
    },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'], quietDeps: true } } },
  },
});
