/**
 * The search page's script: the only client JavaScript besides GOV.UK Frontend's (src/browser/) and
 * the review-date check. It drives the Pagefind JS API directly (not Pagefind's default UI) so that:
 * - the engine loads with the page, the index for the words is fetched while they are typed, and a
 *   search runs on submit with no debounce;
 * - a large index comes in shards, merged here, and results are sorted here (shards.ts);
 * - facet counts come from `totalFilters`, so ticking a value does not zero its neighbours;
 * - values combine with OR inside a facet and AND across facets;
 * - the whole state (q, filters, sort, page) lives in the URL: shareable, and the back button works.
 * The markup it fills in is rendered by src/pages/search/index.astro. This file only reads and writes
 * the page: what the state means is search-state.ts, which page and which links pagination.ts.
 */
import { Checkboxes, createAll } from 'govuk-frontend';
import { FACETS, type FacetId, type SortId } from './index-records.ts';
import { pagefindFilters, parseSearchState, searchStateToQuery, type SearchState } from './search-state.ts';
import { paginationItems, resultsPage } from './pagination.ts';
import { paginationMarkup, type Markup } from './pagination-markup.ts';
import { sortResults, type SearchManifest, type SortTable } from './shards.ts';
import { SEARCH_INDEX, searchPageUrl } from '../domain/routes.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}
interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const noJs = document.querySelector<HTMLElement>('[data-search-no-js]');
const summary = document.querySelector<HTMLElement>('[data-search-summary]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const pagination = document.querySelector<HTMLElement>('[data-search-pagination]');
const heading = document.getElementById('search-results-heading');

// A variable keeps Vite from trying to bundle the index, which only exists after Pagefind has run.
const PAGEFIND_URL = SEARCH_INDEX.script;
let engine: Promise<Pagefind> | undefined;
let manifest: Promise<SearchManifest> | undefined;
let sortTable: Promise<SortTable> | undefined;
/** Whether a throwaway search has warmed up the engine's word ranking (see the query box's input handler). */
let rankedOnce = false;
/** Each search gets a number; a slower, older search never overwrites a newer one's results. */
let latest = 0;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function loadManifest(): Promise<SearchManifest> {
  manifest ??= fetchJson<SearchManifest>(SEARCH_INDEX.manifest);
  return manifest;
}

/** Ranks for sorting; fetched only when a search needs an order other than relevance. */
function loadSortTable(): Promise<SortTable> {
  sortTable ??= loadManifest().then((m) => fetchJson<SortTable>(m.sortTable));
  return sortTable;
}

function loadEngine(): Promise<Pagefind> {
  engine ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, loadManifest()]).then(async ([pf, { shards }]) => {
    await pf.options({ excerptLength: 30 });
    await pf.init();
    for (const shard of shards.slice(1)) await pf.mergeIndex(shard);
    // Pagefind loads filter data lazily and leaves facets it has not loaded out of a search's counts:
    // load them all now, with the engine, so the first search already has every count.
    await pf.filters();
    return pf;
  });
  return engine;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Put the state into the form controls (on load and on back/forward). */
function showState(state: SearchState): void {
  if (!form) return;
  (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  for (const input of form.querySelectorAll<HTMLInputElement>('.govuk-checkboxes__input')) {
    input.checked = (state.filters[input.name as FacetId] ?? []).includes(input.value);
  }
  // A chosen value inside a closed facet would be invisible: open it.
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details')) {
    if (details.querySelector('input:checked')) details.open = true;
  }
}

/** Read the state from the form controls (after the reader changes something). */
function readState(page = 1): SearchState {
  const data = new FormData(form!);
  const params = new URLSearchParams();
  for (const [k, v] of data) if (typeof v === 'string') params.append(k, v);
  return { ...parseSearchState(params), page };
}

