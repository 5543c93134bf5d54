/**
 * How the content check reads the files under content/: what may sit at the top, files it skips,
 * frontmatter it cannot split or parse, a body that is not MDX, and a bibliography that is missing
 * or broken. Each case breaks a copy of the fixture in one way and reads the problems it reports.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { rmSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check-content.ts';
import { displayPath, parseYaml, splitFrontmatter } from '../../src/content-check/read-content.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';
import { lineWith, PROBE, PROBE_FIELDS } from '../helpers/draft-probe.ts';

let content: TempContent;
afterEach(() => content?.remove());

/** Problems as printed, with the temp folder shown as "content". */
function report(): string[] {
  const prefix = relative(process.cwd(), content.dir);
  return checkContent(content.dir).problems.map((p) => formatProblem(p).split(prefix).join('content'));
}

const DRAFT = PROBE_FIELDS;
/** A fresh copy of the fixture plus one draft strategy written as `text`. */
function probe(text: string): string[] {
  content = tempContent();
  content.write(PROBE, text);
  return report();
}

describe('the files under content/', () => {
  it('accepts the README next to the kind folders and skips hidden files', () => {
    content = tempContent();
    content.write('README.md', '# Content\n');
    content.write('.DS_Store', 'binary');
    content.write('strategies/.DS_Store', 'binary');
    content.write('strategies/fixture-visual-timetables/.1.mdx.swp', 'binary');
    expect(report()).toEqual([]);
  });

  it('reports any other file at the top, listing what belongs there', () => {
    content = tempContent();
    content.write('notes.txt', 'notes');
    expect(report()).toEqual([
      'content/notes.txt is not expected here; content/ holds only kind folders, sources.yaml, versions.lock.json, README.md, glossary.yaml [unexpected-file]',
    ]);
  });

  it('reports a missing content folder, and the areas it therefore lacks', () => {
    content = tempContent();
    const missing = join(content.dir, 'nowhere');
    const result = checkContent(missing);
    expect(result.problems[0]).toEqual({
      code: 'content-missing',
      file: displayPath(missing),
      message: 'does not exist; the library lives in content/<kind>/<slug>/<n>.mdx',
    });
    // Then only what the missing files imply: the five areas of the vocabulary have no content.
    expect(result.problems.slice(1).map((p) => p.file)).toEqual([
      'content/areas-of-development/executive-function/1.mdx',
      'content/areas-of-development/motor-and-physical/1.mdx',
      'content/areas-of-development/sensory/1.mdx',
      'content/areas-of-development/social-and-emotional/1.mdx',
      'content/areas-of-development/speech-language-communication/1.mdx',
    ]);
    expect(result).toMatchObject({ records: [], paths: [], ledgerInputs: [], sources: {}, ledger: {} });
  });

  it('shows paths relative to where the command runs', () => {
    expect(displayPath(process.cwd())).toBe('.');
    expect(displayPath(join(process.cwd(), 'content', 'sources.yaml'))).toBe('content/sources.yaml');
  });
});

describe('frontmatter', () => {
  const noFrontmatter = `content/${PROBE}:1 has no frontmatter; a version starts with a YAML block between two "---" lines [no-frontmatter]`;

  it('must open the file and be closed', () => {
    expect(probe(`Just text.\n`)).toEqual([noFrontmatter]);
    expect(probe(`\n---\n${DRAFT}---\n\nBody.\n`)).toEqual([noFrontmatter]);
    expect(probe(`---\n${DRAFT}\nBody, with no closing fence.\n`)).toEqual([noFrontmatter]);
    expect(probe(`---\n${DRAFT}---\n\nBody.\n`)).toEqual([]);
  });

  it('must be a group of fields (and with no status to read, the version counts as published)', () => {
    const notFields = [
      `content/${PROBE}:2 frontmatter must be a group of "field: value" lines [frontmatter-shape]`,
      `content/${PROBE} is marked published but is not in the ledger content/versions.lock.json; publish versions with the publish command, which records them [not-in-ledger]\n    fix: set "status: draft", then run npm run publish -- strategies/new-probe`,
    ];
    expect(probe('---\n---\n\nBody.\n')).toEqual(notFields);
    expect(probe('---\n- title\n- summary\n---\n\nBody.\n')).toEqual(notFields);
    expect(probe('---\njust words\n---\n\nBody.\n')).toEqual(notFields);
    expect(probe('---\n~\n---\n\nBody.\n')).toEqual(notFields);
  });

  it('must be valid YAML, reported at the line in the file', () => {
    expect(probe(`---\ntitle: Again\n${DRAFT}---\n\nBody.\n`)).toEqual([
      `content/${PROBE}:3 is not valid YAML: Map keys must be unique [yaml-syntax]`,
    ]);
    expect(probe(`---\nnote: !secret x\n${DRAFT}---\n\nBody.\n`)).toEqual([
      `content/${PROBE}:2 is not valid YAML: unknown tag !<!secret> [yaml-syntax]`,
    ]);
  });

  it('splits off the body and counts the lines before it', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody\n')).toEqual({ yaml: 'a: 1\n', body: 'Body\n', bodyLineOffset: 3 });
    expect(splitFrontmatter('---\r\na: 1\r\nb: 2\r\n---\r\n\r\nBody')).toEqual({ yaml: 'a: 1\nb: 2\n', body: '\nBody', bodyLineOffset: 4 });
    expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ yaml: 'a: 1\n', body: '' });
    expect(splitFrontmatter('--- \na: 1\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\na: 1\n')).toBeUndefined();
  });
});

