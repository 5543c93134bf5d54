/**
 * The comparison page's script: reads the chosen entries from the address, fetches the build's
 * facts and lays them out side by side. It stores nothing and sends nothing: the one request is the
 * same-origin facts file.
 */
import {
  COMPARE_MAX,
  COMPARE_MIN,
  parseSelection,
  selectionQuery,
  withKey,
  withoutKey,
  CARRY_PARAMS,
  verdictText,
} from '../domain/plan.ts';
import type { EntryFacts, RatingFact } from '../domain/plan-facts.ts';
import { formatDate } from '../domain/format.ts';
import { h, link } from './dom.ts';
import { loadFacts } from './facts.ts';

const root = document.querySelector<HTMLElement>('[data-compare]')!;
const { facts: factsUrl, planPage, comparePage } = root.dataset as Record<string, string>;

function problemsBox(lines: string[]): HTMLElement | undefined {
  if (lines.length === 0) return undefined;
  return h(
    'div',
    { class: 'govuk-inset-text' },
    h('p', { class: 'govuk-body' }, 'Some entries in the address could not be shown:'),
    h('ul', { class: 'govuk-list govuk-list--bullet' }, ...lines.map((l) => h('li', {}, l))),
  );
}

function evidence(name: string, r: RatingFact): HTMLElement {
  return h(
    'div',
    { class: 'app-compare__evidence' },
    h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, h('strong', {}, `${name}: ${r.label}.`), r.note ? ` ${r.note}` : ''),
    r.sources.length
      ? h(
          'p',
          { class: 'govuk-body-s' },
          'Sources: ',
          ...r.sources.flatMap((s, i) => [i > 0 ? '; ' : '', h('a', { class: 'govuk-link', href: s.href, rel: 'external' }, s.citation)]),
        )
      : h('p', { class: 'govuk-body-s' }, 'No source: this rating records an absence of evidence.'),
  );
}

const orNone = (text: string | undefined) => text || 'Not stated';

