import { describe, expect, it } from 'vitest';
import {
  FACETS,
  META_WEIGHTS,
  NOTICED_WEIGHT,
  SORTS,
  TITLE_WEIGHT,
  entrySearchRecord,
  pageSearchRecord,
  type SearchableEntry,
} from '../../src/search/index-records.ts';
import { COST_BANDS, EVIDENCE_STRENGTHS } from '../../src/domain/vocabulary.ts';

const intervention: SearchableEntry = {
  kind: 'interventions',
  title: 'Language groups',
  summary: 'Small-group oral language sessions.',
  areas: ['speech-language-communication'],
  components: ['language'],
  layers: ['targeted'],
  phases: ['early-years'],
  delivery: ['small-group', 'one-to-one'],
  ratings: {
    strength: { value: 'moderate', sources: ['x'] },
    impact: { value: 'moderate', months: 3, sources: ['x'] },
    cost: { value: 'low', sources: ['x'] },
  },
  status: 'current',
};

describe('entrySearchRecord', () => {
  it('gives every facet the entry has, as vocabulary ids', () => {
    expect(entrySearchRecord(intervention).filters).toEqual({
      kind: ['interventions'],
      area: ['speech-language-communication'],
      component: ['language'],
      layer: ['targeted'],
      phase: ['early-years'],
      delivery: ['small-group', 'one-to-one'],
      strength: ['moderate'],
      cost: ['low'],
      status: ['current'],
    });
  });

  it('gives result cards labels, not ids', () => {
    expect(entrySearchRecord(intervention).meta).toEqual({
      title: 'Language groups',
      kind: 'Intervention',
      summary: 'Small-group oral language sessions.',
      areas: 'Speech, language and communication',
      layer: 'Targeted',
      strengthTag: 'govuk-tag govuk-tag--green',
      strength: 'Moderate evidence',
      impact: 'Moderate impact',
      cost: 'Low cost',
      // The entry's name again, for Pagefind's metadata boost (META_WEIGHTS): provision entries only.
      entry: 'Language groups',
    });
  });

  it('carries the verdict as a facet and a coloured tag, and never shows strong evidence of no effect as green without it', () => {
    const noEffect: SearchableEntry = {
      ...intervention,
      ratings: { ...intervention.ratings!, strength: { value: 'strong', sources: ['x'] }, impact: { value: 'none', sources: ['x'] } },
    };
    const withVerdict = entrySearchRecord({ ...noEffect, verdict: 'not-recommended' });
    expect(withVerdict.filters.verdict).toEqual(['not-recommended']);
    expect(withVerdict.meta).toMatchObject({
      verdict: 'Not recommended',
      verdictTag: 'govuk-tag govuk-tag--red',
      strengthTag: 'govuk-tag govuk-tag--green',
    });
    expect(entrySearchRecord(noEffect).meta.strengthTag).toBe('govuk-tag govuk-tag--grey');
    expect(entrySearchRecord({ ...intervention, verdict: 'practice-based' }).meta.verdictTag).toBe('govuk-tag');
  });

  it('sorts by the vocabulary ranks and a lower-case title', () => {
    expect(entrySearchRecord(intervention).sort).toEqual({
      strength: String(EVIDENCE_STRENGTHS.find((s) => s.id === 'moderate')!.rank),
      impact: '3',
      cost: String(COST_BANDS.find((c) => c.id === 'low')!.rank),
      title: 'language groups',
    });
  });

  it('leaves out empty facets and ratings for entries without them', () => {
    const area = entrySearchRecord({
      kind: 'areas-of-development',
      title: 'Sensory',
      summary: 's',
      areas: ['sensory'],
      components: ['sensory-processing'],
      layers: [],
      phases: [],
      delivery: [],
      status: 'current',
    });
    expect(area.filters).toEqual({ kind: ['areas-of-development'], area: ['sensory'], status: ['current'] });
    expect(area.meta).not.toHaveProperty('strength');
    // Every page carries every sort key, or Pagefind drops it from sorted results.
    expect(area.sort).toEqual({ strength: '-1', impact: '-1', cost: '-1', title: 'sensory' });
  });

  it('only facet values the search page offers', () => {
    const record = entrySearchRecord(intervention);
    for (const [facet, values] of Object.entries(record.filters)) {
      const known = FACETS.find((f) => f.id === facet)!.values.map((v) => v.id as string);
      for (const v of values!) expect(known).toContain(v);
    }
  });
});

describe('weighted text', () => {
  it("weights a provision entry's title and what an adult may notice, read from its current version", () => {
    const noticed = ['loses track of multi-step instructions', 'forgets what to do next'];
    const expected = [{ text: 'Language groups', weight: TITLE_WEIGHT }, ...noticed.map((text) => ({ text, weight: NOTICED_WEIGHT }))];
    expect(entrySearchRecord({ ...intervention, noticed }).weighted).toEqual(expected);
    expect(entrySearchRecord({ ...intervention, current: { data: { noticed } } }).weighted).toEqual(expected);
    expect(TITLE_WEIGHT).toBeGreaterThan(NOTICED_WEIGHT);
    // Above a heading (Pagefind weighs an h1 7) and within Pagefind's 0 to 10.
    expect(NOTICED_WEIGHT).toBeGreaterThan(7);
    expect(TITLE_WEIGHT).toBeLessThanOrEqual(10);
  });

  it('weights nothing on review records and areas, so that an entry a query names ranks above them', () => {
    const review = entrySearchRecord({ ...intervention, kind: 'reviews', title: 'Review of NELI', ratings: undefined });
    expect(review.weighted).toEqual([]);
    expect(review.meta.entry).toBeUndefined();
    const area = entrySearchRecord({ ...intervention, kind: 'areas-of-development', ratings: undefined });
    expect(area.weighted).toEqual([]);
    expect(area.meta.entry).toBeUndefined();
    expect(Object.keys(META_WEIGHTS)).toEqual(['title', 'entry']);
    expect(pageSearchRecord('phases', 'Primary phase', 's').weighted).toEqual([]);
  });
});

describe('pageSearchRecord', () => {
  it('marks layer and phase pages with their own kind and every sort key', () => {
    const r = pageSearchRecord('layers', 'Targeted layer', 'Support in the setting.');
    expect(r.filters).toEqual({ kind: ['layers'] });
    expect(r.meta.kind).toBe('Layer of support');
    expect(Object.keys(r.sort).sort()).toEqual(SORTS.flatMap((s) => (s.key ? [s.key] : [])).sort());
  });
});
