import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthoringError, publishDraft, recordExisting, scaffoldDraft } from '../../src/content-check/authoring.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import type * as CheckContentModule from '../../src/content-check/check-content.ts';
import { errorsOf } from '../../src/domain/problems.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

// The real check, watched, to count how often the commands run it.
vi.mock('../../src/content-check/check-content.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof CheckContentModule>();
  return { ...actual, checkContent: vi.fn(actual.checkContent) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nis-authoring-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ledger = () => JSON.parse(readFileSync(join(dir, 'versions.lock.json'), 'utf8')).versions as Record<string, string>;
const refuses = (fn: () => unknown, message: RegExp) => {
  expect(fn).toThrow(AuthoringError);
  expect(fn).toThrow(message);
};
const fillPlaceholders = (file: string, replacements: [string | RegExp, string][]) => {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of replacements) text = text.replace(from, to);
  writeFileSync(file, text);
};

describe('npm run new', () => {
  it('starts the next version of an existing entry as a draft copy with a change record', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    expect(file).toBe(join(dir, 'interventions/fixture-language-groups/3.mdx'));
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/status: draft/);
    expect(text).not.toMatch(/^published:/m);
    expect(text).not.toMatch(/^review:/m);
    expect(text).toMatch(/TODO: replace this placeholder: say what changed since version 2/);
    expect(text).toMatch(/Version two text about language groups/);
    // A draft is valid and not in the ledger; its placeholder is a warning until it is replaced.
    expect(checkContent(dir).problems.map((p) => p.code)).toEqual(['placeholder']);
  });

  it('creates a first draft for a new entry', () => {
    const file = scaffoldDraft(dir, 'strategies', 'fixture-quiet-corner');
    expect(file).toBe(join(dir, 'strategies/fixture-quiet-corner/1.mdx'));
    expect(readFileSync(file, 'utf8')).toMatch(/status: draft/);
  });

  it('refuses an unknown kind', () =>
    refuses(() => scaffoldDraft(dir, 'widgets', 'x'), /unknown kind "widgets"; expected one of: areas-of-development, strategies/));
  it('refuses a bad slug', () => refuses(() => scaffoldDraft(dir, 'strategies', 'Quiet_Corner'), /"Quiet_Corner" is not a slug/));
  it('refuses a reserved review slug', () => refuses(() => scaffoldDraft(dir, 'reviews', 'declined'), /reserved for the review dashboard/));
  it('refuses a slug used by another kind', () =>
    refuses(() => scaffoldDraft(dir, 'strategies', 'fixture-language-groups'), /already used by interventions\/fixture-language-groups/));
  it('refuses an area that is not in the vocabulary, leaving no folder behind', () => {
    refuses(() => scaffoldDraft(dir, 'areas-of-development', 'numeracy'), /not an area in src\/domain\/vocabulary.ts/);
    expect(existsSync(join(dir, 'areas-of-development/numeracy'))).toBe(false);
  });
  it('refuses a second draft and leaves the first untouched', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nMy edits.\n');
    const before = readFileSync(file, 'utf8');
    refuses(() => scaffoldDraft(dir, 'interventions', 'fixture-language-groups'), /already has a draft, version 3/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('npm run publish', () => {
  it('publishes a finished draft, dates it and records it in the ledger', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    fillPlaceholders(file, [[/TODO: replace this placeholder: say what changed since version 2/, 'Clarified the session length.']]);
    publishDraft(dir, 'interventions/fixture-language-groups', '2026-11-22');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/status: published/);
    expect(text).toMatch(/published: 2026-11-22/);
    expect(ledger()['interventions/fixture-language-groups/3']).toMatch(/^sha256-/);
    expect(checkContent(dir).problems).toEqual([]);
  });

  it('refuses a draft that still has placeholders, changing nothing', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    const before = readFileSync(file, 'utf8');
    refuses(() => publishDraft(dir, 'interventions/fixture-language-groups', '2026-11-22'), /still has placeholders .*3\.mdx:\d+/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(ledger()['interventions/fixture-language-groups/3']).toBeUndefined();
  });

  it('refuses when there is no draft, and never touches the published file', () => {
    const file = join(dir, 'interventions/fixture-language-groups/2.mdx');
    const before = readFileSync(file, 'utf8');
    refuses(() => publishDraft(dir, 'interventions/fixture-language-groups', '2026-11-22'), /has no draft: version 2 is already published/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a missing entry and a malformed target', () => {
    refuses(
      () => publishDraft(dir, 'interventions/nothing-here', '2026-11-22'),
      /there is no entry interventions\/nothing-here; create one with npm run new/,
    );
    refuses(() => publishDraft(dir, 'interventions/a/b', '2026-11-22'), /expected <kind>\/<slug>/);
  });

  it('puts the draft back when publishing would break the content (a date before the previous version)', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    fillPlaceholders(file, [[/TODO: replace this placeholder: say what changed since version 2/, 'Clarified.']]);
    const draft = readFileSync(file, 'utf8');
    const ledgerBefore = readFileSync(join(dir, 'versions.lock.json'), 'utf8');
    refuses(
      () => publishDraft(dir, 'interventions/fixture-language-groups', '2026-01-01'),
      /publishing would leave problems, so nothing was changed/,
    );
    expect(readFileSync(file, 'utf8')).toBe(draft);
    expect(readFileSync(join(dir, 'versions.lock.json'), 'utf8')).toBe(ledgerBefore);
  });

  it('refuses while other content has problems', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    fillPlaceholders(file, [[/TODO: replace this placeholder: say what changed since version 2/, 'Clarified.']]);
    const published = join(dir, 'strategies/fixture-visual-timetables/1.mdx');
    writeFileSync(published, readFileSync(published, 'utf8').replace('A visual timetable', 'A timetable'));
    refuses(
      () => publishDraft(dir, 'interventions/fixture-language-groups', '2026-11-22'),
      /fix these first:[\s\S]*fixture-visual-timetables\/1\.mdx/,
    );
    expect(readFileSync(file, 'utf8')).toMatch(/status: draft/);
  });
});

