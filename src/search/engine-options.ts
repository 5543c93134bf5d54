/**
 * How the search page starts Pagefind and how much it draws first. Pure: the search page
 * (search-page.ts) uses it in the browser, and `npm run bench` gives its blank-page engine floor the
 * same options, so the floor measures the engine the site runs.
 */
import { META_WEIGHTS } from './index-records.ts';

/**
 * Pagefind's `options`. `noWorker`: on the page's own thread, because starting Pagefind's worker
 * delayed the first result of a cold page by about a fifth of a second (decision 9).
 */
export const ENGINE_OPTIONS = { excerptLength: 30, noWorker: true, ranking: { metaWeights: META_WEIGHTS } } as const;

/** Result cards drawn before the rest of the page of results is fetched: about a phone's first screen. */
export const FIRST_SCREEN = 3;