function render(items: EntryFacts[], plan: string[]) {
  const body = root.querySelector('[data-compare-body]')!;
  body.replaceChildren();
  const keys = items.map((i) => i.key);
  const here = (next: string[]) =>
    `${comparePage}?${[selectionQuery(next), selectionQuery(plan, CARRY_PARAMS.plan)].filter(Boolean).join('&')}`;
  if (items.length < COMPARE_MIN) {
    body.append(
      h(
        'p',
        { class: 'govuk-body' },
        items.length === 0
          ? 'No entries chosen yet. Choose two or three below, or use "Add to comparison" on an entry.'
          : `Only one entry is chosen: ${items[0]!.title}. Add another below to compare them.`,
      ),
    );
  }
  if (items.length === 0) return;

  const entryLink = (i: EntryFacts) => link(`${i.url}?${selectionQuery(plan, CARRY_PARAMS.plan)}`, i.title);
  /**
   * "Add to plan" (or "Open the plan") and "Remove from comparison", each link naming its entry for
   * screen readers. `card`: as a summary card's actions, else as a plain list in the table.
   */
  const actions = (i: EntryFacts, card: boolean) => {
    const item = (href: string, text: string, data: Record<string, string>) =>
      h(
        'li',
        { class: card ? 'govuk-summary-card__action' : undefined },
        h('a', { class: 'govuk-link', href, ...data }, text, h('span', { class: 'govuk-visually-hidden' }, `: ${i.title}`)),
      );
    return h(
      'ul',
      { class: card ? 'govuk-summary-card__actions app-no-print' : 'govuk-list' },
      item(`${planPage}?${selectionQuery(withKey(plan, i.key))}`, plan.includes(i.key) ? 'Open the plan' : 'Add to plan', {
        'data-compare-plan': i.key,
      }),
      item(here(withoutKey(keys, i.key)), 'Remove from comparison', { 'data-compare-remove': i.key }),
    );
  };

  type Row = [string, (i: EntryFacts) => Node | string];
  const verdictRow: Row = ['Verdict', (i) => verdictText(i) ?? 'No verdict yet: its ratings are not computed from study findings'];
  const rows: Row[] = [
    ['Kind', (i) => i.kindLabel],
    ['Layer of support', (i) => i.layers.join(', ') || 'Not stated'],
    ['Who delivers it', (i) => orNone(i.deliveredBy)],
    ['How long and how often', (i) => orNone(i.howLong)],
    ['Cost', (i) => i.cost.label],
    ['Strength of evidence', (i) => i.strength.label],
    ['Size of effect', (i) => i.impact.label],
    ...(items.some((i) => i.verdict) ? [verdictRow] : []),
    ['Phases', (i) => i.phases.join(', ')],
    ['Training', (i) => orNone(i.training)],
    ['How it is delivered', (i) => i.delivery.join(', ') || 'Not stated'],
    [
      'Evidence basis',
      (i) => h('div', {}, evidence('Strength of evidence', i.strength), evidence('Size of effect', i.impact), evidence('Cost', i.cost)),
    ],
    ['Review status', (i) => (i.review ? `${i.review.status}; next review due ${formatDate(i.review.nextDue)}` : 'No review cycle')],
  ];
  const table = h(
    'table',
    { class: 'govuk-table app-compare__table' },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--m', id: 'compare-caption' }, `${items.length} entries side by side`),
    h(
      'thead',
      { class: 'govuk-table__head' },
      h(
        'tr',
        { class: 'govuk-table__row' },
        h('td', { class: 'govuk-table__cell' }),
        ...items.map((i) => h('th', { class: 'govuk-table__header', scope: 'col' }, entryLink(i))),
      ),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      ...rows.map(([label, cell]) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          h('th', { class: 'govuk-table__header', scope: 'row' }, label),
          ...items.map((i) => h('td', { class: 'govuk-table__cell' }, cell(i))),
        ),
      ),
      h(
        'tr',
        { class: 'govuk-table__row app-no-print' },
        h('th', { class: 'govuk-table__header', scope: 'row' }, 'Choose'),
        ...items.map((i) => h('td', { class: 'govuk-table__cell' }, actions(i, false))),
      ),
    ),
  );
  // On a phone the same facts, one card per entry, one below the other: side by side, the second
  // entry would start off the screen. CSS shows one of the two views (_plan.scss); the other is not
  // displayed, so a screen reader meets the facts once.
  const cards = h(
    'div',
    { class: 'app-compare-cards' },
    h('h2', { class: 'govuk-heading-m' }, `${items.length} entries, one after another`),
    ...items.map((i) =>
      h(
        'div',
        { class: 'govuk-summary-card app-compare-cards__card' },
        h(
          'div',
          { class: 'govuk-summary-card__title-wrapper' },
          h('h3', { class: 'govuk-summary-card__title' }, entryLink(i)),
          actions(i, true),
        ),
        h(
          'div',
          { class: 'govuk-summary-card__content' },
          h(
            'dl',
            { class: 'govuk-summary-list' },
            ...rows.map(([label, cell]) =>
              h(
                'div',
                { class: 'govuk-summary-list__row' },
                h('dt', { class: 'govuk-summary-list__key' }, label),
                h('dd', { class: 'govuk-summary-list__value' }, cell(i)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  body.append(
    h('div', { class: 'app-compare', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: '0' }, table),
    cards,
    h(
      'p',
      { class: 'govuk-body app-no-print' },
      link(`${planPage}?${selectionQuery(keys.reduce(withKey, plan))}`, 'Build a support plan with these', { 'data-compare-build': '' }),
    ),
    h('p', { class: 'govuk-body app-no-print' }, "This comparison is in the page's address: copy the address to share it."),
  );
}

async function start() {
  const facts = await loadFacts(factsUrl!);
  const known = (key: string) => key in facts.entries;
  const selection = parseSelection(location.search, known);
  const plan = parseSelection(location.search, known, CARRY_PARAMS.plan).keys;
  const shown = selection.keys.slice(0, COMPARE_MAX);
  const problems = [
    ...selection.invalid.map((v) => `"${v}" is not the name of an entry`),
    ...selection.unknown.map((v) => `"${v}" is not in the library`),
    ...selection.keys.slice(COMPARE_MAX).map((k) => `${facts.entries[k]!.title}: you can compare up to ${COMPARE_MAX} entries at once`),
  ];
  const box = problemsBox(problems);
  root.querySelector('[data-compare-problems]')!.replaceChildren(...(box ? [box] : []));
  render(
    shown.map((k) => facts.entries[k]!),
    plan,
  );
  // The add form resubmits what is shown, plus the carried plan.
  const keep = root.querySelector('[data-compare-keep]')!;
  keep.replaceChildren(
    ...shown.map((k) => h('input', { type: 'hidden', name: 'entry', value: k })),
    ...plan.map((k) => h('input', { type: 'hidden', name: CARRY_PARAMS.plan, value: k })),
  );
  const form = root.querySelector<HTMLElement>('[data-compare-add]')!;
  form.hidden = shown.length >= COMPARE_MAX;
  for (const option of form.querySelectorAll('option')) option.disabled = shown.includes(option.value);
}

document.querySelector<HTMLElement>('[data-plan-no-js]')!.hidden = true;
root.hidden = false;
start().catch(() => {
  root
    .querySelector('[data-compare-body]')!
    .replaceChildren(h('p', { class: 'govuk-body' }, 'The facts could not be loaded. Reload the page to try again.'));
});