describe('npm run publish beside another draft from npm run new', () => {
  it("is held back by the other draft's unmade choices (errors), not by its text placeholders (warnings)", () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-language-groups');
    fillPlaceholders(file, [[/TODO: replace this placeholder: say what changed since version 2/, 'Clarified.']]);
    const other = scaffoldDraft(dir, 'strategies', 'fixture-quiet-corner');
    refuses(
      () => publishDraft(dir, 'interventions/fixture-language-groups', '2026-11-22'),
      /fix these first:\n.*fixture-quiet-corner\/1\.mdx:\d+ areas\.0: found "TODO: replace this placeholder"; expected one of: /,
    );
    // The choices made, the title, summary and text still to write: only warnings are left.
    fillPlaceholders(other, [
      [/^areas: .*$/m, 'areas: [executive-function]'],
      [/^phases: .*$/m, 'phases: [primary]'],
      [/^ {4}value: "TODO.*$/m, '    value: not-yet-reviewed'],
      [/^ {4}value: "TODO.*$/m, '    value: unknown'],
      [/^ {4}value: "TODO.*$/m, '    value: unknown'],
      [/^universalOffer: .*$/m, 'universalOffer: [teaching-and-curriculum]'],
      [/^delivery: .*$/m, 'delivery: [whole-class]'],
    ]);
    expect(new Set(checkContent(dir).problems.map((p) => p.code))).toEqual(new Set(['placeholder']));
    publishDraft(dir, 'interventions/fixture-language-groups', '2026-11-22');
    expect(ledger()['interventions/fixture-language-groups/3']).toMatch(/^sha256-/);
    refuses(() => publishDraft(dir, 'strategies/fixture-quiet-corner', '2026-11-22'), /the draft still has placeholders .*1\.mdx:2, /);
  });
});

describe('npm run publish -- --record-existing', () => {
  it('records new published versions and never rewrites an existing line', () => {
    const before = ledger();
    const key = 'strategies/fixture-visual-timetables/1';
    const edited = { ...before };
    delete edited[key];
    writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify({ versions: edited }));
    expect(recordExisting(dir)).toEqual([key]);
    expect(ledger()).toEqual(before);
  });
  it('refuses to record over an edited published version', () => {
    const published = join(dir, 'strategies/fixture-visual-timetables/1.mdx');
    writeFileSync(published, readFileSync(published, 'utf8').replace('A visual timetable', 'A timetable'));
    const before = readFileSync(join(dir, 'versions.lock.json'), 'utf8');
    refuses(() => recordExisting(dir), /fix these first:[\s\S]*edited after it was published/);
    expect(readFileSync(join(dir, 'versions.lock.json'), 'utf8')).toBe(before);
  });
  it('ignores only problems coded not-in-ledger, whatever other problems say', () => {
    // A draft whose bad value reads "is not in the ledger": a filter over the words would let it through.
    const draft = join(dir, 'interventions/fixture-language-groups/2.mdx');
    writeFileSync(
      draft,
      readFileSync(draft, 'utf8').replace('status: published', 'status: draft').replace('layer: targeted', 'layer: is not in the ledger'),
    );
    const edited = ledger();
    delete edited['interventions/fixture-language-groups/2'];
    delete edited['strategies/fixture-visual-timetables/1'];
    writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify({ versions: edited }));
    const codes = new Set(checkContent(dir).problems.map((p) => p.code));
    expect(codes).toEqual(new Set(['schema', 'not-in-ledger']));
    const before = readFileSync(join(dir, 'versions.lock.json'), 'utf8');
    refuses(
      () => recordExisting(dir),
      /fix these first:\n.*layer: found "is not in the ledger"; expected one of: targeted, targeted-plus \[schema\]\n\n1 problem in the content$/,
    );
    expect(readFileSync(join(dir, 'versions.lock.json'), 'utf8')).toBe(before);
  });
  it('runs the content check once', () => {
    const key = 'strategies/fixture-visual-timetables/1';
    const edited = ledger();
    delete edited[key];
    writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify({ versions: edited }));
    vi.mocked(checkContent).mockClear();
    expect(recordExisting(dir)).toEqual([key]);
    expect(checkContent).toHaveBeenCalledTimes(1);
  });
});

