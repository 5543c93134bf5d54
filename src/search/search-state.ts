/**
 * The search page's state as it lives in the URL query string: read it, write it, and turn its
 * filters into Pagefind's. Pure, and runs in the browser (src/search/search-page.ts) as well as at
 * build time, for links into the search from other pages. Only facets and sorts the index knows
 * (index-records.ts) survive parsing, so a shared URL can never ask for a filter the index lacks.
 */
import { ENTRY_KINDS, type AreaId, type KindId } from '../domain/vocabulary.ts';
import { searchPageUrl } from '../domain/routes.ts';
import { FACETS, SORTS, type FacetId, type SortId } from './index-records.ts';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetId, string[]>>;
  sort: SortId;
  page: number;
}

/** Read the state from a query string, ignoring unknown facets, values and sorts. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const known = new Set<string>(facet.values.map((v) => v.id));
    const values = [...new Set(params.getAll(facet.id))].filter((v) => known.has(v));
    if (values.length > 0) filters[facet.id] = values;
  }
  const sortParam = params.get('sort');
  const sort = SORTS.find((s) => s.id === sortParam)?.id ?? 'relevance';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { q: (params.get('q') ?? '').trim(), filters, sort, page };
}

/** Write the state as a query string: facets in FACETS order, defaults left out, so URLs are stable. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const v of state.filters[facet.id] ?? []) params.append(facet.id, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** Pagefind's filter object: values OR-ed within a facet (`any`), facets AND-ed together. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [facet, values] of Object.entries(filters)) if (values && values.length > 0) out[facet] = { any: [...values] };
  return out;
}

/** The URL of the search page filtered on some facets, for links from area pages. */
export function searchUrl(filters: SearchState['filters'], q = ''): string {
  return searchPageUrl(searchStateToQuery({ q, filters, sort: 'relevance', page: 1 }));
}

/** Links from an area page to the search filtered on that area, one per kind that has entries. */
export function areaSearchLinks(
  area: { id: AreaId; label: string },
  entries: readonly { kind: KindId }[],
): { href: string; text: string; count: number }[] {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return ENTRY_KINDS.flatMap((kind) => {
    const count = entries.filter((e) => e.kind === kind.id).length;
    if (count === 0) return [];
    // Specialist Provision Packages is a proper name and keeps its capitals.
    const noun = (s: string) => (kind.id === 'packages' ? s : lower(s));
    const text =
      count === 1 ? `1 ${noun(kind.singular)} for ${lower(area.label)}` : `All ${count} ${noun(kind.plural)} for ${lower(area.label)}`;
    return [{ href: searchUrl({ area: [area.id], kind: [kind.id] }), text, count }];
  });
}

/** One thing applied to a search (the query or a ticked value), with the link that removes it. */
export interface AppliedItem {
  /** What it is: "Search for" or the facet's label. */
  group: string;
  /** The query text or the value's label. */
  label: string;
  /** The search without it (back to page 1). */
  href: string;
}

/** Everything applied to a search, the query first, then values in facet order, each removable. */
export function appliedItems(state: SearchState): AppliedItem[] {
  const without = (change: Partial<SearchState>) => searchPageUrl(searchStateToQuery({ ...state, ...change, page: 1 }));
  const items: AppliedItem[] = [];
  if (state.q) items.push({ group: 'Search for', label: state.q, href: without({ q: '' }) });
  for (const facet of FACETS) {
    const chosen = state.filters[facet.id] ?? [];
    for (const value of facet.values) {
      if (!chosen.includes(value.id)) continue;
      const rest = chosen.filter((v) => v !== value.id);
      const filters = { ...state.filters, [facet.id]: rest };
      if (rest.length === 0) delete filters[facet.id];
      items.push({ group: facet.label, label: value.label, href: without({ filters }) });
    }
  }
  return items;
}

/**
 * The page title for a search, naming the query and the filters, so that a shared link, a tab and
 * the browser's history say what they hold: `"working memory", Phase of education: Primary - Search`.
 */
export function searchTitle(state: SearchState): string {
  const parts: string[] = [];
  if (state.q) parts.push(`“${state.q}”`);
  for (const facet of FACETS) {
    const chosen = facet.values.filter((v) => (state.filters[facet.id] ?? []).includes(v.id));
    if (chosen.length > 0) parts.push(`${facet.label}: ${chosen.map((v) => v.label).join(' or ')}`);
  }
  if (parts.length === 0) return 'Search';
  return `${parts.join(', ')}${state.page > 1 ? `, page ${state.page}` : ''} - Search`;
}
