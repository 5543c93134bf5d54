/**
 * The authoring commands beyond tests/unit/authoring.test.ts: the first draft of every kind, version
 * numbers past 9, a brand-new content folder with no ledger yet, and the exact words of refusals.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { AuthoringError, publishDraft, recordExisting, scaffoldDraft } from '../../src/content-check/authoring.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { AREAS } from '../../src/domain/vocabulary.ts';
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
/** Problems of the content, as "file field: message" relative to the content folder. */
const problems = () =>
  checkContent(dir).problems.map(
    (p) => `${relative(dir, p.file.startsWith('/') ? p.file : join(process.cwd(), p.file))}${p.field ? ` ${p.field}` : ''}: ${p.message}`,
  );
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
  it('is a complete, valid strategy with placeholders to replace', () => {
    scaffoldDraft(dir, 'strategies', 'quiet-corner');
    expect(read('strategies/quiet-corner/1.mdx')).toBe(`---
title: "${TODO} (title)"
summary: "${TODO} (one or two sentences)"
status: draft
sample: true
areas: [executive-function]
phases: [primary]
ratings:
  strength: { value: not-yet-reviewed }
  impact: { value: unknown }
  cost: { value: unknown }
universalOffer: [teaching-and-curriculum]
delivery: [whole-class]
---

## ${TODO}

Write the entry here.
`);
    expect(problems()).toEqual([]);
  });

  it.each(['interventions', 'packages'])('is a valid %s draft', (kind) => {
    scaffoldDraft(dir, kind, 'new-thing');
    const text = read(`${kind}/new-thing/1.mdx`);
    expect(text).toContain('status: draft\nsample: true\nareas: [executive-function]\nphases: [primary]\nratings:\n');
    expect(problems()).toEqual([]);
  });

  it('gives an intervention, a tool and a package their own fields', () => {
    scaffoldDraft(dir, 'interventions', 'new-intervention');
    expect(read('interventions/new-intervention/1.mdx')).toContain(
      `layer: targeted\ndelivery: [small-group]\ndeliveredBy: "${TODO}"\nduration: "${TODO}"\n---`,
    );
    scaffoldDraft(dir, 'tools', 'new-tool');
    expect(read('tools/new-tool/1.mdx')).toContain(
      `identifies: "${TODO}"\nformat: "${TODO}"\nadministeredBy: "${TODO}"\ntime: "${TODO}"\nlayers: [targeted]\ndelivery: [one-to-one]\nleadsTo: [interventions/REPLACE-ME]\n---`,
    );
    scaffoldDraft(dir, 'packages', 'new-package');
    expect(read('packages/new-package/1.mdx')).toContain(
      `illustrative: true\nneedProfile: "${TODO}"\noutcomes: ["${TODO}"]\nprovision: ["${TODO}"]\nadaptations: ["${TODO}"]\nresources:\n  staffing: ["${TODO}"]\n  training: ["${TODO}"]\nhealthInput: ["${TODO}"]\n---`,
    );
    // The tool's placeholder reference is not even a slug, so the check insists it is replaced.
    expect(problems()).toEqual([
      'tools/new-tool/1.mdx leadsTo.0: found "interventions/REPLACE-ME"; expected "<kind>/<slug>" where kind is one of: areas-of-development, strategies, interventions, tools, packages, reviews',
    ]);
  });

  it('starts a review today, in progress, covering a placeholder', () => {
    scaffoldDraft(dir, 'reviews', 'new-review');
    const today = new Date().toISOString().slice(0, 10);
    expect(read('reviews/new-review/1.mdx')).toContain(
      `sample: true\nreviewType: scheduled\nstate: in-progress\nstarted: ${today}\ncovers:\n  - { entry: interventions/REPLACE-ME, version: 1 }\npanel: [Independent chair]\n---`,
    );
  });

  it('gives an area its label and one description to write per component of the vocabulary', () => {
    rmSync(join(dir, 'areas-of-development/sensory'), { recursive: true });
    scaffoldDraft(dir, 'areas-of-development', 'sensory');
    expect(read('areas-of-development/sensory/1.mdx')).toBe(`---
title: "Sensory"
summary: "${TODO} (one or two sentences)"
status: draft
sample: true
components:
  - id: external-senses
    description: "${TODO}"
  - id: internal-senses
    description: "${TODO}"
  - id: sensory-processing
    description: "${TODO}"
---

## ${TODO}

Write the entry here.
`);
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
      `changes:\n  summary: "${TODO}: say what changed since version 10"\n  conclusionsChanged: false\n  ratingsChanged: false\n`,
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
      `the draft still has placeholders ("${TODO}") at ${file}:2, ${file}:3, ${file}:16; replace them before publishing`,
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
    scaffoldDraft(dir, 'strategies', 'quiet-corner');
    expect(recordExisting(dir)).toEqual(['tools/fixture-language-screen/1']);
    expect(Object.keys(ledger())).toEqual([...keys].sort());
    expect(ledger()).toEqual(before);
  });
});
