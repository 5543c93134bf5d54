/**
 * "What changed" between versions, beyond tests/unit/diff.test.ts: the exact text of each field a
 * reader sees (ratings with months and sources, a review's findings and recommendations, other
 * sources), and how the body diff shortens and marks its runs.
 */
import { describe, expect, it } from 'vitest';
import { fieldChanges, textDiff, versionDiff } from '../../src/domain/diff.ts';
import { entryEvidence } from '../helpers/evidence-fixtures.ts';
import type { VersionData } from '../../src/domain/schemas.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

// The fixture's versions, with the fields a test changes.
const fixture = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });
const dataOf =
  (key: string) =>
  (extra: Record<string, unknown> = {}) =>
    ({ ...library.get(key)!.current.data, ...extra }) as VersionData;
const intervention = dataOf('interventions/fixture-language-groups');
const review = dataOf('reviews/fixture-review');
const ratings = (impact: Record<string, unknown>, cost: string[] = ['eef-neli-2020'], strength: string[] = ['eef-neli-2020']) => ({
  ratings: {
    strength: { value: 'strong', sources: strength },
    impact: { sources: ['eef-neli-2020'], ...impact },
    cost: { value: 'low', sources: cost },
  },
});

const titleOf = () => undefined;
/** Each field that differs, as "label: before -> after". */
const changed = (before: VersionData, after: VersionData) =>
  fieldChanges(before, after, titleOf).map((c) => `${c.label}: ${c.before} -> ${c.after}`);

describe('the fields a reader sees', () => {
  it('write each rating with its label, signed months and sources', () => {
    expect(changed(intervention(), intervention(ratings({ value: 'none', months: -1 }, ['eef-neli-2020', 'dfe'], [])))).toEqual([
      'Strength of evidence: Strong evidence; sources: eef-neli-2020 -> Strong evidence',
      'Size of effect: Moderate impact (+4 months); sources: eef-neli-2020 -> No measurable impact (-1 months); sources: eef-neli-2020',
      'Cost: Low cost; sources: eef-neli-2020 -> Low cost; sources: eef-neli-2020, dfe',
    ]);
    expect(changed(intervention(), intervention(ratings({ value: 'none', months: 0 })))).toEqual([
      'Size of effect: Moderate impact (+4 months); sources: eef-neli-2020 -> No measurable impact (0 months); sources: eef-neli-2020',
    ]);
    expect(changed(intervention(), intervention(ratings({ value: 'moderate' })))).toEqual([
      'Size of effect: Moderate impact (+4 months); sources: eef-neli-2020 -> Moderate impact; sources: eef-neli-2020',
    ]);
  });

  it('include the title, the summary and the other sources cited', () => {
    expect(changed(intervention(), intervention({ title: 'Groups', summary: 'Sessions.', sources: ['a', 'b'] }))).toEqual([
      'Title: Fixture language groups -> Groups',
      `Summary: ${intervention().summary} -> Sessions.`,
      'Other sources cited:  -> a; b',
    ]);
  });

  it("include a review's findings and each recommendation with the response", () => {
    const after = review({
      findings: ['One.', 'Two.'],
      recommendations: [
        { id: 'r1', text: 'Do it.', response: { decision: 'declined', explanation: 'Out of scope.' } },
        { id: 'r3', text: 'Do that.', response: { decision: 'accepted' } },
      ],
    });
    expect(changed(review({ findings: [], recommendations: [] }), after)).toEqual([
      'Recommendation r1:  -> Do it. Response: declined: Out of scope.',
      'Recommendation r3:  -> Do that. Response: accepted',
      'Findings:  -> One.; Two.',
    ]);
  });

  it('have no rating rows for kinds without ratings', () => {
    expect(changed(review(), review({ panel: ['Chair'] }))).toEqual(['Panel: Independent chair; Speech and language therapist -> Chair']);
  });
});

