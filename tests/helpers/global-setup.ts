/**
 * Build the fixture site once before the build and browser tests. Set NIS_SKIP_FIXTURE_BUILD=1 to
 * reuse the last build while iterating on tests.
 *
 * The fixture's search index is split into shards of 8 pages (the real default is a few hundred), so
 * the tests exercise the merged, multi-shard search that a large library uses.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT, FIXTURE_DIST } from './fixture.ts';

export const FIXTURE_SHARD_SIZE = 8;

export default function setup() {
  if (process.env.NIS_SKIP_FIXTURE_BUILD === '1' && existsSync(join(FIXTURE_DIST, 'index.html'))) return;
  rmSync(FIXTURE_DIST, { recursive: true, force: true });
  const result = buildSite(FIXTURE_CONTENT, FIXTURE_DIST, { NIS_AS_OF: FIXTURE_AS_OF, NIS_SEARCH_SHARD_SIZE: String(FIXTURE_SHARD_SIZE) });
  if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.output.slice(-4000)}`);
}
