/**
 * The authoring commands beyond tests/unit/authoring.test.ts: the first draft of every kind, version
 * numbers past 9, a brand-new content folder with no ledger yet, and the exact words of refusals.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AuthoringError, publishDraft, recordExisting, scaffoldDraft } from '../../src/content-check/authoring.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { newEntryFrontmatter } from '../../src/domain/scaffold.ts';
import { AREAS, type KindId } from '../../src/domain/vocabulary.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nis-drafts-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const ledgerText = () => read('versions.lock.json');
const ledger = () => JSON.parse(ledgerText()).versions as Record<string, string>;
const error = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AuthoringError);
    return (e as Error).message;
  }
  throw new Error('expected an AuthoringError');
};
const TODO = 'TODO: replace this placeholder';

describe('the first draft of a new entry', () => {
  /** The file npm run new writes: the kind's scaffold (tests/unit/scaffold.test.ts), then a body to write. */
  const scaffoldFile = (kind: KindId, slug: string) =>
    `---\n${newEntryFrontmatter(kind, slug)}---\n\n## ${TODO}\n\nWrite the entry here.\n`;
  /** The lines of a file that hold a placeholder, numbered from 1. */
  const placeholderLines = (text: string) => text.split('\n').flatMap((line, i) => (line.includes('TODO') ? [i + 1] : []));
  /** What every entry but an area asks the editor to choose. */
  const CHOICES = ['areas.0', 'phases.0', 'ratings.strength.value', 'ratings.impact.value', 'ratings.cost.value'];

  it('is the complete scaffold of its kind, placeholders and all', () => {
    scaffoldDraft(dir, 'strategies', 'quiet-corner');
    expect(read('strategies/quiet-corner/1.mdx')).toBe(scaffoldFile('strategies', 'quiet-corner'));
  });

  // A placeholder where the schema wants a choice (or a date, a number, an entry) is not a valid value,
  // so it is an error as well as a warning: the check fails until the editor has chosen.
  it.each([
    ['strategies', ['universalOffer.0', 'delivery.0']],
    ['interventions', ['layer', 'delivery.0']],
    ['tools', ['layers.0', 'delivery.0', 'leadsTo.0']],
    ['packages', ['illustrative']],
  ] as const)('a %s draft is in error only where a value is to be chosen, and warns about every placeholder', (kind, own) => {
    const text = readFileSync(scaffoldDraft(dir, kind, 'new-thing'), 'utf8');
    const found = checkContent(dir).problems;
    expect(found.filter((p) => p.code === 'schema').map((p) => p.field)).toEqual([...CHOICES, ...own]);
    expect(found.filter((p) => p.code !== 'schema').map((p) => [p.code, p.line])).toEqual(
      placeholderLines(text).map((line) => ['placeholder', line]),
    );
  });

  it('gives an intervention, a tool and a package their own fields, after the shared ones', () => {
    const ownFields = (kind: KindId) => {
      const text = readFileSync(scaffoldDraft(dir, kind, `new-${kind}`), 'utf8');
      const keys = Object.keys(parse(text.split('---\n')[1]!) as object);
      return keys.slice(keys.indexOf('noticed') + 1);
    };
    expect(ownFields('interventions')).toEqual(['layer', 'delivery', 'deliveredBy', 'duration']);
    expect(read('interventions/new-interventions/1.mdx')).toMatch(/^# training: \(optional\) /m);
    expect(ownFields('tools')).toEqual(['identifies', 'format', 'administeredBy', 'time', 'layers', 'delivery', 'leadsTo']);
    expect(ownFields('packages')).toEqual([
      'illustrative',
      'needProfile',
      'outcomes',
      'provision',
      'adaptations',
      'resources',
      'healthInput',
    ]);
    expect(read('packages/new-packages/1.mdx')).toContain(
      `resources: # Staffing, training and equipment.\n  staffing: ["${TODO}"] # Who delivers the provision, and how many.\n`,
    );
  });

  it('leaves every choice and date of a review to the editor, with one recommendation to fill', () => {
    scaffoldDraft(dir, 'reviews', 'new-review');
    const data = parse(read('reviews/new-review/1.mdx').split('---\n')[1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      status: 'draft',
      sample: true,
      reviewType: TODO,
      trigger: TODO,
      state: TODO,
      started: TODO,
      completed: TODO,
    });
    expect(data.covers).toEqual([{ entry: TODO, version: TODO }]);
    expect(data.recommendations).toEqual([{ id: 'r1', text: TODO, response: { decision: TODO, explanation: TODO } }]);
  });

  it('gives an area its label and one description to write per component of the vocabulary, and nothing to choose', () => {
    rmSync(join(dir, 'areas-of-development/sensory'), { recursive: true });
    const ledgerWithout = Object.fromEntries(Object.entries(ledger()).filter(([key]) => !key.startsWith('areas-of-development/sensory/')));
    writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify({ versions: ledgerWithout }));
    scaffoldDraft(dir, 'areas-of-development', 'sensory');
    const text = read('areas-of-development/sensory/1.mdx');
    expect(text).toBe(scaffoldFile('areas-of-development', 'sensory'));
    expect(parse(text.split('---\n')[1]!)).toMatchObject({
      title: 'Sensory',
      components: ['external-senses', 'internal-senses', 'sensory-processing'].map((id) => ({ id, description: TODO })),
    });
    // Only text to write: the draft has placeholders to replace (warnings) and no error.
    const found = checkContent(dir).problems;
    expect(found.map((p) => [p.code, p.line])).toEqual(placeholderLines(text).map((line) => ['placeholder', line]));
  });

  it('creates the kind folder when the library has none of that kind yet', () => {
    rmSync(join(dir, 'packages'), { recursive: true });
    const ledgerWithout = Object.fromEntries(Object.entries(ledger()).filter(([key]) => !key.startsWith('packages/')));
    writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify({ versions: ledgerWithout }));
    expect(scaffoldDraft(dir, 'packages', 'first-package')).toBe(join(dir, 'packages/first-package/1.mdx'));
    expect(existsSync(join(dir, 'packages/first-package/1.mdx'))).toBe(true);
  });

  it('may use a reserved review word as the slug of any other kind', () => {
    expect(scaffoldDraft(dir, 'strategies', 'status')).toBe(join(dir, 'strategies/status/1.mdx'));
    expect(error(() => scaffoldDraft(dir, 'reviews', 'kind'))).toBe(
      '"kind" is reserved for the review dashboard; choose another slug for the review',
    );
  });
});

