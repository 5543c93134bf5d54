/**
 * The search page's script: the only client JavaScript besides GOV.UK Frontend's (src/browser/) and
 * the review-date check. It drives the Pagefind JS API directly (not Pagefind's default UI) so that:
 * - the engine starts loading with the page, the index for the words is fetched while they are
 *   typed, and a search runs on submit with no debounce;
 * - a large index comes in shards, merged here, and results are sorted here (shards.ts);
 * - the first screen of results shows before the rest of the page of results, and the counts beside
 *   the filters come last (they never hold up a result: decision 9);
 * - facet counts are disjunctive (facet-counts.ts): each facet's counts apply the query and the other
 *   facets' selections, not its own;
 * - values combine with OR inside a facet and AND across facets;
 * - the whole state (q, filters, sort, page) lives in the URL: shareable, and the back button works.
 * The markup it fills in is rendered by src/pages/search/index.astro. This file only reads and writes
 * the page: what the state means is search-state.ts, which page and which links pagination.ts.
 */
import { Checkboxes, createAll } from 'govuk-frontend';
import { FACETS, type FacetId, type SortId } from './index-records.ts';
import { ENGINE_OPTIONS, FIRST_SCREEN } from './engine-options.ts';
import { appliedItems, pagefindFilters, parseSearchState, searchStateToQuery, searchTitle, type SearchState } from './search-state.ts';
import { paginationItems, resultsPage } from './pagination.ts';
import { paginationMarkup, type Markup } from './pagination-markup.ts';
import { sortResults, type SearchManifest, type SortTable } from './shards.ts';
import { countingSearches, disjunctiveCounts, type Counts } from './facet-counts.ts';
import { SEARCH_INDEX, compareUrl, parseEntryPath, searchPageUrl } from '../domain/routes.ts';
import { isProvisionKind } from '../domain/entry-data.ts';
import { pageTitle } from '../domain/labels.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}
interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Counts;
  totalFilters: Counts;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const noJs = document.querySelector<HTMLElement>('[data-search-no-js]');
const summary = document.querySelector<HTMLElement>('[data-search-summary]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const pagination = document.querySelector<HTMLElement>('[data-search-pagination]');
const heading = document.getElementById('search-results-heading');
const applied = document.querySelector<HTMLElement>('[data-search-applied]');
const copyButton = document.querySelector<HTMLButtonElement>('[data-search-copy]');
const copied = document.querySelector<HTMLElement>('[data-search-copied]');
const filtersPanel = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
const compareBar = document.querySelector<HTMLElement>('[data-search-compare]');

/** Entries a comparison holds (the /compare/ page's contract). */
const COMPARE_MIN = 2;
const COMPARE_MAX = 3;

// A variable keeps Vite from trying to bundle the index, which only exists after Pagefind has run.
const PAGEFIND_URL = SEARCH_INDEX.script;
let engine: Promise<Pagefind> | undefined;
let manifest: Promise<SearchManifest> | undefined;
let sortTable: Promise<SortTable> | undefined;
/** Pagefind leaves facets whose filter data it has not loaded out of a search's counts: loaded once, after the first results. */
let allFilters: Promise<unknown> | undefined;
/** Whether a throwaway search has warmed up the engine's word ranking (see the query box's input handler). */
let rankedOnce = false;
/** Each search gets a number; a slower, older search never overwrites a newer one's results. */
let latest = 0;
/** Entries ticked for comparison ("<kind>/<slug>"), kept across searches and pages of results. */
const toCompare: string[] = [];

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

/** The engine with the primary shard only: enough for a first screen of results (see `search`). */
function loadEngine(): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options(ENGINE_OPTIONS);
    await pf.init();
    return pf;
  });
  return engine;
}

/** Whether every shard is in the engine (see `mergeShards`). */
let merged = false;
let merging: Promise<Pagefind> | undefined;
/**
 * The engine with every shard merged. Not before the first search has drawn its first screen: once
 * merged, a search fetches its words' index files from every shard, and the bytes before the first
 * result would grow with the library (decision 9). Every shard at once: one after another they added
 * a round trip each.
 */
function mergeShards(): Promise<Pagefind> {
  merging ??= Promise.all([loadEngine(), loadManifest()]).then(async ([pf, { shards }]) => {
    await Promise.all(shards.slice(1).map((shard) => pf.mergeIndex(shard)));
    merged = true;
    return pf;
  });
  return merging;
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
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-facet] input')) {
    input.checked = (state.filters[input.name as FacetId] ?? []).includes(input.value);
  }
  // A chosen value inside a closed facet would be invisible: open it.
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details.app-search__more')) {
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

