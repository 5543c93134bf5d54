/**
 * MDX is code: content may use only Markdown and the registered components. Each case writes one
 * version file into a temporary content folder and runs the real content check (the one behind
 * `npm run check` and the build gate), asserting the file, the line and the message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import type { ProblemCode } from '../../src/domain/problem-codes.ts';
import { inspectMdx } from '../../src/markdown/mdx-safety.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

const FRONTMATTER = `---
title: Unsafe content probe
summary: A draft used only to test the MDX safety check.
status: draft
areas: [executive-function]
phases: [primary]
universalOffer: [teaching-and-curriculum]
delivery: [whole-class]
ratings:
  strength: { value: practice-based }
  impact: { value: unknown }
  cost: { value: very-low, sources: [eef-send-2020] }
---

## What it is

Plain Markdown first, so the unsafe line is not the body's first line.
`;

let root: string;
let counter = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'nis-mdx-safety-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder holding only the bibliography and one draft strategy whose body ends with `unsafe`. */
function probe(unsafe: string) {
  const dir = join(root, `case-${++counter}`);
  mkdirSync(join(dir, 'strategies', 'unsafe-probe'), { recursive: true });
  cpSync(join(FIXTURE_CONTENT, 'sources.yaml'), join(dir, 'sources.yaml'));
  const text = `${FRONTMATTER}\n${unsafe}\n`;
  const file = join(dir, 'strategies', 'unsafe-probe', '1.mdx');
  writeFileSync(file, text);
  const expectedLine = text.split('\n').indexOf(unsafe.split('\n')[0]!) + 1;
  const shown = relative(process.cwd(), file).split('\\').join('/');
  const problems = checkContent(dir).problems.filter((p) => p.file === shown && p.field === 'body');
  return { dir, shown, expectedLine, problems, lines: problems.map(formatProblem) };
}

describe('content may not run code or embed other sites', () => {
  const cases: [string, string, RegExp, ProblemCode][] = [
    ['an import', `import Widget from '../../widget.astro';`, /"import" is not allowed in content: import and export run code/, 'mdx-esm'],
    ['an export', `export const answer = 42;`, /"export" is not allowed in content/, 'mdx-esm'],
    ['a script element', `<script>alert('hi')</script>`, /<script> is not allowed in content/, 'mdx-element'],
    [
      'a script element inside a paragraph',
      `Some text <script src="/x.js"></script> more text.`,
      /<script> is not allowed in content/,
      'mdx-element',
    ],
    [
      'an inline event handler on a registered component',
      `<Inset onClick="alert(1)">Careful.</Inset>`,
      /<Inset> has the inline event handler "onClick"/,
      'mdx-event-handler',
    ],
    [
      'an inline event handler in lower case',
      `<Warning onmouseover="alert(1)">Careful.</Warning>`,
      /inline event handler "onmouseover"/,
      'mdx-event-handler',
    ],
    ['a javascript: link', `[Click me](javascript:alert(1))`, /uses a script or data URL/, 'mdx-unsafe-url'],
    ['a JAVASCRIPT: link in capitals', `[Click me](JAVASCRIPT:alert(1))`, /uses a script or data URL/, 'mdx-unsafe-url'],
    ['a javascript: link hidden by an entity', `[Click me](javascript&#58;alert(1))`, /uses a script or data URL/, 'mdx-unsafe-url'],
    [
      'a javascript: link split by a tab (browsers strip tabs from URLs)',
      `[Click me](<java\tscript:alert(1)>)`,
      /uses a script or data URL/,
      'mdx-unsafe-url',
    ],
    ['a javascript: link definition', `[click]: javascript:alert(1)`, /uses a script or data URL/, 'mdx-unsafe-url'],
    [
      'a javascript: URL in a component attribute',
      `<Cite source="javascript:alert(1)" />`,
      /<Cite source> uses a script or data URL/,
      'mdx-unsafe-url',
    ],
    [
      'a raw iframe',
      `<iframe src="https://example.com/"></iframe>`,
      /<iframe> is not allowed in content: embeds load other sites/,
      'mdx-element',
    ],
    [
      'an unregistered component',
      `<Widget />`,
      /the component <Widget> is not allowed in content.*allowed components: <Cite>, <Inset>, <Warning>/,
      'mdx-element',
    ],
    ['an HTML element', `<div class="x">Hi</div>`, /the HTML element <div> is not allowed/, 'mdx-element'],
    ['an expression', `{alert(1)}`, /the expression \{alert\(1\)\} is not allowed in content/, 'mdx-expression'],
    ['an attribute expression', `<Cite source={evil} />`, /<Cite source> must be a quoted text value/, 'mdx-attribute'],
    ['a spread attribute', `<Inset {...props}>Hi</Inset>`, /spread attribute/, 'mdx-attribute'],
  ];

  it.each(cases)('rejects %s with the file, line and code', (_name, unsafe, message, code) => {
    const { shown, expectedLine, problems, lines } = probe(unsafe);
    expect(lines.join('\n')).toMatch(message);
    const matching = problems.find((p) => message.test(p.message));
    expect(matching, lines.join('\n')).toBeDefined();
    expect(matching!.line).toBe(expectedLine);
    expect(matching!.code).toBe(code);
    expect(formatProblem(matching!)).toMatch(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${expectedLine} body: `));
  });

  it('rejects raw HTML, should a parser ever hand it over (MDX itself parses HTML as JSX)', () => {
    const root = { type: 'root', children: [{ type: 'html', value: '<!-- x -->', position: { start: { line: 3 } } }] };
    expect(inspectMdx(root, 10).issues).toEqual([
      { line: 13, code: 'mdx-raw-html', message: 'raw HTML is not allowed in content; write Markdown or use a registered component' },
    ]);
  });

  it('accepts Markdown and the registered components', () => {
    const { problems } = probe(
      `<Inset>Keep it visible <Cite source="eef-send-2020" />.</Inset>\n\n[Site link](/about/) and [web link](https://www.gov.uk/).`,
    );
    expect(problems).toEqual([]);
  });

  it('npm run check exits 1 and prints file:line and the message', () => {
    const { dir, shown, expectedLine } = probe(`<iframe src="https://example.com/"></iframe>`);
    const run = spawnSync(process.execPath, [resolve('scripts/check.ts'), dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${shown}:${expectedLine} body: <iframe> is not allowed in content`);
  });
});
