/**
 * Entry bodies get the GOV.UK Design System's classes from the Markdown pipeline (Sätteri's hast
 * plugin, as astro.config.mjs runs it), keeping any class an element already has.
 */
import { describe, expect, it } from 'vitest';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { GOVUK_CLASSES, govukClasses } from '../../src/markdown/govuk-classes.ts';

// `before` runs ahead of ours; the option's type is Sätteri's own plugin list.
const html = (markdown: string, before: unknown[] = []) =>
  markdownToHtml(markdown, { hastPlugins: [...before, govukClasses] as never }).html;

/** A plugin that gives paragraphs a class of their own first, as another plugin or a component might. */
const presetClass = (value: unknown) =>
  defineHastPlugin({ name: 'preset', element: { filter: ['p'], visit: (node, ctx) => ctx.setProperty(node, 'className', value) } });

describe('GOV.UK classes', () => {
  it('style headings a size down, paragraphs, links and lists', () => {
    expect(html('## A\n\n### B\n\n#### C\n\n##### D\n\nText [link](/x/).\n\n- a\n\n1. b\n')).toBe(
      [
        '<h2 class="govuk-heading-l">A</h2>',
        '<h3 class="govuk-heading-m">B</h3>',
        '<h4 class="govuk-heading-s">C</h4>',
        '<h5>D</h5>',
        '<p class="govuk-body">Text <a href="/x/" class="govuk-link">link</a>.</p>',
        '<ul class="govuk-list govuk-list--bullet">',
        '<li>a</li>',
        '</ul>',
        '<ol class="govuk-list govuk-list--number">',
        '<li>b</li>',
        '</ol>',
        '',
      ].join('\n'),
    );
  });

  it('style tables, section breaks and quotes', () => {
    expect(html('| a |\n|---|\n| 1 |\n\n---\n\n> quote\n')).toBe(
      [
        '<table class="govuk-table">',
        '<thead class="govuk-table__head">',
        '<tr class="govuk-table__row">',
        '<th class="govuk-table__header">a</th>',
        '</tr>',
        '</thead>',
        '<tbody class="govuk-table__body">',
        '<tr class="govuk-table__row">',
        '<td class="govuk-table__cell">1</td>',
        '</tr>',
        '</tbody>',
        '</table>',
        '<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">',
        '<blockquote class="govuk-inset-text">',
        '<p class="govuk-body">quote</p>',
        '</blockquote>',
        '',
      ].join('\n'),
    );
    expect(GOVUK_CLASSES.caption).toEqual(['govuk-table__caption', 'govuk-table__caption--m']);
  });

  it('keep the classes an element already has, after its own and without repeating them', () => {
    expect(html('Text.\n', [presetClass(['lead', 'govuk-body'])])).toBe('<p class="govuk-body lead">Text.</p>\n');
    expect(html('Text.\n', [presetClass('lead govuk-body extra')])).toBe('<p class="govuk-body lead extra">Text.</p>\n');
    expect(html('Text.\n', [presetClass(42)])).toBe('<p class="govuk-body">Text.</p>\n');
  });
});
