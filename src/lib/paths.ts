/** Where the content lives: content/ unless NIS_CONTENT_DIR says otherwise (fixtures, benchmarks). */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.NIS_CONTENT_DIR ?? 'content');
}

/** True when drafts should be built too (a local preview, never production). */
export function previewDrafts(): boolean {
  return process.env.NIS_PREVIEW === '1';
}
