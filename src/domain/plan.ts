/**
 * The support plan and the comparison, as pure logic the browser scripts and the tests share: the
 * chosen entries read from a URL, grouping by layer, the review date, and the plan as a neutral list
 * of blocks that the page prints and that become the plain-text and Word downloads. What the adult
 * types is passed in and returned, never kept here: it stays in the page (decision 12).
 */
import { PLAN_GROUPS, type EntryFacts, type PlanGroupId } from './plan-facts.ts';
import { addYears, daysBetween } from './review-cycle.ts';
import { AREAS, COMPONENTS, PROVISION_KIND_IDS } from './vocabulary.ts';
import { formatDate } from './format.ts';

/** The query parameter that names a chosen entry, repeated: ?entry=interventions/neli&entry=... */
export const ENTRY_PARAM = 'entry';
/** On other pages, the selections carried along in links (see decision 12). */
export const CARRY_PARAMS = { plan: 'plan', compare: 'compare' } as const;
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;

const ENTRY_KEY = new RegExp(`^(?:${PROVISION_KIND_IDS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);
/** True for a well-formed provision key "<kind>/<slug>" (whether or not the library has it). */
export const isEntryKey = (value: string) => ENTRY_KEY.test(value);

export interface Selection {
  /** Well-formed, known keys, first occurrence kept, in the order given. */
  keys: string[];
  /** Values that are not a provision "<kind>/<slug>". */
  invalid: string[];
  /** Well-formed keys the library does not hold. */
  unknown: string[];
  /** Keys given more than once (each listed once). */
  duplicates: string[];
}

/** The entries a query string names under `param`, sorted into usable, invalid, unknown and repeated. */
export function parseSelection(query: string, isKnown: (key: string) => boolean, param: string = ENTRY_PARAM): Selection {
  const selection: Selection = { keys: [], invalid: [], unknown: [], duplicates: [] };
  const seen = new Set<string>();
  for (const raw of new URLSearchParams(query).getAll(param)) {
    const value = raw.trim();
    if (seen.has(value)) {
      if (!selection.duplicates.includes(value)) selection.duplicates.push(value);
      continue;
    }
    seen.add(value);
    if (!isEntryKey(value)) selection.invalid.push(value);
    else if (!isKnown(value)) selection.unknown.push(value);
    else selection.keys.push(value);
  }
  return selection;
}

/** A query string naming `keys` under `param`; slashes stay readable, as keys are slugs. */
export const selectionQuery = (keys: readonly string[], param: string = ENTRY_PARAM) =>
  keys.map((k) => `${param}=${encodeURIComponent(k).replace(/%2F/g, '/')}`).join('&');

/** `keys` with `key` added at the end (once), or unchanged when it is already there. */
export const withKey = (keys: readonly string[], key: string) => (keys.includes(key) ? [...keys] : [...keys, key]);
export const withoutKey = (keys: readonly string[], key: string) => keys.filter((k) => k !== key);

/** The chosen items by plan group, in the order of the layers (then the tools); empty groups left out. */
export function groupByLayer<T extends Pick<EntryFacts, 'group'>>(items: readonly T[]): { id: PlanGroupId; label: string; items: T[] }[] {
  return PLAN_GROUPS.map((g) => ({ ...g, items: items.filter((i) => i.group === g.id) })).filter((g) => g.items.length > 0);
}

/** The default review date: a year from `today` (the consultation asks for a review at least yearly). */
export const defaultReviewDate = (today: string) => addYears(today, 1);

/** Why a review date cannot be used, or undefined when it can: a real date, from today to a year ahead. */
export function reviewDateProblem(date: string, today: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const real = match && new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)).toISOString().slice(0, 10) === date;
  if (!real) return 'Enter a real date for the review, for example 27 3 2027';
  if (daysBetween(today, date) < 0) return 'The review date must be today or in the future';
  if (date > defaultReviewDate(today)) return 'The review date must be within a year: plans are reviewed at least once a year';
  return undefined;
}

/** What the adult types into the plan. It lives only in the page and in the files made from it. */
export interface PlanInput {
  name: string;
  /** YYYY-MM-DD */
  writtenOn: string;
  reviewDate: string;
  strengths: string;
  childViews: string;
  familyViews: string;
  /** Component ids from the vocabulary. */
  barriers: string[];
  barrierNotes: string;
  adjustments: string;
  outcomes: string;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'field'; label: string; text: string }
  | { type: 'list'; items: string[] };

export const PLAN_TITLE = 'Individual Support Plan: provision';
const NOT_RECORDED = 'Not recorded yet.';

/** Lines of typed text, blank ones dropped. */
export const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The barriers chosen, as "Area: component" in the vocabulary's order. */
export function barrierLabels(ids: readonly string[]): string[] {
  return COMPONENTS.filter((c) => ids.includes(c.id)).map((c) => `${AREAS.find((a) => a.id === c.area)!.label}: ${c.label}`);
}

const typed = (label: string, text: string): Block => ({ type: 'field', label, text: text.trim() || NOT_RECORDED });

/** One chosen entry as the plan carries it: what the library says about delivering and reviewing it. */
/** An entry's verdict in words, with what to use instead of one not recommended; undefined when it has none. */
export function verdictText(item: Pick<EntryFacts, 'verdict'>): string | undefined {
  if (!item.verdict) return undefined;
  const instead = item.verdict.useInstead.map((e) => e.title);
  return instead.length > 0 ? `${item.verdict.label}. Use instead: ${instead.join('; ')}` : item.verdict.label;
}

function itemBlocks(item: EntryFacts, site: string): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 4, text: item.title },
    { type: 'paragraph', text: item.summary },
  ];
  const field = (label: string, text: string | undefined) => {
    if (text) blocks.push({ type: 'field', label, text });
  };
  field('Kind', item.kindLabel);
  field('Who delivers it', item.deliveredBy);
  field('How long and how often', item.howLong);
  field('Training', item.training);
  field('How it is delivered', item.delivery.join(', '));
  field('How to review it', item.reviewHow ?? 'The entry gives no review steps: review it against the outcomes sought below.');
  if (item.reviewTools.length > 0) field('Tools to track progress', item.reviewTools.map((t) => t.title).join('; '));
  field('Verdict', verdictText(item));
  field('Strength of evidence', item.strength.label);
  field('Size of effect', item.impact.label);
  field('Cost', item.cost.label);
  field('For families', item.forFamilies);
  field('Read the entry', new URL(item.url, site).href + ` (version ${item.version})`);
  return blocks;
}

/** The whole plan as blocks, in reading order: the same content prints and downloads. */
export function planBlocks(input: PlanInput, items: readonly EntryFacts[], site: string): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: input.name.trim() ? `${PLAN_TITLE}: ${input.name.trim()}` : PLAN_TITLE }];
  blocks.push({ type: 'field', label: 'Written on', text: input.writtenOn ? formatDate(input.writtenOn) : NOT_RECORDED });
  blocks.push({ type: 'field', label: 'Review by', text: input.reviewDate ? formatDate(input.reviewDate) : NOT_RECORDED });

  blocks.push({ type: 'heading', level: 2, text: 'About the child' });
  blocks.push(typed("The child's strengths", input.strengths), typed("The child's views", input.childViews));
  blocks.push(typed("The family's views", input.familyViews));

  blocks.push({ type: 'heading', level: 2, text: 'Barriers to learning' });
  const barriers = barrierLabels(input.barriers);
  blocks.push(barriers.length > 0 ? { type: 'list', items: barriers } : { type: 'paragraph', text: NOT_RECORDED });
  if (input.barrierNotes.trim()) blocks.push({ type: 'field', label: 'What has been noticed', text: input.barrierNotes.trim() });

  blocks.push({ type: 'heading', level: 2, text: 'Provision' });
  if (items.length === 0) blocks.push({ type: 'paragraph', text: 'No support chosen yet.' });
  for (const group of groupByLayer(items)) {
    blocks.push({ type: 'heading', level: 3, text: group.label });
    for (const item of group.items) blocks.push(...itemBlocks(item, site));
  }

  blocks.push({ type: 'heading', level: 2, text: 'Reasonable adjustments' });
  const adjustments = linesOf(input.adjustments);
  blocks.push(adjustments.length > 0 ? { type: 'list', items: adjustments } : { type: 'paragraph', text: NOT_RECORDED });

  blocks.push({ type: 'heading', level: 2, text: 'Outcomes sought' });
  const outcomes = linesOf(input.outcomes);
  blocks.push(outcomes.length > 0 ? { type: 'list', items: outcomes } : { type: 'paragraph', text: NOT_RECORDED });

  blocks.push({
    type: 'paragraph',
    text: 'The provision above is drawn from the National Inclusion Standards, whose content is sample content pending review by the expert panel. Agree this plan with the child and the family, and review it at least once a year.',
  });
  return blocks;
}

const UNDERLINE = { 1: '=', 2: '-' } as const;

/** The plan as plain text: headings underlined, fields as "Label: text", lists as "- item". */
export function planText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      const mark = b.level <= 2 ? UNDERLINE[b.level as 1 | 2] : undefined;
      out.push('', b.level === 3 ? b.text.toUpperCase() : b.text);
      if (mark) out.push(mark.repeat(b.text.length));
    } else if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'field') out.push(b.text.includes('\n') ? `${b.label}:\n${b.text}` : `${b.label}: ${b.text}`);
    else out.push(...b.items.map((i) => `- ${i}`));
  }
  return out.join('\n').trim() + '\n';
}
