/**
 * The pages the benchmark adds to a built site when it serves it (from memory: nothing is written to
 * the build). Each reports when it has shown its first results by a beacon to REPORT_PATH, with the
 * moment relative to its own navigation start and that start as a wall-clock time, so the server can
 * count the bytes it sent in between.
 */
import { SEARCH_INDEX } from '../../src/domain/routes.ts';
import { ENGINE_OPTIONS, FIRST_SCREEN } from '../../src/search/engine-options.ts';
import { REPORT_PATH } from './plain-chromium.ts';

/** What a page's beacon carries: ms from its navigation start, that start (epoch ms), its first contentful paint. */
export interface PageReport {
  at: number;
  origin: number;
  paint: number | null;
}

export const parseReport = (body: string) => JSON.parse(body) as PageReport;

/** Where the benchmark serves its blank engine-floor page. */
export const ENGINE_FLOOR_PATH = '/nis-bench-engine-floor/';

/**
 * A blank page that asks Pagefind, with the search page's options, for the first screen of the
 * query in its address (FIRST_SCREEN results and their fragments) as soon as its head is parsed, and
 * reports when they are in. No layout, no stylesheet, no other script: what is left is the engine's
 * cold start, the least any page searching with it could take.
 */
export const ENGINE_FLOOR_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Engine floor</title><script>
import(${JSON.stringify(SEARCH_INDEX.script)}).then(async (pf) => {
  await pf.options(${JSON.stringify(ENGINE_OPTIONS)});
  await pf.init();
  const response = await pf.search(new URLSearchParams(location.search).get('q'), {});
  await Promise.all(response.results.slice(0, ${FIRST_SCREEN}).map((r) => r.data()));
  navigator.sendBeacon(${JSON.stringify(REPORT_PATH)}, JSON.stringify({ at: performance.now(), origin: performance.timeOrigin, paint: null }));
});
</script></head><body></body></html>`;

/**
 * Reports the moment the first result is in the search page's list, then (once the browser has
 * recorded it) the page's first contentful paint.
 */
const FIRST_RESULT_REPORTER = `<script>
new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-search-results] li')) return;
  observer.disconnect();
  const at = performance.now();
  const paint = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  const send = () => navigator.sendBeacon(${JSON.stringify(REPORT_PATH)}, JSON.stringify({ at, origin: performance.timeOrigin, paint: paint() ?? null }));
  if (paint() !== undefined) return send();
  new PerformanceObserver((list, paints) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    paints.disconnect();
    send();
  }).observe({ type: 'paint', buffered: true });
}).observe(document, { childList: true, subtree: true });
</script>`;

/**
 * The built search page with the reporter as the first thing in its head, after the charset: it runs
 * before the page's Content-Security-Policy meta is parsed, so the policy need not allow it.
 */
export function withFirstResultReporter(html: string): string {
  const charset = '<meta charset="utf-8">';
  if (!html.includes(charset)) throw new Error(`The search page has no ${charset} to put the benchmark's reporter after`);
  return html.replace(charset, charset + FIRST_RESULT_REPORTER);
}
