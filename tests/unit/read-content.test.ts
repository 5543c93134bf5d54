/**
 * The content check reads YAML with js-yaml (fast) and turns to `yaml` (which keeps positions) only
 * to say where a problem is. The two must read our content the same way, or a file could pass the
 * check and mean something else: this holds them to it on the real library and the fixture.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { parseYaml, splitFrontmatter } from '../../src/content-check/read-content.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

function yamlTexts(dir: string): { file: string; yaml: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.yaml'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { file: f, yaml: f.endsWith('.yaml') ? text : splitFrontmatter(text)!.yaml };
    });
}

describe('parseYaml', () => {
  for (const [name, dir] of [
    ['the library', resolve('content')],
    ['the fixture', FIXTURE_CONTENT],
  ] as const) {
    it(`reads every file of ${name} as the position-keeping parser does`, () => {
      const files = yamlTexts(dir);
      expect(files.length).toBeGreaterThan(5);
      for (const { file, yaml } of files) {
        const read = parseYaml(yaml, file, 0);
        expect(read.ok, file).toBe(true);
        if (read.ok) expect(read.data, file).toEqual(parseDocument(yaml).toJS());
      }
    });
  }

  it('keeps dates as text, so the schema can refuse one that does not exist', () => {
    const read = parseYaml('published: 2026-02-30\n', 'x.mdx', 1);
    expect(read.ok && read.data).toEqual({ published: '2026-02-30' });
  });

  it('reports a duplicated key and a syntax error at their lines', () => {
    expect(parseYaml('title: a\nsummary: b\ntitle: c\n', 'x.mdx', 1)).toMatchObject({ ok: false, problems: [{ file: 'x.mdx', line: 4 }] });
    expect(parseYaml('title: a\nsummary: [b\n', 'x.mdx', 1)).toMatchObject({ ok: false, problems: [{ line: expect.any(Number) }] });
  });
});
