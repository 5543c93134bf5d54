/** The build's one change to Pagefind's script (src/search/engine-script.ts). */
import { describe, expect, it } from 'vitest';
import { ENGINE_WAIT, shortenEngineWait } from '../../src/search/engine-script.ts';

const script = (body: string) => `var x=1;class Instance{${body}search(){}}`;

describe('shortening the wait before the first search', () => {
  it('changes the 50 ms sleep in getPtr() and nothing else', () => {
    const result = shortenEngineWait(script(ENGINE_WAIT.written));
    expect(result).toEqual({ script: script(ENGINE_WAIT.patched) });
    expect(ENGINE_WAIT.patched.replace('asyncSleep(2)', 'asyncSleep(50)')).toBe(ENGINE_WAIT.written);
  });

  it('refuses a script where the wait is missing or appears twice, saying what to check', () => {
    for (const [body, times] of [
      ['', 0],
      [ENGINE_WAIT.written + ENGINE_WAIT.written, 2],
      [ENGINE_WAIT.patched, 0],
    ] as const) {
      const result = shortenEngineWait(script(body));
      expect(result).toHaveProperty('problem');
      const { problem } = result as { problem: string };
      expect(problem).toContain(`found it ${times} times`);
      expect(problem).toContain('src/search/engine-script.ts');
    }
  });
});
