/**
 * The README's quick start is the whole set-up, and CI runs exactly those two commands: a change to
 * one without the other fails here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const ci = readFileSync('.ci/run', 'utf8');

/** The commands of the README's first shell block, without their trailing comments. */
function quickStartCommands(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

const ciCommand = (name: string) => new RegExp(`^${name}='([^']+)'$`, 'm').exec(ci)?.[1];

describe('the README and CI', () => {
  it('give two commands in the quick start: install and serve, install and test', () => {
    expect(quickStartCommands()).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('the quick start is the first section of the README', () => {
    const firstHeading = /^## (.+)$/m.exec(readme)?.[1];
    expect(firstHeading).toBe('Quick start');
  });

  it('CI runs the same two commands, verbatim', () => {
    expect([ciCommand('START_COMMAND'), ciCommand('TEST_COMMAND')]).toEqual(quickStartCommands());
    expect(ci).toContain('bash -c "$START_COMMAND"');
    expect(ci).toContain('bash -c "$TEST_COMMAND"');
  });

  it('CI runs nothing else of the project: no npm command outside the two', () => {
    const otherNpm = ci.split('\n').filter((line) => /\bnpm (ci|install|run|test|start)\b/.test(line) && !/_COMMAND=/.test(line));
    expect(otherNpm).toEqual([]);
  });

  it('the test command sets up the machine first, then checks content, types, lint and formatting before the tests', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const steps = pkg.scripts.test!.split('&&').map((step) => step.trim());
    expect(steps[0]).toBe('node scripts/test-prerequisites.ts');
    expect(steps).toContain('npm run check');
    expect(steps).toContain('npm run typecheck');
    expect(steps).toContain('npm run lint');
    expect(steps.at(-1)).toBe('vitest run');
  });
});
