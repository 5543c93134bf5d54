/**
 * "What changed" between two consecutive versions of an entry: the metadata fields that differ,
 * with reader-facing labels, and a word-level diff of the body text. Pure and computed at build
 * time, so the history page shows it without JavaScript.
 */
import { diffWordsWithSpace } from 'diff';
import type { VersionData } from './schemas.ts';
import { summaryRows, type TitleOf } from './summary-rows.ts';
import { ratingInfo } from './labels.ts';
import { RATING_SCALES, RATING_SCALE_IDS, type RatingScaleId } from './vocabulary.ts';
import { isProvision } from './entry-data.ts';
import { readerText, type CitationOf } from './reader-text.ts';
import type { EntryEvidence } from './evidence-types.ts';

export interface FieldChange {
  /** The label readers see, for example "Duration" or "Strength of evidence". */
  label: string;
  /** The value in the earlier version ("" when the field was not there). */
  before: string;
  /** The value in the later version ("" when the field was removed). */
  after: string;
}

export type DiffPartType = 'same' | 'added' | 'removed';
export interface DiffPart {
  type: DiffPartType;
  text: string;
}

export interface VersionDiff {
  from: number;
  to: number;
  fields: FieldChange[];
  /** The body as a sequence of unchanged, added and removed runs; long unchanged runs are shortened. */
  body: DiffPart[];
  bodyChanged: boolean;
  /** Findings ("<source>/<id>") the later version rests on that the earlier did not, and the reverse. */
  findingsAdded: string[];
  findingsRemoved: string[];
  /** Ratings whose shown label moved, computed from each version's evidence as data where it has it. */
  ratingsMoved: FieldChange[];
}

/** Options for comparing versions as a reader sees them: citations by name, evidence as data. */
export interface DiffOptions {
  citationOf?: CitationOf;
  evidence?: { before?: EntryEvidence; after?: EntryEvidence };
}

/**
 * What a reader sees of one rating, so that a change of value, months or sources shows up. Also
 * what counts as a changed rating for `ratingsChanged` (change-flags.ts), so the two agree.
 */
export function ratingText(data: VersionData, scale: RatingScaleId, citationOf: CitationOf = () => undefined): string | undefined {
  if (!isProvision(data)) return undefined;
  const rating = data.ratings[scale];
  // A rating computed from findings writes no label of its own: its moves are read from the evidence.
  if (rating.value === undefined) return undefined;
  const monthsOfProgress = scale === 'impact' ? data.ratings.impact.months : undefined;
  const months = monthsOfProgress !== undefined ? ` (${monthsOfProgress > 0 ? '+' : ''}${monthsOfProgress} months)` : '';
  const keys = rating.sources ?? [];
  const sources = keys.length ? `; sources: ${keys.map((k) => citationOf(k) ?? k).join(', ')}` : '';
  return `${ratingInfo(scale, rating.value).label}${months}${sources}`;
}

/** The findings a version's ratings rest on, direct and indirect, read defensively from its data. */
export function findingRefs(data: unknown): string[] {
  const ratings = (data as { ratings?: Record<string, { findings?: unknown } | undefined> } | undefined)?.ratings;
  if (!ratings) return [];
  const refs = ['strength', 'impact', 'indirect'].flatMap((k) => {
    const list = ratings[k]?.findings;
    return Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string') : [];
  });
  return [...new Set(refs)];
}

/** Strength and size of effect as each version shows them: computed from evidence, or as written. */
function shownRatings(data: VersionData, evidence: EntryEvidence | undefined): Map<string, string> {
  const shown = new Map<string, string>();
  if (!isProvision(data)) return shown;
  const strength = evidence?.strength.shown ?? data.ratings.strength.value;
  const impact = evidence?.impact.shown ?? data.ratings.impact.value;
  if (strength !== undefined) shown.set(RATING_SCALES.strength.label, ratingInfo('strength', strength).label);
  if (impact !== undefined) shown.set(RATING_SCALES.impact.label, ratingInfo('impact', impact).label);
  return shown;
}

