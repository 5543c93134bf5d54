/**
 * The one change this build makes to the script Pagefind writes (pagefind.js). Pure: the indexer
 * (indexer.ts) applies it as it writes the index, and fails the build if it no longer applies.
 *
 * Pagefind's `init()` starts its engine without waiting for it, and a search that arrives first
 * (as on a shared link, where the page searches the moment it can) waits in `getPtr()`, which checks
 * whether the engine has started every 50 ms. So the first results came up to 50 ms after the engine
 * was ready: a cold shared link at N = 5,000 showed them 44 ms later on average (decision 9). The
 * change makes the check every 2 ms; nothing else in Pagefind's behaviour changes.
 */

/** Pagefind 1.6.0's wait, exactly as it writes it. */
const WRITTEN_WAIT = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

/** That wait, and the same wait with the shorter sleep. */
export const ENGINE_WAIT = {
  written: WRITTEN_WAIT,
  patched: WRITTEN_WAIT.replace('asyncSleep(50)', 'asyncSleep(2)'),
} as const;

/**
 * The script with the shorter wait, or the reason it cannot be made: the wait must appear exactly
 * once, so a Pagefind upgrade that changes it stops the build rather than leaving the patch half-done.
 */
export function shortenEngineWait(script: string): { script: string } | { problem: string } {
  const found = script.split(ENGINE_WAIT.written).length - 1;
  if (found === 1) return { script: script.replace(ENGINE_WAIT.written, ENGINE_WAIT.patched) };
  return {
    problem:
      `expected Pagefind's getPtr() wait once in pagefind.js, found it ${found} times. ` +
      'After a Pagefind upgrade, check whether its first search still waits in 50 ms sleeps: ' +
      'update ENGINE_WAIT in src/search/engine-script.ts to the new text, or remove the change if it is fixed.',
  };
}
