/**
 * Build the fixture site and the bundled library once before the build and browser tests. Set
 * NIS_SKIP_FIXTURE_BUILD=1 to reuse the last builds while iterating on tests.
 *
 * The fixture's search index is split into shards of 8 pages (the real default is a few hundred), so
 * the tests exercise the merged, multi-shard search that a large library uses. The library is
 * built as a deploy builds it: as of today (or NIS_AS_OF), with the default shard size; the
 * quality gates run over it (tests/helpers/gated-builds.ts).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOutputFile, buildSite } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT, FIXTURE_DIST } from './fixture.ts';
import { LIBRARY_CONTENT, LIBRARY_DIST } from './gated-builds.ts';
import { clearAstroProjectLock } from './astro-project-lock.ts';

export const FIXTURE_SHARD_SIZE = 8;

function build(name: string, content: string, dist: string, env: Record<string, string>) {
  if (process.env.NIS_SKIP_FIXTURE_BUILD === '1' && existsSync(join(dist, 'index.html'))) return;
  rmSync(dist, { recursive: true, force: true });
  const result = buildSite(content, dist, env);
  if (result.status !== 0) throw new Error(`The ${name} did not build:\n${result.output.slice(-4000)}`);
  // What the build printed, for tests/build/quiet-build.test.ts.
  writeFileSync(buildOutputFile(dist), result.output);
}

export default function setup() {
  clearAstroProjectLock();
  build('fixture site', FIXTURE_CONTENT, FIXTURE_DIST, { NIS_AS_OF: FIXTURE_AS_OF, NIS_SEARCH_SHARD_SIZE: String(FIXTURE_SHARD_SIZE) });
  // An empty NIS_AS_OF means today (src/domain/review-cycle.ts); buildSite's default date is the fixture's.
  build('bundled library (content/)', LIBRARY_CONTENT, LIBRARY_DIST, { NIS_AS_OF: process.env.NIS_AS_OF ?? '' });
}
