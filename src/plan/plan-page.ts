/**
 * The support plan page's script. The chosen entries come from the address and stay there (adding
 * and removing rewrite it in place, so nothing typed is lost); what the adult types is read from the
 * form when it is printed or downloaded and is never stored or sent (decision 12). The Word library
 * loads only when a Word download is asked for.
 */
import {
  ENTRY_PARAM,
  defaultReviewDate,
  groupByLayer,
  parseSelection,
  planBlocks,
  planText,
  reviewDateProblem,
  selectionQuery,
  withKey,
  withoutKey,
  type Block,
  type PlanInput,
  verdictText,
} from '../domain/plan.ts';
import type { EntryFacts, PlanFactsDocument } from '../domain/plan-facts.ts';
import { formatDate } from '../domain/format.ts';
import { h, link } from './dom.ts';
import { loadFacts } from './facts.ts';

const root = document.querySelector<HTMLElement>('[data-plan]')!;
const form = root.querySelector<HTMLFormElement>('[data-plan-form]')!;
const addForm = root.querySelector<HTMLFormElement>('[data-plan-add]')!;
const { facts: factsUrl, planPage } = root.dataset as Record<string, string>;
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

let facts: PlanFactsDocument;
let keys: string[] = [];

const input = (name: string) => form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const field = (name: string) => input(name).value;

function reviewDate(): string {
  const [d, m, y] = ['day', 'month', 'year'].map((p) => field(`review-${p}`).trim());
  if (!d && !m && !y) return '';
  return `${y!.padStart(4, '0')}-${d && m ? m.padStart(2, '0') : '00'}-${d ? d.padStart(2, '0') : '00'}`;
}

function readInput(): PlanInput {
  return {
    name: field('name'),
    writtenOn: today,
    reviewDate: reviewDate(),
    strengths: field('strengths'),
    childViews: field('childViews'),
    familyViews: field('familyViews'),
    barriers: [...form.querySelectorAll<HTMLInputElement>('input[name="barriers"]:checked')].map((i) => i.value),
    barrierNotes: field('barrierNotes'),
    adjustments: field('adjustments'),
    outcomes: field('outcomes'),
  };
}

const items = () => keys.map((k) => facts.entries[k]!);
const blocks = () => planBlocks(readInput(), items(), location.origin);

/** Checks the review date; shows GOV.UK's error message and returns false when it cannot be used. */
function reviewDateOk(): boolean {
  const problem = reviewDateProblem(reviewDate(), today);
  const group = form.querySelector('[data-plan-review-group]')!;
  const message = form.querySelector<HTMLElement>('[data-plan-review-error]')!;
  group.classList.toggle('govuk-form-group--error', Boolean(problem));
  message.hidden = !problem;
  message.replaceChildren(...(problem ? [h('span', { class: 'govuk-visually-hidden' }, 'Error: '), problem] : []));
  const fieldset = group.querySelector('fieldset')!;
  fieldset.setAttribute('aria-describedby', problem ? 'plan-review-hint plan-review-error' : 'plan-review-hint');
  for (const input of group.querySelectorAll('input')) input.classList.toggle('govuk-input--error', Boolean(problem));
  if (problem) form.querySelector<HTMLInputElement>('#plan-review-day')!.focus();
  return !problem;
}

function blockElement(b: Block): HTMLElement {
  if (b.type === 'heading') return h(`h${b.level}`, { class: `govuk-heading-${['xl', 'l', 'm', 's'][b.level - 1]}` }, b.text);
  if (b.type === 'paragraph') return h('p', { class: 'govuk-body' }, b.text);
  if (b.type === 'field') return h('p', { class: 'govuk-body app-plan-print__field' }, h('strong', {}, `${b.label}: `), b.text);
  return h('ul', { class: 'govuk-list govuk-list--bullet' }, ...b.items.map((i) => h('li', {}, i)));
}

function drawPrintView() {
  root.querySelector('[data-plan-print-view]')!.replaceChildren(...blocks().map(blockElement));
}

function setAddress() {
  const query = selectionQuery(keys);
  history.replaceState(history.state, '', `${planPage}${query ? `?${query}` : ''}`);
}

function row(key: string, value: Node | string) {
  return h(
    'div',
    { class: 'govuk-summary-list__row' },
    h('dt', { class: 'govuk-summary-list__key' }, key),
    h('dd', { class: 'govuk-summary-list__value' }, value),
  );
}

const newTab = (href: string, text: string) => link(href, `${text} (opens in new tab)`, { target: '_blank', rel: 'noopener' });

function itemCard(item: EntryFacts): HTMLElement {
  const rows = [
    row('Kind', item.kindLabel),
    item.deliveredBy && row('Who delivers it', item.deliveredBy),
    item.howLong && row('How long and how often', item.howLong),
    item.training && row('Training', item.training),
    row(
      'How to review it',
      h(
        'div',
        { class: 'app-plan-print__field' },
        item.reviewHow ?? 'The entry gives no review steps: review it against the outcomes sought.',
      ),
    ),
    item.reviewTools.length > 0 &&
      row('Tools to track progress', h('ul', { class: 'govuk-list' }, ...item.reviewTools.map((t) => h('li', {}, newTab(t.url, t.title))))),
    item.verdict && row('Verdict', verdictText(item)!),
    row('Evidence', `${item.strength.label}; ${item.impact.label}; ${item.cost.label}`),
    item.review && row('Review status', `${item.review.status}; next review due ${formatDate(item.review.nextDue)}`),
  ].filter((r): r is HTMLElement => Boolean(r));
  return h(
    'div',
    { class: 'govuk-summary-card app-plan__item', 'data-plan-item': item.key },
    h(
      'div',
      { class: 'govuk-summary-card__title-wrapper' },
      h('h4', { class: 'govuk-summary-card__title' }, newTab(item.url, item.title)),
      h(
        'ul',
        { class: 'govuk-summary-card__actions' },
        h(
          'li',
          { class: 'govuk-summary-card__action' },
          h(
            'a',
            { class: 'govuk-link', href: `${planPage}?${selectionQuery(withoutKey(keys, item.key))}`, 'data-plan-remove': item.key },
            'Remove',
            h('span', { class: 'govuk-visually-hidden' }, ` ${item.title}`),
          ),
        ),
      ),
    ),
    h('div', { class: 'govuk-summary-card__content' }, h('dl', { class: 'govuk-summary-list' }, ...rows)),
  );
}

