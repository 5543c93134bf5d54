/** Where the content lives, and which of it a page shows: content/ unless NIS_CONTENT_DIR says otherwise (fixtures, benchmarks). */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.NIS_CONTENT_DIR ?? 'content');
}

/**
 * True on the dev server (`npm run dev`): Vite sets import.meta.env.DEV there; in a build it is
 * false, and in Node scripts import.meta.env does not exist.
 */
export function devServer(): boolean {
  return import.meta.env?.DEV === true;
}

/**
 * True when drafts are shown, marked as drafts: always on the dev server, where editors preview
 * their work; in a build only with NIS_PREVIEW=1 (a local preview build, never production).
 */
export function previewDrafts(): boolean {
  return devServer() || process.env.NIS_PREVIEW === '1';
}
