/** The support plan's and the comparison's pure logic (src/domain/plan.ts, src/domain/plan-facts.ts). */
import { describe, expect, it } from 'vitest';
import {
  COMPARE_MAX,
  barrierLabels,
  defaultReviewDate,
  groupByLayer,
  isEntryKey,
  linesOf,
  parseSelection,
  planBlocks,
  planText,
  reviewDateProblem,
  selectionQuery,
  withKey,
  withoutKey,
  type PlanInput,
  verdictText,
} from '../../src/domain/plan.ts';
import { sectionPlainText, type EntryFacts } from '../../src/domain/plan-facts.ts';

const known = new Set(['interventions/neli', 'strategies/visual-timetables', 'tools/languagescreen', 'packages/p']);
const isKnown = (k: string) => known.has(k);

describe('parseSelection', () => {
  it('keeps well-formed, known entries in the order given', () => {
    expect(parseSelection('?entry=strategies/visual-timetables&entry=interventions/neli', isKnown)).toEqual({
      keys: ['strategies/visual-timetables', 'interventions/neli'],
      invalid: [],
      unknown: [],
      duplicates: [],
    });
  });

  it('sorts out invalid, unknown and repeated entries, keeping the first of a repeat', () => {
    const s = parseSelection(
      'entry=interventions/neli&entry=reviews/r&entry=interventions/nope&entry=Interventions/NELI&entry=interventions/neli&entry=&entry=interventions/neli&x=tools/languagescreen',
      isKnown,
    );
    expect(s.keys).toEqual(['interventions/neli']);
    // Review records and areas are not provision: they cannot go in a plan.
    expect(s.invalid).toEqual(['reviews/r', 'Interventions/NELI', '']);
    expect(s.unknown).toEqual(['interventions/nope']);
    expect(s.duplicates).toEqual(['interventions/neli']);
  });

  it('reads an encoded slash and another parameter name', () => {
    expect(parseSelection('plan=tools%2Flanguagescreen&entry=interventions/neli', isKnown, 'plan').keys).toEqual(['tools/languagescreen']);
  });

  it('is empty for an empty query', () => {
    expect(parseSelection('', isKnown)).toEqual({ keys: [], invalid: [], unknown: [], duplicates: [] });
  });

  it('knows the provision key form', () => {
    expect(isEntryKey('packages/p')).toBe(true);
    expect(isEntryKey('areas-of-development/sensory')).toBe(false);
    expect(isEntryKey('interventions/neli/')).toBe(false);
    expect(isEntryKey('interventions/-neli')).toBe(false);
  });
});

describe('selections in the address', () => {
  it('writes keys readably, and round-trips through parseSelection', () => {
    const q = selectionQuery(['interventions/neli', 'tools/languagescreen']);
    expect(q).toBe('entry=interventions/neli&entry=tools/languagescreen');
    expect(parseSelection(q, isKnown).keys).toEqual(['interventions/neli', 'tools/languagescreen']);
    expect(selectionQuery(['interventions/neli'], 'plan')).toBe('plan=interventions/neli');
    expect(selectionQuery([])).toBe('');
  });

  it('adds once at the end and removes', () => {
    expect(withKey(['a/b'], 'c/d')).toEqual(['a/b', 'c/d']);
    expect(withKey(['a/b', 'c/d'], 'a/b')).toEqual(['a/b', 'c/d']);
    expect(withoutKey(['a/b', 'c/d'], 'a/b')).toEqual(['c/d']);
    expect(COMPARE_MAX).toBe(3);
  });
});

describe('groupByLayer', () => {
  it('groups in the order of the layers, the tools last, and leaves empty groups out', () => {
    const items = [
      { key: 't', group: 'identification' as const },
      { key: 'i1', group: 'targeted-plus' as const },
      { key: 's', group: 'universal' as const },
      { key: 'i2', group: 'targeted-plus' as const },
    ];
    expect(groupByLayer(items).map((g) => [g.id, g.label, g.items.map((i) => i.key)])).toEqual([
      ['universal', 'Universal support', ['s']],
      ['targeted-plus', 'Targeted Plus support', ['i1', 'i2']],
      ['identification', 'Understanding the need: identification tools', ['t']],
    ]);
    expect(groupByLayer([])).toEqual([]);
  });
});

describe('the review date', () => {
  it('defaults to a year from today, 29 February to 28 February', () => {
    expect(defaultReviewDate('2026-12-02')).toBe('2027-12-02');
    expect(defaultReviewDate('2028-02-29')).toBe('2029-02-28');
  });

  it('must be a real date from today to a year ahead', () => {
    expect(reviewDateProblem('2027-12-02', '2026-12-02')).toBeUndefined();
    expect(reviewDateProblem('2026-12-02', '2026-12-02')).toBeUndefined();
    expect(reviewDateProblem('2027-12-03', '2026-12-02')).toMatch(/within a year/);
    expect(reviewDateProblem('2026-12-01', '2026-12-02')).toMatch(/today or in the future/);
    expect(reviewDateProblem('2027-02-30', '2026-12-02')).toMatch(/real date/);
    expect(reviewDateProblem('', '2026-12-02')).toMatch(/real date/);
    expect(reviewDateProblem('2027-1-5', '2026-12-02')).toMatch(/real date/);
  });
});

