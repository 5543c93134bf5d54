/** Decision records share one heading template (docs/decisions/README.md), and docs link to files that exist. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const DECISIONS = 'docs/decisions';
const records = readdirSync(DECISIONS)
  .filter((f) => /^\d{4}-[a-z0-9-]+\.md$/.test(f))
  .sort();

describe('decision records', () => {
  it('are numbered 1, 2, 3 ... without gaps', () => {
    expect(records.map((f) => Number(f.slice(0, 4)))).toEqual(records.map((_, i) => i + 1));
  });

  it.each(records)('%s follows the template', (file) => {
    const text = readFileSync(join(DECISIONS, file), 'utf8');
    const n = Number(file.slice(0, 4));
    expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${n}\\. \\S`));
    expect(text).toMatch(/^- Status: (accepted|replaced by decision \d+)/m);
    expect(text).toMatch(/^- Date: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toMatch(/^- Issue: \S/m);
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Context', 'Decision', 'Consequences']);
  });
});

describe('documentation links', () => {
  const docs = [
    'README.md',
    ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
  it.each(docs)('%s links only to files that exist', (file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/i.test(t));
    const missing = targets.filter((t) => !existsSync(resolve(dirname(file), t)));
    expect(missing).toEqual([]);
  });
});

describe("the editor's guide", () => {
  it("is linked from the README's quick start, the first screen", () => {
    const readme = readFileSync('README.md', 'utf8');
    const quickStart = /^## Quick start\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
    expect(quickStart).toContain('](docs/editors-guide.md)');
  });

  it('links the generated field reference', () => {
    expect(readFileSync('docs/editors-guide.md', 'utf8')).toContain('](field-reference.md)');
  });
});
