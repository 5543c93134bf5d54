/**
 * Warnings: reported after the errors with a count of their own, and never a failure. `npm run
 * check` exits 0 when there are only warnings; the build's content gate does not stop on them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { errorsOf, formatReport, severity, warningsOf, type Problem } from '../../src/domain/problems.ts';
import { PROBLEM_CODE_IDS, WARNING_CODES } from '../../src/domain/problem-codes.ts';
import { contentGate } from '../../src/integrations/content-gate.ts';
import { tempContent, unpublish, type TempContent } from '../helpers/temp-content.ts';

const error: Problem = { code: 'schema', file: 'content/b.mdx', line: 3, field: 'layer', message: 'found "x"; expected one of: y' };
const warning: Problem = { code: 'placeholder', file: 'content/a.mdx', line: 2, field: 'title', message: 'found the placeholder "TODO"' };

describe('severity', () => {
  it('is error for every code but the warnings', () => {
    // The style gate's warnings, whose severity style-rules.ts gives with the rules.
    expect([...WARNING_CODES]).toEqual(['placeholder', 'style-readability', 'style-plain-words', 'style-passive', 'for-families-missing']);
    for (const code of PROBLEM_CODE_IDS) expect(severity({ code })).toBe(WARNING_CODES.has(code) ? 'warning' : 'error');
    expect(errorsOf([error, warning])).toEqual([error]);
    expect(warningsOf([error, warning])).toEqual([warning]);
  });
});

describe('the report', () => {
  it('prints the errors, then the warnings under a heading, then a count of each', () => {
    expect(formatReport([warning, error, warning]).split('\n')).toEqual([
      'content/b.mdx:3 layer: found "x"; expected one of: y [schema]',
      '',
      'Warnings:',
      'content/a.mdx:2 title: found the placeholder "TODO" [placeholder]',
      'content/a.mdx:2 title: found the placeholder "TODO" [placeholder]',
      '',
      '1 problem in the content',
      '2 warnings',
    ]);
  });

  it('with only warnings, counts only them', () => {
    expect(formatReport([warning]).split('\n')).toEqual([
      'Warnings:',
      'content/a.mdx:2 title: found the placeholder "TODO" [placeholder]',
      '',
      '1 warning',
    ]);
    expect(formatReport([error]).split('\n').at(-1)).toBe('1 problem in the content');
  });
});

let content: TempContent | undefined;
afterEach(() => {
  content?.remove();
  vi.unstubAllEnvs();
});

/** A copy of the fixture whose strategy is a draft with two placeholders. */
function contentWithPlaceholders(): TempContent {
  const c = tempContent();
  const file = 'strategies/fixture-visual-timetables/1.mdx';
  unpublish(c, file);
  c.replace(file, /title: .*/, 'title: "TODO: replace this placeholder (title)"');
  c.write(file, `${c.read(file)}\nTODO: a paragraph on printing.\n`);
  return c;
}

const check = (dir: string) => {
  const run = spawnSync(process.execPath, ['scripts/check.ts', dir], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.split(relative(process.cwd(), dir)).join('content') };
};

describe('npm run check', () => {
  it('passes with only warnings, printing them and "Content is valid, with 2 warnings"', () => {
    content = contentWithPlaceholders();
    const { status, output } = check(content.dir);
    expect(status).toBe(0);
    expect(output).toMatch(/^content\/strategies\/fixture-visual-timetables\/1\.mdx:2 title: found the placeholder .*\[placeholder\]$/m);
    expect(output).toMatch(/^content\/strategies\/fixture-visual-timetables\/1\.mdx:\d+ body: found the placeholder .*\[placeholder\]$/m);
    expect(output).toMatch(/^Content is valid, with 2 warnings: 12 entries, 13 versions, 2 sources \(/m);
  });

  it('fails on an error, listing the warnings after it', () => {
    content = contentWithPlaceholders();
    content.replace('strategies/fixture-visual-timetables/1.mdx', 'phases: [early-years, primary]', 'phases: [reception]');
    const { status, output } = check(content.dir);
    expect(status).toBe(1);
    expect(output).toMatch(
      /phases\.0: found "reception"[^\n]*\n\nWarnings:\n.*title: found the placeholder[^\n]*\n.*body: [^\n]*\n\n1 problem in the content\n2 warnings\n/,
    );
  });
});

describe("the build's content gate", () => {
  const runGate = (command: 'build' | 'dev') => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const setup = contentGate().hooks['astro:config:setup'] as unknown as (options: { command: string; logger: typeof logger }) => void;
    setup({ command, logger });
    return logger;
  };

  it('builds with warnings, printing them', () => {
    content = contentWithPlaceholders();
    vi.stubEnv('NIS_CONTENT_DIR', content.dir);
    const logger = runGate('build');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/\[placeholder\][\s\S]*\n2 warnings$/));
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('stops a build on an error', () => {
    content = contentWithPlaceholders();
    content.replace('strategies/fixture-visual-timetables/1.mdx', 'phases: [early-years, primary]', 'phases: [reception]');
    vi.stubEnv('NIS_CONTENT_DIR', content.dir);
    expect(() => runGate('build')).toThrow(
      /The content has problems, so the site was not built\.[\s\S]*1 problem in the content\n2 warnings/,
    );
  });
});
