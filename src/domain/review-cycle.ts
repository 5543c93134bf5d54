/**
 * Review cycles: how often the expert panel reviews the evidence behind each part of the library,
 * and the status of an entry against an "as of" date. Dates are ISO strings (YYYY-MM-DD) throughout
 * so that results never depend on the machine's time zone.
 */
import type { KindId, LayerId, ReviewStatusId } from './vocabulary.ts';

/**
 * The one table of review cycles, in years. Universal and Targeted evidence every 2 years and
 * Packages every 5 come from the consultation; Targeted Plus is not stated there, so it follows
 * Targeted until the panel decides otherwise. Areas of development are reviewed with the Universal
 * offer. Identification tools follow the layers they serve (the shortest cycle of those layers).
 */
export const REVIEW_CYCLE_YEARS = {
  byLayer: { universal: 2, targeted: 2, 'targeted-plus': 2, specialist: 5 } satisfies Record<LayerId, number>,
  byKind: { 'areas-of-development': 2 } as Partial<Record<KindId, number>>,
} as const;

/** Days before the due date when an entry becomes "due soon". */
export const DUE_SOON_DAYS = 90;

/** The cycle in years for an entry of this kind serving these layers. */
export function cycleYears(kind: KindId, layers: readonly LayerId[]): number | undefined {
  const byKind = REVIEW_CYCLE_YEARS.byKind[kind];
  if (byKind !== undefined) return byKind;
  if (layers.length === 0) return undefined;
  return Math.min(...layers.map((layer) => REVIEW_CYCLE_YEARS.byLayer[layer]));
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
const fromUtc = (date: Date) => date.toISOString().slice(0, 10);

/** Add whole years; 29 February lands on 28 February in a year that has no 29th. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y! + years, m!, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y! + years, m! - 1, Math.min(d!, lastDay))));
}

export function addDays(date: string, days: number): string {
  const result = toUtc(date);
  result.setUTCDate(result.getUTCDate() + days);
  return fromUtc(result);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export interface ReviewClock {
  /** When the evidence was last reviewed (or first published, if never reviewed since). */
  lastReviewed: string;
  /** When the next review is due. */
  nextDue: string;
  status: ReviewStatusId;
  /** Days until due (negative when overdue). */
  daysUntilDue: number;
}

export interface ClockInput {
  kind: KindId;
  layers: readonly LayerId[];
  /** The date the entry's first version was published. */
  firstPublished: string;
  /** Completion dates of completed reviews (scheduled or out-of-cycle) that covered the entry. */
  completedReviews: readonly string[];
  /** True while a review covering the entry is in progress. */
  underReview: boolean;
  /** The date to judge against: the build date, or NIS_AS_OF. */
  asOf: string;
}

/**
 * The review clock of one entry. Any completed review that covered it, scheduled or out-of-cycle,
 * restarts the clock from its completion date. On the due date itself the entry is due, not overdue.
 */
export function reviewClock(input: ClockInput): ReviewClock | undefined {
  const years = cycleYears(input.kind, input.layers);
  if (years === undefined) return undefined;
  const lastReviewed = [input.firstPublished, ...input.completedReviews].sort().at(-1)!;
  const nextDue = addYears(lastReviewed, years);
  const daysUntilDue = daysBetween(input.asOf, nextDue);
  const status: ReviewStatusId = input.underReview
    ? 'under-review'
    : daysUntilDue < 0
      ? 'overdue'
      : daysUntilDue <= DUE_SOON_DAYS
        ? 'due-soon'
        : 'current';
  return { lastReviewed, nextDue, status, daysUntilDue };
}

/** The "as of" date: NIS_AS_OF when set (tests, previews), else today in UTC. */
export function asOfDate(env: Record<string, string | undefined>, now = new Date()): string {
  const value = env.NIS_AS_OF;
  if (value === undefined || value === '') return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || fromUtc(toUtc(value)) !== value) {
    throw new Error(`NIS_AS_OF: found "${value}"; expected a real date written YYYY-MM-DD`);
  }
  return value;
}