describe('the next version of an entry', () => {
  it('follows the highest version number, counting past 9, and ignores other files in the folder', () => {
    const entry = 'interventions/fixture-language-groups';
    cpSync(join(dir, entry, '2.mdx'), join(dir, entry, '10.mdx'));
    writeFileSync(join(dir, entry, 'notes.txt'), 'not a version');
    expect(scaffoldDraft(dir, 'interventions', 'fixture-language-groups')).toBe(join(dir, entry, '11.mdx'));
    expect(read(`${entry}/11.mdx`)).toContain(
      [
        'changes:',
        `  summary: "${TODO}: say what changed since version 10" # A sentence or two on what changed since the previous version.`,
        '  conclusionsChanged: false # True when the advice or conclusions a reader acts on changed.',
        '  ratingsChanged: false # True when any rating changed.',
        '',
      ].join('\n'),
    );
  });

  it('is refused when the current version has no frontmatter', () => {
    const file = join(dir, 'strategies/fixture-visual-timetables/1.mdx');
    writeFileSync(file, 'No frontmatter.\n');
    expect(error(() => scaffoldDraft(dir, 'strategies', 'fixture-visual-timetables'))).toBe(
      `${file} has no frontmatter; fix it before adding a version`,
    );
    expect(error(() => publishDraft(dir, 'strategies/fixture-visual-timetables', '2026-11-22'))).toBe(`${file} has no frontmatter`);
  });
});

describe('publishing', () => {
  it('names every line that still has a placeholder', () => {
    const file = scaffoldDraft(dir, 'strategies', 'quiet-corner');
    expect(error(() => publishDraft(dir, 'strategies/quiet-corner', '2026-11-22'))).toBe(
      `the draft still has placeholders ("${TODO}") at ${[2, 3, 8, 10, 13, 20, 26, 34, 35, 40].map((line) => `${file}:${line}`).join(', ')}; replace them before publishing`,
    );
  });

  it('needs a kind and a slug', () => {
    expect(error(() => publishDraft(dir, 'interventions', '2026-11-22'))).toBe(
      '"" is not a slug; expected lower-case words joined by hyphens, for example "visual-timetables"',
    );
    expect(error(() => publishDraft(dir, 'interventions/a/b', '2026-11-22'))).toBe(
      'expected <kind>/<slug>, for example interventions/neli; found "interventions/a/b"',
    );
  });

  it('starts the ledger of a brand-new library, its lines in order', () => {
    const fresh = join(dir, 'fresh');
    mkdirSync(fresh);
    cpSync(join(FIXTURE_CONTENT, 'sources.yaml'), join(fresh, 'sources.yaml'));
    for (const area of AREAS) {
      const file = scaffoldDraft(fresh, 'areas-of-development', area.id);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replaceAll(`"${TODO} (one or two sentences)"`, 'A summary.')
          .replaceAll(`"${TODO}"`, 'A description.')
          .replace(`## ${TODO}`, '## About'),
      );
    }
    expect(existsSync(join(fresh, 'versions.lock.json'))).toBe(false);
    publishDraft(fresh, 'areas-of-development/sensory', '2026-11-22');
    publishDraft(fresh, 'areas-of-development/executive-function', '2026-11-22');
    const written = JSON.parse(readFileSync(join(fresh, 'versions.lock.json'), 'utf8'));
    expect(written.about).toBe(
      'The ledger of published versions: a hash of every published file. npm run check fails if a published version is edited or deleted. Written only by npm run publish.',
    );
    expect(Object.keys(written.versions)).toEqual(['areas-of-development/executive-function/1', 'areas-of-development/sensory/1']);
    expect(checkContent(fresh).problems).toEqual([]);
  });
});

describe('recording existing versions', () => {
  it('records only published versions, and writes the ledger in key order', () => {
    const before = ledger();
    const keys = Object.keys(before);
    const shuffled = Object.fromEntries(
      [...keys]
        .reverse()
        .filter((key) => key !== 'tools/fixture-language-screen/1')
        .map((key) => [key, before[key]]),
    );
    writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify({ versions: shuffled }));
    // A draft, whose placeholder (a warning) does not hold the command back, and which it does not record.
    scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    expect(recordExisting(dir)).toEqual(['tools/fixture-language-screen/1']);
    expect(Object.keys(ledger())).toEqual([...keys].sort());
    expect(ledger()).toEqual(before);
  });
});
