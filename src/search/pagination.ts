/**
 * Which page of results the search shows, and the links between pages in the shape of GOV.UK
 * Frontend's pagination component (its `previous`, `next` and `items` params), so that the page's
 * script only turns them into elements. Pure.
 */

/** Results on one page of the search. */
export const RESULTS_PER_PAGE = 20;

export interface ResultsPage {
  /** The page shown: the one asked for, or the last if it asked for more pages than there are. */
  page: number;
  /** How many pages; never 0, so an empty search is on page 1 of 1. */
  pages: number;
  /** Where the page's results start and end in the whole list, as `slice` takes them. */
  start: number;
  end: number;
}

/** The page of `total` results to show when page `requested` (1 or more) is asked for. */
export function resultsPage(total: number, requested: number, perPage = RESULTS_PER_PAGE): ResultsPage {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(requested, pages);
  return { page, pages, start: (page - 1) * perPage, end: Math.min(total, page * perPage) };
}

/**
 * Extra attributes of a link (GOV.UK's `attributes` param): the page it goes to, which the script
 * reads to show that page without loading a new one.
 */
export interface PageAttributes {
  'data-page': string;
}

/** The previous or next link. */
export interface PaginationLink {
  href: string;
  attributes: PageAttributes;
}

/** A numbered page in the list. */
export interface PaginationPage {
  number: number;
  href: string;
  current: boolean;
  attributes: PageAttributes;
}

/** Stands for the pages left out of the list. */
export interface PaginationEllipsis {
  ellipsis: true;
}

export type PaginationItem = PaginationPage | PaginationEllipsis;

/** GOV.UK pagination's params. No items (and no links) means there is nothing to paginate. */
export interface Pagination {
  previous?: PaginationLink;
  next?: PaginationLink;
  items: PaginationItem[];
}

/**
 * Pagination for page `current` of `pages`: previous and next where they exist, then the first
 * page, the last, and the current one with its neighbours; an ellipsis stands for each run of pages
 * left out. One page or none needs no pagination.
 */
export function paginationItems(current: number, pages: number, href: (page: number) => string): Pagination {
  if (pages <= 1) return { items: [] };
  const at = Math.min(current, pages);
  const link = (page: number): PaginationLink => ({ href: href(page), attributes: { 'data-page': String(page) } });
  const items: PaginationItem[] = [];
  for (let page = 1; page <= pages; page++) {
    if (page !== 1 && page !== pages && Math.abs(page - at) > 1) {
      const last = items.at(-1);
      if (!last || !('ellipsis' in last)) items.push({ ellipsis: true });
      continue;
    }
    items.push({ number: page, ...link(page), current: page === at });
  }
  return {
    ...(at > 1 ? { previous: link(at - 1) } : {}),
    ...(at < pages ? { next: link(at + 1) } : {}),
    items,
  };
}
