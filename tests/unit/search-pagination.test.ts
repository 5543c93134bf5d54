import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_PER_PAGE, paginationItems, resultsPage } from '../../src/search/pagination.ts';

const href = (page: number) => `/search/?q=x&page=${page}`;
const link = (page: number) => ({ href: href(page), attributes: { 'data-page': String(page) } });
const page = (n: number, current = false) => ({ number: n, current, ...link(n) });
const gap = { ellipsis: true };
/** The page numbers shown, `…` for an ellipsis and `[n]` for the current page. */
const shown = (current: number, pages: number) =>
  paginationItems(current, pages, href)
    .items.map((item) => ('ellipsis' in item ? '…' : item.current ? `[${item.number}]` : String(item.number)))
    .join(' ');

describe('resultsPage', () => {
  it('shows twenty results a page', () => {
    expect(RESULTS_PER_PAGE).toBe(20);
    expect(resultsPage(45, 1)).toEqual({ page: 1, pages: 3, start: 0, end: 20 });
    expect(resultsPage(45, 2)).toEqual({ page: 2, pages: 3, start: 20, end: 40 });
  });

  it('ends the last page at the last result', () => {
    expect(resultsPage(45, 3)).toEqual({ page: 3, pages: 3, start: 40, end: 45 });
    expect(resultsPage(40, 2)).toEqual({ page: 2, pages: 2, start: 20, end: 40 });
  });

  it('counts a partly filled page', () => {
    expect(resultsPage(20, 1).pages).toBe(1);
    expect(resultsPage(21, 1).pages).toBe(2);
    expect(resultsPage(7, 1, 3)).toEqual({ page: 1, pages: 3, start: 0, end: 3 });
  });

  it('shows the last page when asked for one past it (a shared link after the library shrank)', () => {
    expect(resultsPage(45, 9)).toEqual({ page: 3, pages: 3, start: 40, end: 45 });
  });

  it('puts no results on page 1 of 1', () => {
    expect(resultsPage(0, 1)).toEqual({ page: 1, pages: 1, start: 0, end: 0 });
    expect(resultsPage(0, 4)).toEqual({ page: 1, pages: 1, start: 0, end: 0 });
  });
});

describe('paginationItems', () => {
  it('needs no pagination for one page, or none (no results)', () => {
    expect(paginationItems(1, 1, href)).toEqual({ items: [] });
    expect(paginationItems(1, 0, href)).toEqual({ items: [] });
    expect(paginationItems(resultsPage(0, 1).page, resultsPage(0, 1).pages, href)).toEqual({ items: [] });
  });

  it('has no previous link on the first page', () => {
    expect(paginationItems(1, 3, href)).toEqual({ next: link(2), items: [page(1, true), page(2), page(3)] });
  });

  it('has no next link on the last page', () => {
    expect(paginationItems(3, 3, href)).toEqual({ previous: link(2), items: [page(1), page(2), page(3, true)] });
  });

  it('links both ways from a middle page', () => {
    expect(paginationItems(2, 3, href)).toEqual({ previous: link(1), next: link(3), items: [page(1), page(2, true), page(3)] });
  });

  it('shows the first, the last and the current page with its neighbours, gaps on both sides as ellipses', () => {
    expect(paginationItems(10, 40, href)).toEqual({
      previous: link(9),
      next: link(11),
      items: [page(1), gap, page(9), page(10, true), page(11), gap, page(40)],
    });
  });

  it('puts an ellipsis only on the side with a gap', () => {
    expect(shown(1, 10)).toBe('[1] 2 … 10');
    expect(shown(2, 10)).toBe('1 [2] 3 … 10');
    expect(shown(3, 10)).toBe('1 2 [3] 4 … 10');
    expect(shown(8, 10)).toBe('1 … 7 [8] 9 10');
    expect(shown(9, 10)).toBe('1 … 8 [9] 10');
    expect(shown(10, 10)).toBe('1 … 9 [10]');
  });

  it('writes one ellipsis for each gap, whatever its length, even a single page', () => {
    expect(shown(4, 7)).toBe('1 … 3 [4] 5 … 7');
    expect(shown(50, 100)).toBe('1 … 49 [50] 51 … 100');
  });

  it('lists every page when there is no gap', () => {
    expect(shown(2, 4)).toBe('1 [2] 3 4');
    expect(shown(1, 2)).toBe('[1] 2');
    expect(paginationItems(2, 2, href)).toEqual({ previous: link(1), items: [page(1), page(2, true)] });
  });

  it('treats a page past the end as the last page', () => {
    expect(paginationItems(9, 3, href)).toEqual(paginationItems(3, 3, href));
  });

  it('links each page with the given URL and names it for the script', () => {
    const { previous, next, items } = paginationItems(5, 9, (n) => `/p${n}`);
    expect(previous).toEqual({ href: '/p4', attributes: { 'data-page': '4' } });
    expect(next).toEqual({ href: '/p6', attributes: { 'data-page': '6' } });
    expect(items[0]).toEqual({ number: 1, href: '/p1', current: false, attributes: { 'data-page': '1' } });
  });

  it("uses only params of GOV.UK Frontend's pagination component", () => {
    const options = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../node_modules/govuk-frontend/dist/govuk/components/pagination/macro-options.json'),
        'utf8',
      ),
    ) as { name: string; params?: { name: string }[] }[];
    const params = (name: string) => options.find((o) => o.name === name)!.params!.map((p) => p.name);
    const pagination = paginationItems(10, 40, href);
    for (const key of Object.keys(pagination)) expect(options.map((o) => o.name)).toContain(key);
    for (const item of pagination.items) for (const key of Object.keys(item)) expect(params('items')).toContain(key);
    for (const key of Object.keys(pagination.previous!)) expect(params('previous')).toContain(key);
    for (const key of Object.keys(pagination.next!)) expect(params('next')).toContain(key);
  });
});
