/** Where the shared fixture build lives, and helpers to read its pages. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_CONTENT = resolve('tests/fixtures/site/content');
/** NIS_FIXTURE_DIST points the tests at another build (with NIS_SKIP_FIXTURE_BUILD=1), so parallel work cannot wipe it mid-run. */
export const FIXTURE_DIST = resolve(process.env.NIS_FIXTURE_DIST ?? '.cache/fixture-dist');
/** The "as of" date the fixture is built with, so review statuses are stable. */
export const FIXTURE_AS_OF = '2026-11-22';

/** The HTML of a built page by its URL path, e.g. "/interventions/fixture-language-groups/". */
export function page(path: string): string {
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  return readFileSync(join(FIXTURE_DIST, file), 'utf8');
}

/** Text content of HTML with tags removed and whitespace folded, for simple assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
