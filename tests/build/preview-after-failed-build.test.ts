/**
 * `npm run preview` serves dist/ only when the last build finished: after a failed build, dist/ still
 * holds the build before it, and serving that as if nothing had happened would show an editor pages
 * without their change. The real build writes the record (src/integrations/build-status.ts, src/lib/build-stamp.ts); the
 * preview script (scripts/preview.ts) reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuildStamp } from '../../src/lib/build-stamp.ts';
import { buildSite } from '../helpers/build-site.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';
import { freePort, startServer } from '../helpers/server-process.ts';

let content: TempContent;
let scratch: string;
let outDir: string;
let cacheDir: string;
const env = () => ({ NIS_CONTENT_DIR: content.dir, NIS_OUT_DIR: outDir, NIS_CACHE_DIR: cacheDir });

/** The preview script as `npm run preview` runs it, when it refuses (it exits rather than serving). */
const refusedPreview = () =>
  spawnSync(process.execPath, ['scripts/preview.ts', '--port', '1'], { env: { ...process.env, ...env() }, encoding: 'utf8' });

beforeAll(() => {
  content = tempContent();
  scratch = mkdtempSync(join(tmpdir(), 'nis-preview-'));
  outDir = join(scratch, 'dist');
  cacheDir = join(scratch, 'cache');
});
afterAll(() => {
  content?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm run preview', () => {
  it('refuses when there has been no build, and says what to run', () => {
    const result = refusedPreview();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('it is not the output of a finished build');
    expect(result.stderr).toContain('npm run build && npm run preview');
  });

  it('serves a finished build, and refuses the same dist/ once a later build has failed', { timeout: 240_000 }, async () => {
    const good = buildSite(content.dir, outDir, env());
    expect(good.status, good.output.slice(-2000)).toBe(0);
    expect(readBuildStamp(cacheDir)?.outDir).toBe(outDir);

    const preview = await startServer('scripts/preview.ts', ['--port', String(await freePort())], env());
    try {
      const home = await fetch(`${preview.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('National Inclusion Standards');
    } finally {
      await preview.stop();
    }

    content.replace('interventions/fixture-language-groups/2.mdx', 'phases: [early-years]', 'phases: [reception]');
    const failed = buildSite(content.dir, outDir, env());
    expect(failed.status).not.toBe(0);
    // The content gate stops the build before Astro touches dist/: the old pages are all still there.
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(readBuildStamp(cacheDir)).toBeUndefined();
    const refused = refusedPreview();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The last build failed or was stopped');
  });
});