describe('the body diff', () => {
  const render = (parts: ReturnType<typeof textDiff>) =>
    parts.map((p) => (p.type === 'added' ? `{+${p.text}+}` : p.type === 'removed' ? `[-${p.text}-]` : `(${p.text})`)).join('');
  const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `w${from + i}`).join(' ');

  it('shortens a long unchanged text with nothing changed to its first and last words', () => {
    expect(textDiff(words(0, 40), words(0, 40), 3)).toEqual([{ type: 'same', text: 'w0 w1 w2 […] w37 w38 w39' }]);
    expect(textDiff(words(0, 9), words(0, 9), 3)).toEqual([{ type: 'same', text: words(0, 9) }]);
    expect(textDiff(words(0, 10), words(0, 10), 3)).toEqual([{ type: 'same', text: 'w0 w1 w2 […] w7 w8 w9' }]);
    expect(textDiff('  \r\n ', '')).toEqual([]);
  });

  it('keeps the words next to a change on both sides and cuts the ends away from it', () => {
    const before = `${words(0, 20)} old ${words(100, 20)}`;
    const after = `${words(0, 20)} new ${words(100, 20)}`;
    expect(render(textDiff(before, after, 2))).toBe('([…] w18 w19 )[-old-]{+new+}( w100 w101 […])');
  });

  it('marks each of several changes in place', () => {
    expect(render(textDiff('a x b y c z d', 'a X b Y c Z d'))).toBe('(a )[-x-]{+X+}( b )[-y-]{+Y+}( c )[-z-]{+Z+}( d)');
  });

  it('cuts after whole words, whatever their length', () => {
    expect(textDiff('one seventeen three four five sixty', 'one seventeen three four five sixty', 1)).toEqual([
      { type: 'same', text: 'one […] sixty' },
    ]);
    expect(textDiff('a bb ccc dddd eeeee ffffff', 'a bb ccc dddd eeeee ffffff', 2)).toEqual([
      { type: 'same', text: 'a bb ccc dddd eeeee ffffff' },
    ]);
    expect(textDiff('a bb ccc dddd eeeee ffffff ggggggg', 'a bb ccc dddd eeeee ffffff ggggggg', 2)).toEqual([
      { type: 'same', text: 'a bb […] ffffff ggggggg' },
    ]);
  });

  it('leaves short unchanged runs whole', () => {
    expect(render(textDiff('a b c old d e f', 'a b c new d e f', 2))).toBe('(a b c )[-old-]{+new+}( d e f)');
  });

  it('treats CR line endings like LF', () => {
    expect(textDiff('a\rb', 'a\nb')).toEqual([{ type: 'same', text: 'a\nb' }]);
    expect(render(textDiff('a\r\nb old', 'a\nb new'))).toBe('(a\nb )[-old-]{+new+}');
  });

  it('shows unrelated long texts as all removed, then all added', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    expect(textDiff(before, after)).toEqual([
      { type: 'removed', text: before },
      { type: 'added', text: after },
    ]);
  });
});

describe('versionDiff', () => {
  it('says the body changed when any part is not the same, and treats a missing body as empty', () => {
    const from = { version: 1, data: intervention(), body: 'Same text.' };
    expect(versionDiff(from, { version: 2, data: intervention(), body: 'Same text, more.' }, titleOf)).toMatchObject({
      from: 1,
      to: 2,
      fields: [],
      bodyChanged: true,
    });
    expect(versionDiff(from, { version: 2, data: intervention(), body: 'Same text.' }, titleOf)).toMatchObject({
      bodyChanged: false,
      body: [{ type: 'same', text: 'Same text.' }],
    });
    expect(versionDiff({ ...from, body: undefined }, { version: 2, data: intervention(), body: undefined }, titleOf)).toMatchObject({
      body: [],
      bodyChanged: false,
    });
    expect(versionDiff({ ...from, body: undefined }, { version: 2, data: intervention(), body: 'New.' }, titleOf)).toMatchObject({
      body: [{ type: 'added', text: 'New.' }],
      bodyChanged: true,
    });
  });
});

describe('what changed, as a reader sees it (issue 15)', () => {
  const citationOf = (key: string) => ({ smith: 'Smith and others, 2023', eef: 'EEF, 2020' })[key];
  it('compares the rendered text, so citations read as names and markup is not a change', () => {
    const diff = versionDiff(
      { version: 1, data: intervention(), body: '## Evidence\n\nA trial <Cite source="smith" />.' },
      { version: 2, data: intervention(), body: '## Evidence\n\nA trial <Cite source="eef" />.' },
      titleOf,
      { citationOf },
    );
    expect(diff.body.filter((p) => p.type !== 'same').map((p) => [p.type, p.text])).toEqual([
      ['removed', 'Smith and others'],
      ['added', 'EEF'],
      ['removed', '2023'],
      ['added', '2020'],
    ]);
    expect(diff.body.map((p) => p.text).join('')).not.toContain('<Cite');
  });

  it('names sources in the fields, not keys', () => {
    const after = intervention({ sources: ['smith'] });
    expect(
      versionDiff({ version: 1, data: intervention(), body: '' }, { version: 2, data: after, body: '' }, titleOf, { citationOf }).fields,
    ).toContainEqual({
      label: 'Other sources cited',
      before: '',
      after: 'Smith and others, 2023',
    });
  });

  it('lists findings added and removed, and ratings that moved', () => {
    const rated = (findings: string[]) =>
      intervention({ ratings: { strength: { findings }, impact: { findings }, cost: { value: 'low', sources: ['eef'] } } });
    const evidence = (shown: 'moderate' | 'strong') => entryEvidence({ strength: { computed: shown, shown, reasons: [] } });
    const diff = versionDiff(
      { version: 1, data: rated(['a/x', 'b/y']), body: '' },
      { version: 2, data: rated(['b/y', 'c/z']), body: '' },
      titleOf,
      { evidence: { before: evidence('moderate'), after: evidence('strong') } },
    );
    expect(diff.findingsAdded).toEqual(['c/z']);
    expect(diff.findingsRemoved).toEqual(['a/x']);
    expect(diff.ratingsMoved).toEqual([{ label: 'Strength of evidence', before: 'Moderate evidence', after: 'Strong evidence' }]);
  });

  it('reads legacy ratings as written, and finds no findings in them', () => {
    const diff = versionDiff({ version: 1, data: intervention(), body: '' }, { version: 2, data: intervention(), body: '' }, titleOf);
    expect(diff).toMatchObject({ findingsAdded: [], findingsRemoved: [], ratingsMoved: [] });
  });
});
