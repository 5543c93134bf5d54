/**
 * Build the fixture site once before the build and browser tests. Set NIS_SKIP_FIXTURE_BUILD=1 to
 * reuse the last build while iterating on tests.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT, FIXTURE_DIST } from './fixture.ts';

export default function setup() {
  if (process.env.NIS_SKIP_FIXTURE_BUILD === '1' && existsSync(join(FIXTURE_DIST, 'index.html'))) return;
  rmSync(FIXTURE_DIST, { recursive: true, force: true });
  const result = buildSite(FIXTURE_CONTENT, FIXTURE_DIST, { NIS_AS_OF: FIXTURE_AS_OF });
  if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.output.slice(-4000)}`);
}
