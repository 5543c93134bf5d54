// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentGate } from './src/integrations/content-gate.ts';
import { govukClasses } from './src/markdown/govuk-classes.ts';

export default defineConfig({
  site: process.env.NIS_SITE_URL ?? 'https://inclusion-standards.example.gov.uk',
  outDir: process.env.NIS_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: satteri({ hastPlugins: [govukClasses] }) },
  integrations: [contentGate(), mdx()],
  vite: {
    // Lightning CSS rejects an old IE hack inside GOV.UK Frontend's service navigation; esbuild keeps it.
    build: { cssMinify: 'esbuild' },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'], quietDeps: true } } },
  },
});