/** Every field a reader sees, in page order, as label -> text. */
function visibleFields(data: VersionData, titleOf: TitleOf, citationOf: CitationOf = () => undefined): Map<string, string> {
  const fields = new Map<string, string>();
  fields.set('Title', data.title);
  fields.set('Summary', data.summary);
  for (const row of summaryRows(data, titleOf)) fields.set(row.key, row.items.map((i) => i.text).join('; '));
  for (const scale of RATING_SCALE_IDS) {
    const text = ratingText(data, scale, citationOf);
    if (text !== undefined) fields.set(RATING_SCALES[scale].label, text);
  }
  if (data.kind === 'reviews') {
    for (const r of data.recommendations) {
      const explanation = r.response.explanation ? `: ${r.response.explanation}` : '';
      fields.set(`Recommendation ${r.id}`, `${r.text} Response: ${r.response.decision}${explanation}`);
    }
    if (data.findings.length) fields.set('Findings', data.findings.join('; '));
  }
  if (data.sources.length) fields.set('Other sources cited', data.sources.map((k) => citationOf(k) ?? k).join('; '));
  return fields;
}

/** The metadata fields whose visible text differs, in the order the later version shows them. */
export function fieldChanges(before: VersionData, after: VersionData, titleOf: TitleOf, citationOf?: CitationOf): FieldChange[] {
  const a = visibleFields(before, titleOf, citationOf);
  const b = visibleFields(after, titleOf, citationOf);
  const labels = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  return labels
    .filter((label) => (a.get(label) ?? '') !== (b.get(label) ?? ''))
    .map((label) => ({ label, before: a.get(label) ?? '', after: b.get(label) ?? '' }));
}

/** Beyond this many edits the texts are unrelated: show all removed, then all added. */
const MAX_EDIT_LENGTH = 4000;
/** Unchanged runs longer than this many words are shortened to their first and last few words. */
const CONTEXT_WORDS = 12;

/** A word-level diff of two texts (whitespace kept, so line breaks survive). */
export function textDiff(before: string, after: string, context = CONTEXT_WORDS): DiffPart[] {
  const a = normalise(before);
  const b = normalise(after);
  if (a === b) return a ? [{ type: 'same', text: shorten(a, context, true, true) }] : [];
  const changes = diffWordsWithSpace(a, b, { maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { value: a, removed: true, added: false, count: 1 },
    { value: b, removed: false, added: true, count: 1 },
  ];
  const parts: DiffPart[] = [];
  changes.forEach((c, index) => {
    if (!c.value) return;
    const type: DiffPartType = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const text = type === 'same' ? shorten(c.value, context, index > 0, index < changes.length - 1) : c.value;
    const last = parts.at(-1);
    if (last && last.type === type) last.text += text;
    else parts.push({ type, text });
  });
  return parts;
}

const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/**
 * Shorten an unchanged run: keep `context` words next to each change and replace the middle with
 * an ellipsis. `keepStart`/`keepEnd` say which ends touch a change.
 */
function shorten(text: string, context: number, keepStart: boolean, keepEnd: boolean): string {
  const words = [...text.matchAll(/\S+/g)];
  const head = keepStart ? context : 0;
  const tail = keepEnd ? context : 0;
  if (words.length <= head + tail + context) return text;
  // Cut after the last kept word at the start, and before the first kept word at the end.
  const start = head ? text.slice(0, words[head - 1]!.index + words[head - 1]![0].length) : '';
  const end = tail ? text.slice(words[words.length - tail]!.index) : '';
  const before = /^\s/.test(text) && !start ? ' ' : '';
  const after = /\s$/.test(text) && !end ? ' ' : '';
  return `${before}${start}${start ? ' ' : ''}[…]${end ? ' ' : ''}${end}${after}`;
}

/** The full "what changed" view from one version to the next. */
export function versionDiff(
  before: { version: number; data: VersionData; body: string | undefined },
  after: { version: number; data: VersionData; body: string | undefined },
  titleOf: TitleOf,
  options: DiffOptions = {},
): VersionDiff {
  const citationOf = options.citationOf ?? (() => undefined);
  // The text a reader sees, not the MDX source: a citation's markup never shows as a change.
  const body = textDiff(readerText(before.body ?? '', citationOf), readerText(after.body ?? '', citationOf));
  const was = findingRefs(before.data);
  const is = findingRefs(after.data);
  const a = shownRatings(before.data, options.evidence?.before);
  const b = shownRatings(after.data, options.evidence?.after);
  return {
    from: before.version,
    to: after.version,
    fields: fieldChanges(before.data, after.data, titleOf, citationOf),
    body,
    bodyChanged: body.some((p) => p.type !== 'same'),
    findingsAdded: is.filter((r) => !was.includes(r)),
    findingsRemoved: was.filter((r) => !is.includes(r)),
    ratingsMoved: [...b.keys()]
      .filter((k) => a.has(k) && a.get(k) !== b.get(k))
      .map((label) => ({ label, before: a.get(label)!, after: b.get(label)! })),
  };
}
