/**
 * "What changed" between versions, beyond tests/unit/diff.test.ts: the exact text of each field a
 * reader sees (ratings with months and sources, a review's findings and recommendations, other
 * sources), and how the body diff shortens, joins and marks its runs.
 */
import { describe, expect, it } from 'vitest';
import { fieldChanges, textDiff, versionDiff } from '../../src/domain/diff.ts';
import type { VersionData } from '../../src/domain/schemas.ts';

const intervention = (extra: Record<string, unknown> = {}): VersionData =>
  ({
    kind: 'interventions',
    title: 'Language groups',
    summary: 'Small-group sessions.',
    status: 'published',
    published: '2026-03-01',
    sample: true,
    sources: [],
    areas: ['speech-language-communication'],
    components: [],
    phases: ['early-years'],
    related: [],
    layer: 'targeted',
    delivery: ['small-group'],
    deliveredBy: 'A teaching assistant',
    duration: '20 weeks',
    ratings: {
      strength: { value: 'moderate', sources: ['eef'] },
      impact: { value: 'moderate', months: 3, sources: [] },
      cost: { value: 'low', sources: ['eef', 'dfe'] },
    },
    ...extra,
  }) as VersionData;

const review = (extra: Record<string, unknown> = {}): VersionData =>
  ({
    kind: 'reviews',
    title: 'Review',
    summary: 'A review.',
    status: 'published',
    published: '2026-03-01',
    sample: true,
    sources: [],
    reviewType: 'scheduled',
    state: 'completed',
    started: '2026-01-01',
    completed: '2026-02-01',
    covers: [{ entry: 'interventions/x', version: 1 }],
    panel: ['Chair'],
    findings: [],
    recommendations: [],
    ...extra,
  }) as VersionData;

const titleOf = () => undefined;
/** Every field the later version shows, as "label: after", by diffing against an empty review. */
const changed = (before: VersionData, after: VersionData) => fieldChanges(before, after, titleOf).map((c) => `${c.label}: ${c.before} -> ${c.after}`);

describe('the fields a reader sees', () => {
  it('write each rating with its label, signed months and sources', () => {
    const after = intervention({
      ratings: {
        strength: { value: 'strong', sources: [] },
        impact: { value: 'none', months: -1, sources: ['eef'] },
        cost: { value: 'low', sources: ['eef'] },
      },
    });
    expect(changed(intervention(), after)).toEqual([
      'Strength of evidence: Moderate evidence; sources: eef -> Strong evidence',
      'Size of effect: Moderate impact (+3 months) -> No measurable impact (-1 months); sources: eef',
      'Cost: Low cost; sources: eef, dfe -> Low cost; sources: eef',
    ]);
    const zero = intervention({ ratings: { strength: { value: 'moderate', sources: ['eef'] }, impact: { value: 'none', months: 0, sources: [] }, cost: { value: 'low', sources: ['eef', 'dfe'] } } });
    expect(changed(intervention(), zero)).toEqual(['Size of effect: Moderate impact (+3 months) -> No measurable impact (0 months)']);
    const noMonths = intervention({ ratings: { strength: { value: 'moderate', sources: ['eef'] }, impact: { value: 'moderate', sources: [] }, cost: { value: 'low', sources: ['eef', 'dfe'] } } });
    expect(changed(intervention(), noMonths)).toEqual(['Size of effect: Moderate impact (+3 months) -> Moderate impact']);
  });

  it('include the title, the summary and the other sources cited', () => {
    expect(changed(intervention(), intervention({ title: 'Groups', summary: 'Sessions.', sources: ['a', 'b'] }))).toEqual([
      'Title: Language groups -> Groups',
      'Summary: Small-group sessions. -> Sessions.',
      'Other sources cited:  -> a, b',
    ]);
  });

  it("include a review's findings and each recommendation with the response", () => {
    const after = review({
      findings: ['One.', 'Two.'],
      recommendations: [
        { id: 'r1', text: 'Do it.', response: { decision: 'declined', explanation: 'Out of scope.' } },
        { id: 'r2', text: 'Do that.', response: { decision: 'accepted' } },
      ],
    });
    expect(changed(review(), after)).toEqual([
      'Recommendation r1:  -> Do it. Response: declined: Out of scope.',
      'Recommendation r2:  -> Do that. Response: accepted',
      'Findings:  -> One.; Two.',
    ]);
  });

  it('have no rating rows for kinds without ratings', () => {
    expect(changed(review(), review({ panel: ['Chair', 'Member'] }))).toEqual(['Panel: Chair -> Chair; Member']);
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
    expect(versionDiff(from, { version: 2, data: intervention(), body: 'Same text, more.' }, titleOf)).toMatchObject({ from: 1, to: 2, fields: [], bodyChanged: true });
    expect(versionDiff(from, { version: 2, data: intervention(), body: 'Same text.' }, titleOf)).toMatchObject({ bodyChanged: false, body: [{ type: 'same', text: 'Same text.' }] });
    expect(versionDiff({ ...from, body: undefined }, { version: 2, data: intervention(), body: undefined }, titleOf)).toMatchObject({ body: [], bodyChanged: false });
    expect(versionDiff({ ...from, body: undefined }, { version: 2, data: intervention(), body: 'New.' }, titleOf)).toMatchObject({ body: [{ type: 'added', text: 'New.' }], bodyChanged: true });
  });
});
