/** Disjunctive facet counts: a facet's counts apply every other facet's selection, never its own. */
import { describe, expect, it } from 'vitest';
import { countingSearches, disjunctiveCounts } from '../../src/search/facet-counts.ts';

describe('disjunctive facet counts', () => {
  it('asks for one search per facet with a selection, without that facet', () => {
    expect(countingSearches({})).toEqual([]);
    expect(countingSearches({ phase: ['primary', 'secondary'], strength: ['strong'] })).toEqual([
      { facet: 'phase', filters: { strength: ['strong'] } },
      { facet: 'strength', filters: { phase: ['primary', 'secondary'] } },
    ]);
  });

  it('takes a facet with a selection from its own search, and every other facet from the search itself', () => {
    const main = { phase: { primary: 2 }, strength: { strong: 2 }, kind: { interventions: 1, strategies: 1 } };
    const withoutPhase = { phase: { primary: 2, secondary: 5 }, strength: { strong: 7 } };
    const counts = disjunctiveCounts(main, [{ facet: 'phase', counts: withoutPhase }]);
    expect(counts.phase).toEqual({ primary: 2, secondary: 5 });
    expect(counts.strength).toEqual({ strong: 2 });
    expect(counts.kind).toEqual({ interventions: 1, strategies: 1 });
    expect(counts.cost).toEqual({});
  });
});
