/**
 * The record of the last finished build, so that `npm run preview` (scripts/preview.ts) never serves
 * a dist/ that a failed build left behind. A stamp in Astro's cache folder, not in dist/ (it would
 * be deployed), written and cleared by src/integrations/build-status.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildStamp {
  /** The output folder the finished build wrote, absolute. */
  outDir: string;
  finishedAt: string;
}

const stampFile = (cacheDir: string) => join(cacheDir, 'nis-build-finished.json');

export function clearBuildStamp(cacheDir: string): void {
  rmSync(stampFile(cacheDir), { force: true });
}

export function writeBuildStamp(cacheDir: string, outDir: string): void {
  const stamp: BuildStamp = { outDir: resolve(outDir), finishedAt: new Date().toISOString() };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile(cacheDir), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The stamp of the last build, if that build finished. */
export function readBuildStamp(cacheDir: string): BuildStamp | undefined {
  const file = stampFile(cacheDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildStamp) : undefined;
}

/** True when `outDir` is the output of the last build and that build finished. */
export function finishedBuild(outDir: string, cacheDir: string): boolean {
  return existsSync(outDir) && readBuildStamp(cacheDir)?.outDir === resolve(outDir);
}
