/**
 * GOV.UK Frontend's pagination template (components/pagination/template.njk) as data: the elements
 * its macro writes inside `<nav class="govuk-pagination">` for the params paginationItems() gives.
 * The search page's script creates them with the DOM (no HTML strings, so no escaping to get
 * wrong), and the GOV.UK parity test compares them with the template's own fixtures. Pure.
 */
import type { Pagination, PaginationItem, PaginationLink } from './pagination.ts';

/** An element to create: its tag, attributes in order, and children (text or elements). */
export interface Markup {
  tag: string;
  attrs: Record<string, string>;
  children: (Markup | string)[];
}

const h = (tag: string, attrs: Record<string, string>, ...children: (Markup | string)[]): Markup => ({ tag, attrs, children });

/** The template's arrow icons, verbatim (an SVG path each). */
const ARROW_PATH = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
} as const;

function arrow(type: 'prev' | 'next'): Markup {
  return h(
    'svg',
    {
      class: `govuk-pagination__icon govuk-pagination__icon--${type}`,
      xmlns: 'http://www.w3.org/2000/svg',
      height: '13',
      width: '15',
      'aria-hidden': 'true',
      focusable: 'false',
      viewBox: '0 0 15 13',
    },
    h('path', { d: ARROW_PATH[type] }),
  );
}

/** Previous or next: the icon before "Previous" and after "Next", the visually hidden " page" inside the title. */
function arrowLink(type: 'prev' | 'next', link: PaginationLink): Markup {
  const title = h(
    'span',
    { class: 'govuk-pagination__link-title' },
    type === 'prev' ? 'Previous' : 'Next',
    h('span', { class: 'govuk-visually-hidden' }, ' page'),
  );
  const content = type === 'prev' ? [arrow(type), title] : [title, arrow(type)];
  return h(
    'div',
    { class: `govuk-pagination__${type}` },
    h('a', { class: 'govuk-link govuk-pagination__link', href: link.href, rel: type, ...link.attributes }, ...content),
  );
}

function pageItem(item: PaginationItem): Markup {
  if ('ellipsis' in item) return h('li', { class: 'govuk-pagination__item govuk-pagination__item--ellipsis' }, '⋯');
  return h(
    'li',
    { class: `govuk-pagination__item${item.current ? ' govuk-pagination__item--current' : ''}` },
    h(
      'a',
      {
        class: 'govuk-link govuk-pagination__link',
        href: item.href,
        'aria-label': `Page ${item.number}`,
        ...(item.current ? { 'aria-current': 'page' } : {}),
        ...item.attributes,
      },
      String(item.number),
    ),
  );
}

/**
 * The children of the pagination's <nav>: previous, the list of pages, next. paginationItems()
 * always gives pages with its links, so the template's block-level form (links alone) never arises.
 */
export function paginationMarkup({ previous, next, items }: Pagination): Markup[] {
  if (items.length === 0) return [];
  return [
    ...(previous ? [arrowLink('prev', previous)] : []),
    h('ul', { class: 'govuk-pagination__list' }, ...items.map(pageItem)),
    ...(next ? [arrowLink('next', next)] : []),
  ];
}