function drawItems() {
  const box = root.querySelector('[data-plan-items]')!;
  const groups = groupByLayer(items());
  box.replaceChildren(
    ...(groups.length === 0
      ? [
          h(
            'p',
            { class: 'govuk-body' },
            'No support chosen yet. Add it from an entry ("Add to plan"), from the comparison or with the list below.',
          ),
        ]
      : groups.flatMap((g) => [h('h3', { class: 'govuk-heading-m' }, g.label), ...g.items.map(itemCard)])),
  );
  root.querySelector('[data-plan-keep]')!.replaceChildren(...keys.map((k) => h('input', { type: 'hidden', name: ENTRY_PARAM, value: k })));
  for (const option of addForm.querySelectorAll('option')) option.disabled = keys.includes(option.value);
  const first = [...addForm.querySelectorAll('option')].find((o) => !o.disabled);
  if (first) (addForm.querySelector('select') as HTMLSelectElement).value = first.value;
  drawPrintView();
}

function download(blob: Blob, name: string) {
  // A blob: address made in the page: the file never leaves the device except as the download.
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (ext: string) => `support-plan-${today}.${ext}`;
const status = (text: string) => (root.querySelector('[data-plan-download-status]')!.textContent = text);

async function start() {
  facts = await loadFacts(factsUrl!);
  const selection = parseSelection(location.search, (k) => k in facts.entries);
  keys = selection.keys;
  const problems = [
    ...selection.invalid.map((v) => `"${v}" is not the name of an entry`),
    ...selection.unknown.map((v) => `"${v}" is not in the library`),
  ];
  if (problems.length > 0) {
    root
      .querySelector('[data-plan-problems]')!
      .replaceChildren(
        h(
          'div',
          { class: 'govuk-inset-text' },
          h('p', { class: 'govuk-body' }, 'Some entries in the address could not be added:'),
          h('ul', { class: 'govuk-list govuk-list--bullet' }, ...problems.map((p) => h('li', {}, p))),
        ),
      );
  }
  // Tidy the address (duplicates and unknown entries dropped); what is typed never goes there.
  setAddress();
  const [y, m, d] = defaultReviewDate(today).split('-');
  input('review-day').value = String(Number(d));
  input('review-month').value = String(Number(m));
  input('review-year').value = y!;
  drawItems();
}

root.addEventListener('click', (event) => {
  const remove = (event.target as Element).closest<HTMLAnchorElement>('[data-plan-remove]');
  if (!remove) return;
  event.preventDefault();
  const key = remove.dataset.planRemove!;
  const title = facts.entries[key]!.title;
  keys = withoutKey(keys, key);
  setAddress();
  drawItems();
  status(`Removed ${title} from the plan.`);
  root.querySelector<HTMLElement>('#plan-add')!.focus();
});

addForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = (addForm.querySelector('select') as HTMLSelectElement).value;
  if (!facts.entries[key]) return;
  keys = withKey(keys, key);
  setAddress();
  drawItems();
  status(`Added ${facts.entries[key]!.title} to the plan.`);
});

form.addEventListener('input', drawPrintView);
form.addEventListener('change', drawPrintView);
window.addEventListener('beforeprint', drawPrintView);

async function act(action: DOMStringMap) {
  if (!reviewDateOk()) return;
  if ('planPrint' in action) {
    drawPrintView();
    window.print();
  } else if ('planText' in action) {
    download(new Blob([planText(blocks())], { type: 'text/plain;charset=utf-8' }), fileName('txt'));
    status('The plan was downloaded as plain text.');
  } else if ('planDocx' in action) {
    status('Making the Word document…');
    try {
      const { planDocx } = await import('./plan-docx.ts');
      download(await planDocx(blocks()), fileName('docx'));
      status('The plan was downloaded as a Word document.');
    } catch {
      status('The Word document could not be made. Download the plain text instead, or print the plan.');
    }
  }
}
// The three buttons submit the form (GOV.UK's button); which one was pressed says what to do.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const submitter = (event as SubmitEvent).submitter;
  if (submitter) void act(submitter.dataset);
});
// Enter in a one-line field would press the first button (print): it does nothing there instead.
form.addEventListener('keydown', (event) => {
  const target = event.target as HTMLInputElement;
  if (event.key === 'Enter' && target.tagName === 'INPUT' && target.type === 'text') event.preventDefault();
});

document.querySelector<HTMLElement>('[data-plan-no-js]')!.hidden = true;
root.hidden = false;
start().catch(() => {
  root
    .querySelector('[data-plan-items]')!
    .replaceChildren(h('p', { class: 'govuk-body' }, 'The facts could not be loaded. Reload the page to try again.'));
});