/** Version 2 of fixture-memory-games as an editor might write it: comments, long lines, flow lists, its own key order. */
const HANDWRITTEN = `---
# Agreed with the panel in May; see the minutes.
summary: Short working memory games for primary and secondary pupils, run by a specialist teacher, described here on one line far longer than eighty characters.
title: Fixture memory games
areas: [executive-function] # the only area
status: draft
changes: { summary: Clarified the session length., conclusionsChanged: false, ratingsChanged: false }
components: [working-memory, attention]
phases: [primary, secondary]
layer: targeted-plus
delivery: [small-group]
deliveredBy: >-
  A specialist teacher,
  folded over two lines
duration: 10 weeks, two sessions a week
ratings:
  strength: { value: emerging, sources: [eef-send-2020] }
  impact: { value: small, months: 2, sources: [eef-send-2020] }
  cost: { value: moderate, sources: [eef-send-2020] } # unchanged
---

## What it is

status: draft is also a phrase the body may use.
`;
const MEMORY_GAMES = 'interventions/fixture-memory-games';
/** The change record's comments: the schema's descriptions (src/domain/schemas.ts), as in the field reference. */
const CHANGE_SUMMARY = 'A sentence or two on what changed since the previous version.';
const CHANGE_FLAGS = [
  '  conclusionsChanged: false # True when the advice or conclusions a reader acts on changed.',
  '  ratingsChanged: false # True when any rating changed.',
];

