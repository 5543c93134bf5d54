/**
 * Every built page of the fixture and of the bundled library (tests/helpers/gated-builds.ts), the
 * 404 page and the pointers included, passes html-validate with the project's config
 * (.htmlvalidate.json: html-validate:recommended, exceptions explained in docs/quality-gates.md).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { fileOf, pagesToCheck } from '../helpers/sitemap.ts';
import { GATED_BUILDS } from '../helpers/gated-builds.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

/** Problems in one HTML document, one line each: "page:line:column [rule] message". */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
}

describe.each(GATED_BUILDS)('HTML validity of the $name build', ({ dist }) => {
  const pages = pagesToCheck(dist);

  it('checks every page built', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('/');
  });

  it('every page passes html-validate', async () => {
    const problems: string[] = [];
    for (const path of pages) problems.push(...(await htmlProblems(readFileSync(fileOf(path, dist), 'utf8'), path)));
    expect(problems, `\n${problems.join('\n')}`).toEqual([]);
  });
});

describe('the HTML validity gate', () => {
  it('fails on invalid markup (the gate can fail)', async () => {
    const problems = await htmlProblems(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad</div></p><img src="a.png"></body></html>',
      'probe.html',
    );
    expect(problems.some((p) => p.includes('[wcag/h37]'))).toBe(true);
    expect(problems.length).toBeGreaterThan(1);
  });

  it('fails on an id used twice (a link to it could land on either element)', async () => {
    const problems = await htmlProblems(
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><h2 id="speech">Speech</h2><p id="speech">Row</p></main></body></html>',
      'probe.html',
    );
    expect(problems).toEqual([expect.stringContaining('[no-dup-id] Duplicate ID "speech"')]);
  });
});
