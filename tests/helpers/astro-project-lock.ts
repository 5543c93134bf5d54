/**
 * One Astro process at a time in this project. Every build and dev server writes the content store
 * and module map into the project's own `.astro/` folder, whatever its cache folder: a build of
 * another content folder running beside the dev server rewrote that map under it, and the dev
 * server answered 500 (seen under CI). Tests that run Astro hold this lock while it runs; the lock
 * is a folder, because creating one is atomic.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const ASTRO_PROJECT_LOCK = resolve('.cache/astro-project.lock');
const WAIT_STEP_MS = 200;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Wait (blocking: builds are synchronous) until no other test runs Astro here; returns the release. */
export function lockAstroProject(timeoutMs = 15 * 60_000): () => void {
  mkdirSync(resolve('.cache'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(ASTRO_PROJECT_LOCK);
      return () => rmSync(ASTRO_PROJECT_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline)
        throw new Error(`waited ${timeoutMs} ms for ${ASTRO_PROJECT_LOCK}; remove it if no test is running`, { cause: error });
      Atomics.wait(pause, 0, 0, WAIT_STEP_MS);
    }
  }
}

/** Clear a lock left by a run that was killed; the test setup calls it before any test starts. */
export const clearAstroProjectLock = () => rmSync(ASTRO_PROJECT_LOCK, { recursive: true, force: true });