describe('npm run publish and npm run new keep what the editor wrote', () => {
  it('publish changes the status line and adds the date under it, and no other byte', () => {
    writeFileSync(join(dir, MEMORY_GAMES, '2.mdx'), HANDWRITTEN);
    publishDraft(dir, MEMORY_GAMES, '2026-11-22');
    expect(readFileSync(join(dir, MEMORY_GAMES, '2.mdx'), 'utf8')).toBe(
      HANDWRITTEN.replace('status: draft\n', 'status: published\npublished: 2026-11-22\n'),
    );
    expect(checkContent(dir).problems).toEqual([]);
  });

  it('publish replaces a date the draft already has in place, keeping its comment, and keeps Windows line endings', () => {
    const draft = HANDWRITTEN.replace('layer:', 'published: 2026-10-01 # to be set\nlayer:').replace(/\n/g, '\r\n');
    writeFileSync(join(dir, MEMORY_GAMES, '2.mdx'), draft);
    publishDraft(dir, MEMORY_GAMES, '2026-11-22');
    expect(readFileSync(join(dir, MEMORY_GAMES, '2.mdx'), 'utf8')).toBe(
      draft.replace('status: draft', 'status: published').replace('published: 2026-10-01 #', 'published: 2026-11-22 #'),
    );
  });

  it('new copies the previous version byte for byte but for status, published and the change record', () => {
    writeFileSync(join(dir, MEMORY_GAMES, '2.mdx'), HANDWRITTEN);
    publishDraft(dir, MEMORY_GAMES, '2026-11-22');
    const file = scaffoldDraft(dir, 'interventions', 'fixture-memory-games');
    expect(readFileSync(file, 'utf8')).toBe(
      HANDWRITTEN.replace(
        /changes: .*\n/,
        [
          'changes:',
          `  summary: "TODO: replace this placeholder: say what changed since version 2" # ${CHANGE_SUMMARY}`,
          ...CHANGE_FLAGS,
          '',
        ].join('\n'),
      ),
    );
  });

  it('new --review names the review under the status, where publish will not move it, and says what to describe', () => {
    const file = scaffoldDraft(dir, 'interventions', 'fixture-memory-games', { review: 'fixture-review' });
    const previous = readFileSync(join(dir, MEMORY_GAMES, '1.mdx'), 'utf8');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      previous.replace(
        'status: published\npublished: 2026-04-01\n',
        [
          'status: draft',
          'review: fixture-review',
          'changes:',
          `  summary: "TODO: replace this placeholder: say what review fixture-review changed since version 1" # ${CHANGE_SUMMARY}`,
          ...CHANGE_FLAGS,
          '',
        ].join('\n'),
      ),
    );
    fillPlaceholders(file, [
      [/"TODO: replace this placeholder: say what review fixture-review changed since version 1" .*/, 'Shorter sessions.'],
    ]);
    publishDraft(dir, MEMORY_GAMES, '2026-11-22');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^status: published\npublished: 2026-11-22\nreview: fixture-review\nchanges:\n {2}summary: Shorter sessions\.\n/m,
    );
  });

  it('new --review replaces the review the previous version named, and new without it drops it', () => {
    const withReview = scaffoldDraft(dir, 'interventions', 'fixture-language-groups', { review: 'fixture-review' });
    expect(readFileSync(withReview, 'utf8').match(/^review: .*$/gm)).toEqual(['review: fixture-review']);
    rmSync(withReview);
    expect(readFileSync(scaffoldDraft(dir, 'interventions', 'fixture-language-groups'), 'utf8')).not.toMatch(/^review:/m);
  });
});