describe('YAML errors', () => {
  it('use the position-keeping parser words, first line only, at the line in the file', () => {
    expect(parseYaml('title: a\nsummary: b\ntitle: c\n', 'x.mdx', 1)).toEqual({
      ok: false,
      problems: [{ code: 'yaml-syntax', file: 'x.mdx', line: 4, message: 'is not valid YAML: Map keys must be unique' }],
    });
    expect(parseYaml('a: {b: 1, b: 2}\n', 'x.mdx', 0)).toEqual({
      ok: false,
      problems: [{ code: 'yaml-syntax', file: 'x.mdx', line: 1, message: 'is not valid YAML: Map keys must be unique' }],
    });
    expect(parseYaml('a: 1\n\tb: 2\n', 'x.mdx', 10)).toEqual({
      ok: false,
      problems: [{ code: 'yaml-syntax', file: 'x.mdx', line: 12, message: 'is not valid YAML: Tabs are not allowed as indentation' }],
    });
  });

  it('fall back to the fast parser words where only it objects', () => {
    expect(parseYaml('a: &x 1\nb: *y\n', 'x.mdx', 10)).toEqual({
      ok: false,
      problems: [{ code: 'yaml-syntax', file: 'x.mdx', line: 12, message: 'is not valid YAML: unidentified alias "y"' }],
    });
  });

  it('parse the positions only when asked, once', () => {
    const read = parseYaml('a: 1\nb: [2]\n', 'x.mdx', 0);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data).toEqual({ a: 1, b: [2] });
    const doc = read.positions();
    expect(read.positions()).toBe(doc);
    expect(doc.toJS()).toEqual({ a: 1, b: [2] });
  });
});

describe('the body', () => {
  it('must be valid MDX, reported at the line in the file with the first line of the reason', () => {
    // The unclosed <Inset> is on line 12 of the body: a line number of two digits.
    const text = `---\n${DRAFT}---\n\n${'Para.\n\n'.repeat(5)}<Inset>\nNever closed.\n`;
    expect(probe(text)).toEqual([
      `content/${PROBE}:${lineWith(text, '<Inset>')} body: is not valid MDX: 12:1: Expected a closing tag for \`<Inset>\` (12:1) (mdx-jsx:unexpected-character) [mdx-syntax]`,
    ]);
  });
});

describe('the bibliography', () => {
  it('must exist', () => {
    content = tempContent();
    rmSync(content.path('sources.yaml'));
    const lines = report();
    expect(lines[0]).toBe('content/sources.yaml is missing; it holds the bibliography every entry cites by key [sources-missing]');
    expect(
      lines
        .slice(1)
        .every((line) =>
          /cites "[a-z0-9-]+", which is not in content\/sources\.yaml; known keys include: \(none yet\) \[unknown-source\]$/.test(line),
        ),
    ).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('must be valid YAML', () => {
    content = tempContent();
    content.replace('sources.yaml', /^eef-send-2020:/m, 'eef-send-2020: [');
    expect(report()[0]).toMatch(/^content\/sources\.yaml:\d+ is not valid YAML: /);
  });

  it('may be empty, and then every citation is unknown', () => {
    content = tempContent();
    content.write('sources.yaml', '# nothing yet\n');
    const lines = report();
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((line) => line.includes('which is not in content/sources.yaml'))).toBe(true);
  });

  it('reports a malformed source at its line, and still knows every key it holds', () => {
    content = tempContent();
    content.replace('sources.yaml', 'year: 2020', 'year: soon');
    const lines = report();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/sources\.yaml:\d+ eef-send-2020\.year: found "soon"; expected a number \[schema\]$/);
  });
});
