/**
 * Build a content folder into a scratch output folder with the real Astro build (and so the real
 * content gate and Pagefind index). Used by the test setup, the benchmark and anything that needs a
 * built site.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface BuildResult { status: number; output: string; outDir: string }

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: resolve('.'),
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NIS_CONTENT_DIR: resolve(contentDir),
      NIS_OUT_DIR: resolve(outDir),
      NIS_AS_OF: '2026-11-22',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir: resolve(outDir) };
}