function showCounts(totals: Counts): void {
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

/** What is applied (query, ticked values), each a link that removes it; the title names it all. */
function showApplied(state: SearchState): void {
  document.title = pageTitle(searchTitle(state));
  if (!applied) return;
  const items = appliedItems(state);
  const ul = applied.querySelector('ul')!;
  ul.replaceChildren(
    ...items.map((item) => {
      const li = el('li');
      const a = el('a', { class: 'govuk-link app-search__remove', href: item.href });
      a.append(
        el('span', { class: 'govuk-visually-hidden' }, 'Remove '),
        `${item.group}: ${item.label}`,
        el('span', { 'aria-hidden': 'true' }, ' ×'),
      );
      li.append(a);
      return li;
    }),
  );
  applied.hidden = items.length === 0;
  const count = document.querySelector('[data-search-filter-count]');
  const ticked = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
  if (count) count.textContent = ticked > 0 ? ` (${ticked} chosen)` : '';
}

/** The compare control: a link to the comparison once two or three entries are ticked. */
function showCompare(): void {
  if (!compareBar) return;
  const link = compareBar.querySelector<HTMLAnchorElement>('a')!;
  const status = compareBar.querySelector<HTMLElement>('[data-compare-status]')!;
  const ready = toCompare.length >= COMPARE_MIN;
  link.hidden = !ready;
  if (ready) link.href = compareUrl(toCompare);
  link.textContent = `Compare selected (${toCompare.length})`;
  status.textContent =
    toCompare.length === 0 ? '' : ready ? `${toCompare.length} of ${COMPARE_MAX} chosen to compare` : `Choose 1 more entry to compare`;
  compareBar.hidden = toCompare.length === 0;
  for (const box of list!.querySelectorAll<HTMLInputElement>('input[data-compare]')) {
    box.checked = toCompare.includes(box.value);
    box.disabled = !box.checked && toCompare.length >= COMPARE_MAX;
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
  tag(data.meta.verdict, data.meta.verdictTag ?? 'govuk-tag');
  tag(data.meta.strength, data.meta.strengthTag ?? 'govuk-tag govuk-tag--green');
  tag(data.meta.impact, 'govuk-tag govuk-tag--teal');
  tag(data.meta.cost, 'govuk-tag govuk-tag--purple');
  li.append(tags);
  const entry = parseEntryPath(new URL(data.url, location.href).pathname);
  if (entry && isProvisionKind(entry.kind)) li.append(compareBox(`${entry.kind}/${entry.slug}`, data.meta.title ?? data.url));
  return li;
}

/** GOV.UK's small checkbox, "Compare", naming the entry for screen readers. No name: it is not part of the search. */
function compareBox(ref: string, title: string): HTMLElement {
  const id = `compare-${ref.replace('/', '-')}`;
  const group = el('div', { class: 'govuk-checkboxes govuk-checkboxes--small app-search__compare', 'data-module': 'govuk-checkboxes' });
  const item = el('div', { class: 'govuk-checkboxes__item' });
  const input = el('input', { class: 'govuk-checkboxes__input', id, type: 'checkbox', value: ref, 'data-compare': '' });
  input.checked = toCompare.includes(ref);
  input.disabled = !input.checked && toCompare.length >= COMPARE_MAX;
  const label = el('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, 'Compare');
  label.append(el('span', { class: 'govuk-visually-hidden' }, ` ${title}`));
  item.append(input, label);
  group.append(item);
  return group;
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
  showApplied(state);
  try {
    await search(state, run);
  } finally {
    if (run === latest) list!.removeAttribute('aria-busy');
  }
}

async function search(state: SearchState, run: number): Promise<void> {
  if (isEmpty(state)) {
    // The whole index's counts come with the manifest: opening the page loads no filter data.
    const { counts } = await loadManifest();
    if (run !== latest) return;
    showCounts(counts);
    list!.replaceChildren();
    showPagination(state, 0);
    summary!.textContent = 'Enter a search term or choose a filter to see results.';
    return;
  }
  // Cleared now, written once when the results are in: the live region announces one count.
  summary!.textContent = '';
  // No Pagefind sort: it would sort each shard apart. Results come in relevance order and are sorted
  // below; without a query there is no relevance, and titles A to Z are the useful order.
  const order: SortId = state.sort === 'relevance' && !state.q ? 'title' : (state.sort as SortId);
  const term = state.q || null;
  const filters = pagefindFilters(state.filters);
  if (!merged && order === 'relevance' && state.page === 1) {
    // The first screen from the primary shard alone (a thousand pages or so, whatever the library's
    // size): its best matches show while the other shards load. The whole list, ranked over every
    // shard, replaces it a moment later; the list is busy until then and the count is announced once.
    const primary = await (await loadEngine()).search(term, { filters });
    if (run !== latest || !primary) return;
    const first = await Promise.all(primary.results.slice(0, FIRST_SCREEN).map((r) => r.data()));
    if (run !== latest) return;
    list!.replaceChildren(...first.map(resultCard));
  }
  const pf = await mergeShards();
  const [response, table] = await Promise.all([pf.search(term, { filters }), order === 'relevance' ? undefined : loadSortTable()]);
  if (run !== latest || !response) return;
  const results = table ? sortResults(response.results, order, table) : response.results;
  const total = results.length;
  const { page, pages, start, end } = resultsPage(total, state.page);
  const shown = results.slice(start, end);
  // The first screen's fragments first, then the rest of the page's, so that the first result does
  // not share the connection with the twentieth; the list is replaced in one step, never emptied.
  const firstScreen = await Promise.all(shown.slice(0, FIRST_SCREEN).map((r) => r.data()));
  if (run !== latest) return;
  list!.replaceChildren(...firstScreen.map(resultCard));
  for (const pending of shown.slice(FIRST_SCREEN).map((r) => r.data())) {
    const data = await pending;
    if (run !== latest) return;
    list!.append(resultCard(data));
  }
  showPagination({ ...state, page }, pages);
  const what = total === 1 ? '1 result' : `${total} results`;
  summary!.textContent = pages > 1 ? `${what}, page ${page} of ${pages}` : what;
  await showDisjunctiveCounts(pf, term, state, response, run);
}

/** The counts beside the filters, after the results: every filter's data, then one search per facet with a selection. */
async function showDisjunctiveCounts(
  pf: Pagefind,
  term: string | null,
  state: SearchState,
  main: PagefindResponse,
  run: number,
): Promise<void> {
  const loadedBefore = allFilters !== undefined;
  allFilters ??= pf.filters();
  await allFilters;
  // The search ran before every facet's data was loaded, so its counts may lack facets: run it again.
  const base = loadedBefore ? main : await pf.search(term, { filters: pagefindFilters(state.filters) });
  const perFacet = await Promise.all(
    countingSearches(state.filters).map(async ({ facet, filters }) => ({
      facet,
      counts: (await pf.search(term, { filters: pagefindFilters(filters) }))?.filters ?? {},
    })),
  );
  if (run !== latest || !base) return;
  showCounts(disjunctiveCounts(base.filters, perFacet));
}

/** A change the reader made: record it in the URL (a new history entry), then search. */
function navigate(state: SearchState): Promise<void> {
  const url = searchPageUrl(searchStateToQuery(state));
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  return runSearch(state);
}

/** On a phone the filters start closed, below the results; on a wider screen they are always open. */
function fitFiltersToScreen(): void {
  if (!filtersPanel) return;
  const wide = window.matchMedia('(min-width: 40.0625em)');
  const fit = () => {
    filtersPanel.open = wide.matches;
  };
  fit();
  wide.addEventListener('change', fit);
}

function start(): void {
  // The engine (the primary shard) loads at once, whatever the page opened on, and before anything
  // else the page does, so that a shared link or a query entered as soon as the box shows waits as
  // little as possible. No search runs ahead of the reader's: an empty search over every page used
  // to warm the engine here, and a query entered at once waited behind it (decision 9).
  loadEngine().catch(() => {});
  // The facets are GOV.UK checkboxes (data-module): only this page has them, so only its script starts them.
  createAll(Checkboxes);
  if (!form || !summary || !list) return;
  noJs?.setAttribute('hidden', '');
  fitFiltersToScreen();
  form.hidden = false;
  const initial = parseSearchState(location.search);
  showState(initial);
  runSearch(initial).catch(showError);

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
        // is then compiled fully before Enter is pressed.
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
    // The query box searches on submit (Enter), not on every change of focus; the compare boxes are not part of the search.
    if (target instanceof HTMLInputElement && (target.type === 'search' || target.hasAttribute('data-compare'))) return;
    navigate(readState()).catch(showError);
  });
  list.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.hasAttribute('data-compare')) return;
    const at = toCompare.indexOf(box.value);
    if (box.checked && at < 0 && toCompare.length < COMPARE_MAX) toCompare.push(box.value);
    if (!box.checked && at >= 0) toCompare.splice(at, 1);
    showCompare();
  });
  pagination?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-page]');
    if (!link) return;
    event.preventDefault();
    navigate(readState(Number(link.dataset.page))).then(() => heading?.focus(), showError);
  });
  const goTo = (href: string) => {
    const state = parseSearchState(new URL(href, location.href).search);
    showState(state);
    return navigate(state);
  };
  form.querySelector('[data-search-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    goTo(searchPageUrl()).catch(showError);
  });
  applied?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a');
    if (!link) return;
    event.preventDefault();
    goTo(link.href).then(() => heading?.focus(), showError);
  });
  if (copyButton && navigator.clipboard) {
    copyButton.hidden = false;
    copyButton.addEventListener('click', () => {
      navigator.clipboard.writeText(location.href).then(
        () => {
          if (copied) copied.textContent = 'Link copied. Paste it to share this search.';
        },
        () => {
          if (copied) copied.textContent = 'The link could not be copied: copy it from the address bar.';
        },
      );
    });
  }
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
