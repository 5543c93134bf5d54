/**
 * A Sätteri hast plugin (Astro 7's Markdown pipeline) that gives the HTML written in content the
 * GOV.UK Design System's classes, so entry bodies look like the rest of the site with no extra CSS.
 */
import { defineHastPlugin } from 'satteri';

/** Element name to GOV.UK classes. Headings step down one size because the page owns the h1. */
export const GOVUK_CLASSES: Record<string, string[]> = {
  h2: ['govuk-heading-l'],
  h3: ['govuk-heading-m'],
  h4: ['govuk-heading-s'],
  p: ['govuk-body'],
  ul: ['govuk-list', 'govuk-list--bullet'],
  ol: ['govuk-list', 'govuk-list--number'],
  a: ['govuk-link'],
  table: ['govuk-table'],
  caption: ['govuk-table__caption', 'govuk-table__caption--m'],
  thead: ['govuk-table__head'],
  tbody: ['govuk-table__body'],
  tr: ['govuk-table__row'],
  th: ['govuk-table__header'],
  td: ['govuk-table__cell'],
  hr: ['govuk-section-break', 'govuk-section-break--l', 'govuk-section-break--visible'],
  blockquote: ['govuk-inset-text'],
};

export const govukClasses = defineHastPlugin({
  name: 'govuk-classes',
  element: {
    filter: Object.keys(GOVUK_CLASSES),
    visit(node, ctx) {
      const existing: unknown = node.properties?.className;
      const current = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? (existing as string).split(' ') : [];
      const wanted = GOVUK_CLASSES[node.tagName] ?? [];
      ctx.setProperty(node, 'className', [...wanted, ...current.filter((c: string) => !wanted.includes(c))]);
    },
  },
});
