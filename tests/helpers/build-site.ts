/**
 * Build a content folder into a scratch output folder with the real Astro build (and so the real
 * content gate and Pagefind index). Used by the test setup, the benchmark and anything that needs a
 * built site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lockAstroProject } from './astro-project-lock.ts';

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
}

/** Where the test setup keeps what a shared build printed: beside its output folder. */
export const buildOutputFile = (outDir: string) => `${resolve(outDir)}.build-output.txt`;

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  // A cache of its own: Astro's content store from a build of another folder (since deleted) has
  // broken a later build that shared it ("failed to resolve import ... 2.mdx").
  const cacheDir = mkdtempSync(join(tmpdir(), 'nis-astro-cache-'));
  const release = lockAstroProject();
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: resolve('.'),
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NIS_CONTENT_DIR: resolve(contentDir),
      NIS_OUT_DIR: resolve(outDir),
      NIS_AS_OF: '2026-11-22',
      NIS_CACHE_DIR: cacheDir,
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  release();
  rmSync(cacheDir, { recursive: true, force: true });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir: resolve(outDir) };
}
