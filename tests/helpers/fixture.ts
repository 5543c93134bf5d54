/** Where the shared fixture build lives, and helpers to read its pages. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_CONTENT = resolve('tests/fixtures/site/content');
export const FIXTURE_DIST = resolve('.cache/fixture-dist');
/** The "as of" date the fixture is built with, so review statuses are stable. */
export const FIXTURE_AS_OF = '2026-11-22';

/** The HTML of a built page by its URL path, e.g. "/interventions/fixture-language-groups/". */
export function page(path: string): string {
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  return readFileSync(join(FIXTURE_DIST, file), 'utf8');
}

/** Text content of HTML with tags removed and whitespace folded, for simple assertions. */
export function textOf(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
