/**
 * Chromium as a reader runs it: its own process with a fresh profile and no DevTools client attached.
 * Playwright drives Chromium over the DevTools protocol and reports every request to this process;
 * on a two-core machine that work competes with the page's and nearly doubled a cold search page's
 * time to its first result (decision 9). So the benchmark's cold page loads open here, and the page
 * reports its own timings by beacon to the server that sent it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

/** Where the benchmark's server serves the launcher page and takes the pages' reports. */
export const LAUNCH_PATH = '/nis-bench-launch/';
export const REPORT_PATH = '/nis-bench-report';

/** How long the launcher waits before it opens the page measured: Chromium's own start-up settles first. */
const SETTLE_MS = 1500;

/**
 * The first page Chromium opens: it waits, then goes to the page named in its `to` parameter, as a
 * reader follows a link. That page's navigation is then timed from its own start (performance.now()),
 * with the browser already running and its cache empty.
 */
export const LAUNCH_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Launch</title></head><body><script>
setTimeout(() => location.replace(new URLSearchParams(location.search).get('to')), ${SETTLE_MS});
</script></body></html>`;

/** Stops a process and its group; one that has already gone (ESRCH) is no error. */
function stopProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * Open `url` in a plain Chromium and wait for `report` (the page's beacon, which the caller's server
 * resolves); the browser and its profile are removed afterwards. Rejects if Chromium exits first or
 * nothing arrives within the timeout.
 */
export async function inPlainChromium<T>(url: string, report: Promise<T>, timeoutMs = 60_000): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'nis-plain-chromium-'));
  // Its own process group, so that stopping it stops its renderer and helpers too.
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--window-size=1280,800', url], {
    stdio: 'ignore',
    detached: true,
  });
  // 'error' instead of 'exit' when Chromium could not be started at all.
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()).once('error', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      report,
      exited.then(() => Promise.reject(new Error(`Chromium exited before ${url} reported`))),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${url} sent no report within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (child.pid !== undefined) stopProcessGroup(child.pid);
    await exited;
    // A helper may still be writing to the profile for a moment after the browser has gone.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}
