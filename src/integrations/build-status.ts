/**
 * Whether the output folder holds a finished build, so that `npm run preview` (scripts/preview.ts)
 * never serves a dist/ that a failed build left behind as if nothing had happened. The record is
 * a stamp in Astro's cache folder, not in dist/ (it would be deployed): `started` clears it before
 * anything can fail (listed first, ahead of the content gate), `finished` writes it once every
 * other integration's astro:build:done has run (listed last).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where builds write and keep their cache: astro.config.mjs and the preview script both ask here. */
export const outDirSetting = () => process.env.NIS_OUT_DIR ?? './dist';
/** Astro's own default; test and benchmark builds set NIS_CACHE_DIR to keep a cache of their own. */
export const cacheDirSetting = () => process.env.NIS_CACHE_DIR ?? './node_modules/.astro';

export interface BuildStamp {
  /** The output folder the finished build wrote, absolute. */
  outDir: string;
  finishedAt: string;
}

const stampFile = (cacheDir: string) => join(cacheDir, 'nis-build-finished.json');

/** The stamp of the last finished build, if the last build finished. */
export function readBuildStamp(cacheDir: string): BuildStamp | undefined {
  const file = stampFile(cacheDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildStamp) : undefined;
}

/** True when `outDir` is the output of the last build and that build finished. */
export function finishedBuild(outDir: string, cacheDir: string): boolean {
  return existsSync(outDir) && readBuildStamp(cacheDir)?.outDir === resolve(outDir);
}

export function buildStarted(): AstroIntegration {
  return {
    name: 'nis:build-started',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') rmSync(stampFile(fileURLToPath(config.cacheDir)), { force: true });
      },
    },
  };
}

export function buildFinished(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'nis:build-finished',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir }) => {
        const stamp: BuildStamp = { outDir: resolve(fileURLToPath(dir)), finishedAt: new Date().toISOString() };
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(stampFile(cacheDir), `${JSON.stringify(stamp, null, 2)}\n`);
      },
    },
  };
}
