/**
 * Where things live, and which content a page shows: content/ unless NIS_CONTENT_DIR says otherwise
 * (fixtures, benchmarks), and where a build writes and keeps its cache.
 */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.NIS_CONTENT_DIR ?? 'content');
}

/** Where builds write: dist/ unless NIS_OUT_DIR says otherwise (test and benchmark builds). astro.config.mjs and scripts/preview.ts both ask here. */
export const outDirSetting = () => process.env.NIS_OUT_DIR ?? './dist';
/** Astro's cache: its own default unless NIS_CACHE_DIR gives a build one of its own (test and benchmark builds). */
export const cacheDirSetting = () => process.env.NIS_CACHE_DIR ?? './node_modules/.astro';

/** True on the dev server (`npm run dev`): the constant src/integrations/dev-server-flag.ts defines. */
export function devServer(): boolean {
  return typeof __NIS_DEV_SERVER__ !== 'undefined' && __NIS_DEV_SERVER__;
}

/**
 * True when drafts are shown, marked as drafts: always on the dev server, where editors preview
 * their work; in a build only with NIS_PREVIEW=1 (a local preview build, never production).
 */
export function previewDrafts(): boolean {
  return devServer() || process.env.NIS_PREVIEW === '1';
}