describe('npm run new -- <kind> <slug> --review <review-slug>', () => {
  it('refuses a review that does not exist, naming the nearest, and writes nothing', () => {
    refuses(
      () => scaffoldDraft(dir, 'interventions', 'fixture-memory-games', { review: 'fixture-reveiw' }),
      /there is no review "fixture-reveiw" \(no content\/reviews\/fixture-reveiw\/\); nearest known reviews: fixture-review\. Record a new review first with npm run new -- reviews <slug>/,
    );
    refuses(() => scaffoldDraft(dir, 'interventions', 'brand-new', { review: 'nothing-like-it' }), /nearest known reviews: fixture-review/);
    expect(existsSync(join(dir, MEMORY_GAMES, '2.mdx'))).toBe(false);
    expect(existsSync(join(dir, 'interventions/brand-new'))).toBe(false);
  });

  it('refuses a review slug that is not a slug', () =>
    refuses(
      () => scaffoldDraft(dir, 'interventions', 'fixture-memory-games', { review: '../reviews' }),
      /--review needs the slug of a review/,
    ));

  it('accepts a review that is still a draft', () => {
    const review = scaffoldDraft(dir, 'reviews', 'a-new-review');
    expect(readFileSync(scaffoldDraft(dir, 'interventions', 'fixture-memory-games', { review: 'a-new-review' }), 'utf8')).toMatch(
      /^review: a-new-review$/m,
    );
    expect(review).toBe(join(dir, 'reviews/a-new-review/1.mdx'));
  });

  it('names the review on the first version of a new entry too', () => {
    const file = scaffoldDraft(dir, 'interventions', 'brand-new', { review: 'fixture-review' });
    expect(readFileSync(file, 'utf8')).toMatch(/^status: draft\nreview: fixture-review #/m);
  });
});

describe('a new review, filled in', () => {
  it('is refused by check while its choices are placeholders, then checks and publishes once they are made', () => {
    const file = scaffoldDraft(dir, 'reviews', 'a-new-review');
    const problems = checkContent(dir).problems;
    // A placeholder where the schema wants a choice, a date or a number is an error, as any wrong value is...
    expect(problems.filter((p) => p.code === 'schema').map((p) => `${p.field}: ${p.message}`)).toEqual([
      'reviewType: found "TODO: replace this placeholder"; expected one of: scheduled, out-of-cycle',
      'state: found "TODO: replace this placeholder"; expected one of: in-progress, completed',
      'started: found "TODO: replace this placeholder"; expected a date written YYYY-MM-DD',
      'completed: found "TODO: replace this placeholder"; expected a date written YYYY-MM-DD',
      'covers.0.entry: found "TODO: replace this placeholder"; expected "<kind>/<slug>" where kind is one of: areas-of-development, strategies, interventions, tools, packages, reviews',
      'covers.0.version: found "TODO: replace this placeholder"; expected a number',
      'recommendations[r1].response.decision: found "TODO: replace this placeholder"; expected one of: accepted, accepted-with-changes, declined, awaiting',
    ]);
    // ...and every placeholder, text ones included, is also a warning of its own; nothing else is reported.
    expect(new Set(problems.filter((p) => p.code !== 'schema').map((p) => p.code))).toEqual(new Set(['placeholder']));
    expect(errorsOf(problems).map((p) => p.code)).toEqual(Array(7).fill('schema'));
    fillPlaceholders(file, [
      [/^title: .*$/m, 'title: A new review'],
      [/^summary: .*$/m, 'summary: A scheduled review.'],
      [/^reviewType: .*$/m, 'reviewType: scheduled'],
      [/^trigger: .*\n/m, ''],
      [/^state: .*$/m, 'state: completed'],
      [/^started: .*$/m, 'started: 2026-10-01'],
      [/^completed: .*$/m, 'completed: 2026-11-01'],
      [/^ {2}- entry: .*$/m, '  - entry: interventions/fixture-memory-games'],
      [/^ {4}version: .*$/m, '    version: 1'],
      [/^panel: .*$/m, 'panel: [Independent chair]'],
      [/^findings: .*$/m, 'findings: [The evidence is unchanged.]'],
      [/^ {4}text: .*$/m, '    text: Keep the rating.'],
      [/^ {6}decision: .*$/m, '      decision: accepted'],
      [/^ {6}explanation: .*\n/m, ''],
      [/^## TODO.*$/m, '## Summary'],
    ]);
    expect(checkContent(dir).problems).toEqual([]);
    publishDraft(dir, 'reviews/a-new-review', '2026-11-22');
    expect(ledger()['reviews/a-new-review/1']).toMatch(/^sha256-/);
  });
});