function showCounts(totals: Record<string, Record<string, number>>): void {
  for (const facet of FACETS) {
    const counts = totals[facet.id] ?? {};
    for (const item of form!.querySelectorAll<HTMLElement>(`[data-facet="${facet.id}"] [data-facet-value]`)) {
      const n = counts[item.dataset.facetValue!] ?? 0;
      const count = item.querySelector<HTMLElement>('[data-count]')!;
      count.textContent = `(${n})`;
      // Values nothing matches stay visible while ticked, so they can be unticked.
      const input = item.querySelector<HTMLInputElement>('input')!;
      item.hidden = n === 0 && !input.checked;
    }
  }
}

function resultCard(data: PagefindResultData): HTMLLIElement {
  const li = el('li', { class: 'app-entry-list__item' });
  const h3 = el('h3', { class: 'app-entry-list__title' });
  h3.append(el('a', { class: 'govuk-link', href: data.url }, data.meta.title ?? data.url));
  li.append(h3);
  if (data.meta.summary) li.append(el('p', { class: 'app-entry-list__summary govuk-body' }, data.meta.summary));
  if (data.meta.areas) li.append(el('p', { class: 'govuk-body-s app-search__areas' }, `Areas: ${data.meta.areas}`));
  const tags = el('ul', { class: 'app-tags', 'aria-label': 'About this entry' });
  // Whole class names, so that a check of the built site finds each in GOV.UK Frontend's CSS. The
  // layer tag has no modifier: the tag is blue by default.
  const tag = (text: string | undefined, classes: string) => {
    if (!text) return;
    const item = el('li');
    item.append(el('strong', { class: classes }, text));
    tags.append(item);
  };
  tag(data.meta.kind, 'govuk-tag govuk-tag--grey');
  tag(data.meta.layer, 'govuk-tag');
  tag(data.meta.strength, 'govuk-tag govuk-tag--green');
  tag(data.meta.impact, 'govuk-tag govuk-tag--teal');
  tag(data.meta.cost, 'govuk-tag govuk-tag--purple');
  li.append(tags);
  return li;
}