const facts = (over: Partial<EntryFacts>): EntryFacts => ({
  key: 'interventions/neli',
  kind: 'interventions',
  kindLabel: 'Intervention',
  title: 'NELI',
  summary: 'A language programme.',
  url: '/interventions/neli/',
  version: 2,
  group: 'targeted',
  layers: ['Targeted'],
  deliveredBy: 'A trained teaching assistant',
  howLong: '20 weeks',
  delivery: ['Small group'],
  phases: ['Primary'],
  strength: { label: 'Strong evidence', sources: [] },
  impact: { label: 'Moderate impact (+4 months)', sources: [] },
  cost: { label: 'Cost not known', sources: [] },
  reviewTools: [{ title: 'LanguageScreen', url: '/tools/languagescreen/' }],
  reviewHow: '- Review: reassess at the end.',
  forFamilies: 'Your child will play word games.',
  ...over,
});

const input: PlanInput = {
  name: 'A. B.',
  writtenOn: '2026-12-02',
  reviewDate: '2027-12-02',
  strengths: 'Drawing',
  childViews: '',
  familyViews: 'Worried about reading\nHappy at home',
  barriers: ['language', 'working-memory'],
  barrierNotes: '',
  adjustments: '',
  outcomes: 'Follows a three-step instruction\n\n  Reads twenty words  ',
};

describe('the plan as blocks and as plain text', () => {
  const items = [
    facts({}),
    facts({
      key: 'strategies/v',
      title: 'Visual timetables',
      group: 'universal',
      reviewHow: undefined,
      reviewTools: [],
      forFamilies: undefined,
    }),
  ];
  const text = planText(planBlocks(input, items, 'https://example.org'));

  it('carries the typed fields, the barriers by area and the outcomes one to a line', () => {
    expect(text).toContain('Individual Support Plan: provision: A. B.\n=');
    expect(text).toContain('Review by: 2 December 2027');
    expect(text).toContain("The child's strengths: Drawing");
    expect(text).toContain("The child's views: Not recorded yet.");
    expect(text).toContain("The family's views:\nWorried about reading\nHappy at home");
    expect(text).toContain('- Executive function: Working memory\n- Speech, language and communication: Language');
    expect(text).toContain('Outcomes sought\n---------------\n- Follows a three-step instruction\n- Reads twenty words');
  });

  it('groups the provision by layer, with delivery, review and family text for each item', () => {
    expect(text.indexOf('UNIVERSAL SUPPORT')).toBeGreaterThan(0);
    expect(text.indexOf('UNIVERSAL SUPPORT')).toBeLessThan(text.indexOf('TARGETED SUPPORT'));
    expect(text.indexOf('Visual timetables')).toBeLessThan(text.indexOf('NELI'));
    expect(text).toContain('Who delivers it: A trained teaching assistant');
    expect(text).toContain('How long and how often: 20 weeks');
    expect(text).toContain('How to review it: - Review: reassess at the end.');
    expect(text).toContain('How to review it: The entry gives no review steps');
    expect(text).toContain('Tools to track progress: LanguageScreen');
    expect(text).toContain('For families: Your child will play word games.');
    expect(text).toContain('Read the entry: https://example.org/interventions/neli/ (version 2)');
    expect(text.match(/For families/g)).toHaveLength(1);
  });

  it("gives an item's verdict, with what to use instead, only where the entry has one", () => {
    const notRecommended = facts({
      verdict: {
        label: 'Not recommended',
        useInstead: [
          { title: 'Chunking instructions', url: '/strategies/c/' },
          { title: 'Coaching', url: '/interventions/m/' },
        ],
      },
    });
    expect(verdictText(notRecommended)).toBe('Not recommended. Use instead: Chunking instructions; Coaching');
    expect(verdictText(facts({ verdict: { label: 'Promising', useInstead: [] } }))).toBe('Promising');
    expect(verdictText(facts({}))).toBeUndefined();
    expect(planText(planBlocks(input, [notRecommended], 'https://example.org'))).toContain(
      'Verdict: Not recommended. Use instead: Chunking instructions; Coaching\nStrength of evidence:',
    );
    expect(text).not.toContain('Verdict');
  });

  it('says when nothing is chosen or typed', () => {
    const empty = planText(planBlocks({ ...input, name: ' ', barriers: [], outcomes: '', reviewDate: '' }, [], 'https://example.org'));
    expect(empty.startsWith('Individual Support Plan: provision\n=')).toBe(true);
    expect(empty).toContain('No support chosen yet.');
    expect(empty).toContain('Review by: Not recorded yet.');
    expect(empty).toContain('Barriers to learning\n--------------------\nNot recorded yet.');
    expect(empty.endsWith('\n')).toBe(true);
  });

  it('splits typed lines and labels barriers from the vocabulary', () => {
    expect(linesOf(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
    expect(barrierLabels(['speech', 'attention', 'not-a-component'])).toEqual([
      'Executive function: Attention',
      'Speech, language and communication: Speech',
    ]);
  });
});

describe('sectionPlainText', () => {
  const body = [
    '## What it is',
    'Words.',
    '',
    '## Monitoring progress',
    '',
    'Use the **graduated approach** with [LanguageScreen](/tools/languagescreen/) <Cite source="x" />.',
    '',
    '* **Review:** reassess at the _end_.',
    '<Warning>Seek advice.</Warning>',
    '',
    '## Next',
    'Other.',
  ].join('\n');

  it('reads one section as plain text', () => {
    expect(sectionPlainText(body, 'Monitoring progress')).toBe(
      'Use the graduated approach with LanguageScreen.\n\n- Review: reassess at the end.\nSeek advice.',
    );
    expect(sectionPlainText(body, 'What it is')).toBe('Words.');
    expect(sectionPlainText(body, 'Missing')).toBeUndefined();
    expect(sectionPlainText('## Empty\n\n## Next', 'Empty')).toBeUndefined();
  });
});
