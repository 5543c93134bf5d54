/**
 * Disjunctive facet counts: the number beside each value answers "how many results will I get if I
 * tick this too?". Values combine with OR inside a facet and AND across facets, so a facet's counts
 * apply the query and every other facet's selection, but not its own: ticking "Primary" leaves
 * "Secondary (12)" meaning 12 more to OR in, while ticking "Strong evidence" narrows every other
 * facet's counts. Pure: the search page runs the searches this asks for and merges their counts.
 */
import { FACETS, type FacetId } from './index-records.ts';
import type { SearchState } from './search-state.ts';

/** Facet -> value -> count, as Pagefind reports a search's `filters`. */
export type Counts = Record<string, Record<string, number>>;
type Filters = SearchState['filters'];

/**
 * The searches the counts need, beyond the search itself (whose counts serve every facet with no
 * selection): one per facet with a selection, with that facet's own selection left out.
 */
export function countingSearches(filters: Filters): { facet: FacetId; filters: Filters }[] {
  return FACETS.filter((f) => (filters[f.id] ?? []).length > 0).map((f) => {
    const others: Filters = { ...filters };
    delete others[f.id];
    return { facet: f.id, filters: others };
  });
}

/** Each facet's counts: from its own counting search when it has a selection, else from the search itself. */
export function disjunctiveCounts(main: Counts, perFacet: readonly { facet: FacetId; counts: Counts }[]): Counts {
  const out: Counts = {};
  for (const facet of FACETS) out[facet.id] = { ...(main[facet.id] ?? {}) };
  for (const { facet, counts } of perFacet) out[facet] = { ...(counts[facet] ?? {}) };
  return out;
}