function pageLink(state: SearchState, page: number): string {
  return searchPageUrl(searchStateToQuery({ ...state, page }));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements from their description; SVG ones in the SVG namespace, or the browser would not draw them. */
function create(markup: Markup | string, inSvg = false): Node {
  if (typeof markup === 'string') return document.createTextNode(markup);
  const svg = inSvg || markup.tag === 'svg';
  const node = svg ? document.createElementNS(SVG_NS, markup.tag) : document.createElement(markup.tag);
  for (const [k, v] of Object.entries(markup.attrs)) node.setAttribute(k, v);
  node.append(...markup.children.map((child) => create(child, svg)));
  return node;
}

/** GOV.UK pagination: previous, numbered pages (with gaps), next. */
function showPagination(state: SearchState, pages: number): void {
  if (!pagination) return;
  const markup = paginationMarkup(paginationItems(state.page, pages, (page) => pageLink(state, page)));
  pagination.replaceChildren(...markup.map((m) => create(m)));
  pagination.hidden = markup.length === 0;
}

const isEmpty = (state: SearchState) => !state.q && Object.keys(state.filters).length === 0;

async function runSearch(state: SearchState): Promise<void> {
  const run = ++latest;
  list!.setAttribute('aria-busy', 'true');
  try {
    await search(state, run);
  } finally {
    if (run === latest) list!.removeAttribute('aria-busy');
  }
}

async function search(state: SearchState, run: number): Promise<void> {
  const pf = await loadEngine();
  if (isEmpty(state)) {
    const totals = await pf.filters();
    if (run !== latest) return;
    showCounts(totals);
    list!.replaceChildren();
    showPagination(state, 0);
    summary!.textContent = 'Enter a search term or choose a filter to see results.';
    return;
  }
  // No Pagefind sort: it would sort each shard apart. Results come in relevance order and are sorted
  // below; without a query there is no relevance, and titles A to Z are the useful order.
  const order: SortId = state.sort === 'relevance' && !state.q ? 'title' : (state.sort as SortId);
  const [response, table] = await Promise.all([
    pf.search(state.q || null, { filters: pagefindFilters(state.filters) }),
    order === 'relevance' ? undefined : loadSortTable(),
  ]);
  // totalFilters counts the query's results ignoring the filters, so a ticked value never zeroes its
  // neighbours. With no query it counts nothing, and the whole index is the right count.
  const totals = state.q ? response?.totalFilters : await pf.filters();
  if (run !== latest || !response || !totals) return;
  const results = table ? sortResults(response.results, order, table) : response.results;
  const total = results.length;
  const { page, pages, start, end } = resultsPage(total, state.page);
  const shown = results.slice(start, end);
  showCounts(totals);
  list!.replaceChildren();
  // Fetch every card's fragment at once but show each as soon as it and those above it arrive, so the
  // first result appears without waiting for the twentieth.
  for (const pending of shown.map((r) => r.data())) {
    const data = await pending;
    if (run !== latest) return;
    list!.append(resultCard(data));
  }
  showPagination({ ...state, page }, pages);
  const what = total === 1 ? '1 result' : `${total} results`;
  summary!.textContent = pages > 1 ? `${what}, page ${page} of ${pages}` : what;
}

/** A change the reader made: record it in the URL (a new history entry), then search. */
function navigate(state: SearchState): Promise<void> {
  const url = searchPageUrl(searchStateToQuery(state));
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  return runSearch(state);
}

function start(): void {
  // The facets are GOV.UK checkboxes (data-module): only this page has them, so only its script starts them.
  createAll(Checkboxes);
  if (!form || !summary || !list) return;
  noJs?.setAttribute('hidden', '');
  form.hidden = false;
  const initial = parseSearchState(location.search);
  showState(initial);
  summary.textContent = 'Loading search…';
  runSearch(initial).catch(showError);
  if (isEmpty(initial)) {
    // The engine's ranking code runs several times faster once the browser has compiled it fully, which
    // takes a few runs: one search over every page while the reader is still typing does that. Not when
    // the page opens on a search, which would wait behind it. A failure here shows in the real search.
    loadEngine()
      .then((pf) => pf.search(null, {}))
      .catch(() => {});
  }

  const query = form.elements.namedItem('q') as HTMLInputElement;
  // Fetch the index chunks for the words while they are being typed (as Pagefind's own UI does), so
  // that Enter only has to rank. Results still appear only on submit.
  query.addEventListener('input', () => {
    const term = query.value.trim();
    // One or two letters would fetch the files for every word they begin: wait for a third.
    if ((term.split(/\s+/).at(-1) ?? '').length < 3) return;
    // A failed preload needs no message: the search on submit fetches again and reports its own errors.
    loadEngine()
      .then(async (pf) => {
        await pf.preload(term, { filters: pagefindFilters(readState().filters) });
        // Once, rank the words typed so far and throw the result away: the engine's word-ranking code
        // (which a search without words does not run) is then compiled fully before Enter is pressed.
        if (!rankedOnce) {
          rankedOnce = true;
          await pf.search(term, {});
        }
      })
      .catch(() => {});
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(readState()).catch(showError);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    // The query box searches on submit (Enter), not on every change of focus.
    if (target instanceof HTMLInputElement && target.type === 'search') return;
    navigate(readState()).catch(showError);
  });
  pagination?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-page]');
    if (!link) return;
    event.preventDefault();
    navigate(readState(Number(link.dataset.page))).then(() => heading?.focus(), showError);
  });
  form.querySelector('[data-search-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    const cleared = parseSearchState('');
    showState(cleared);
    navigate(cleared).catch(showError);
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    showState(state);
    runSearch(state).catch(showError);
  });
}

function showError(error: unknown): void {
  console.error(error);
  if (summary) summary.textContent = 'Search is not working at the moment. You can browse the standards instead.';
  noJs?.removeAttribute('hidden');
}

start();
