import { describe, expect, it } from 'vitest';
import {
  appliedItems,
  areaSearchLinks,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
  searchTitle,
  searchUrl,
} from '../../src/search/search-state.ts';
import { AREAS } from '../../src/domain/vocabulary.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters, sort and page', () => {
    const state = {
      q: 'language',
      filters: { phase: ['early-years', 'primary'], kind: ['interventions'] },
      sort: 'cost' as const,
      page: 2,
    };
    const query = searchStateToQuery(state);
    expect(query).toBe('q=language&kind=interventions&phase=early-years&phase=primary&sort=cost&page=2');
    expect(parseSearchState(query)).toEqual(state);
  });

  it('ignores unknown facets, values, sorts and bad page numbers', () => {
    expect(parseSearchState('?q=%20x%20&colour=red&phase=moon&phase=primary&phase=primary&sort=random&page=-3')).toEqual({
      q: 'x',
      filters: { phase: ['primary'] },
      sort: 'relevance',
      page: 1,
    });
  });

  it('leaves defaults out so the empty state is the bare page', () => {
    expect(searchUrl({})).toBe('/search/');
    expect(searchUrl({ component: ['attention'] })).toBe('/search/?component=attention');
  });
});

describe('Pagefind options', () => {
  it('ORs values within a facet and ANDs facets', () => {
    expect(pagefindFilters({ phase: ['early-years', 'primary'], kind: ['tools'] })).toEqual({
      phase: { any: ['early-years', 'primary'] },
      kind: { any: ['tools'] },
    });
  });
});

describe('areaSearchLinks', () => {
  it('links each kind with entries to the search filtered on the area and kind', () => {
    const area = AREAS.find((a) => a.id === 'executive-function')!;
    const entries = [...Array(14).fill({ kind: 'interventions' }), { kind: 'tools' }, { kind: 'packages' }, { kind: 'packages' }];
    expect(areaSearchLinks(area, entries)).toEqual([
      { href: '/search/?kind=interventions&area=executive-function', text: 'All 14 interventions for executive function', count: 14 },
      { href: '/search/?kind=tools&area=executive-function', text: '1 identification tool for executive function', count: 1 },
      {
        href: '/search/?kind=packages&area=executive-function',
        text: 'All 2 Specialist Provision Packages for executive function',
        count: 2,
      },
    ]);
  });
});

describe('what a search has applied', () => {
  const state = parseSearchState('q=working+memory&phase=primary&phase=early-years&strength=strong&sort=cost&page=3');

  it('lists the query and each ticked value, each with a link that removes it alone and goes back to page 1', () => {
    expect(appliedItems(state)).toEqual([
      { group: 'Search for', label: 'working memory', href: '/search/?phase=primary&phase=early-years&strength=strong&sort=cost' },
      { group: 'Phase of education', label: 'Early years', href: '/search/?q=working+memory&phase=primary&strength=strong&sort=cost' },
      { group: 'Phase of education', label: 'Primary', href: '/search/?q=working+memory&phase=early-years&strength=strong&sort=cost' },
      {
        group: 'Strength of evidence',
        label: 'Strong evidence',
        href: '/search/?q=working+memory&phase=primary&phase=early-years&sort=cost',
      },
    ]);
    expect(appliedItems(parseSearchState(''))).toEqual([]);
  });

  it('names the query and the filters in the page title', () => {
    expect(searchTitle(state)).toBe(
      '“working memory”, Phase of education: Early years or Primary, Strength of evidence: Strong evidence, page 3 - Search',
    );
    expect(searchTitle(parseSearchState('kind=tools'))).toBe('Type: Identification tools - Search');
    expect(searchTitle(parseSearchState(''))).toBe('Search');
  });
});
