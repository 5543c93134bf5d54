/**
 * The review dashboard as data: one row per entry with a review clock, most urgent first; filters
 * by status and kind; the list of review records; and the register of declined recommendations.
 * The site's /reviews/ pages and `npm run reviews` both use it, so they always agree.
 */
import type { Library, Entry } from './library.ts';
import type { VersionRecord } from './versions.ts';
import { ENTRY_KINDS, REVIEW_STATUSES, type KindId, type ReviewStatusId } from './vocabulary.ts';
import { kindLabel } from './labels.ts';
import { reviewDate, type DataOf } from './entry-data.ts';
import { recommendationUrl } from './routes.ts';

export interface DashboardRow {
  key: string;
  kind: KindId;
  title: string;
  url: string;
  status: ReviewStatusId;
  lastReviewed: string;
  nextDue: string;
  daysUntilDue: number;
  /** Set when the row shows a draft (previews only), so the table can mark it. */
  draft?: true;
}

/** How urgent each status is: overdue first, then due soon, under review, current. */
export const STATUS_URGENCY = {
  overdue: 0,
  'due-soon': 1,
  'under-review': 2,
  current: 3,
} as const satisfies Record<ReviewStatusId, number>;

/** Statuses in the order the dashboard shows them. */
export const STATUSES_BY_URGENCY = [...REVIEW_STATUSES].sort((a, b) => STATUS_URGENCY[a.id] - STATUS_URGENCY[b.id]);

/** Kinds whose entries have a review clock (every kind but the review records themselves). */
export const REVIEWED_KINDS = ENTRY_KINDS.filter((k) => k.id !== 'reviews');

export function compareRows(a: DashboardRow, b: DashboardRow): number {
  return (
    STATUS_URGENCY[a.status] - STATUS_URGENCY[b.status] ||
    a.nextDue.localeCompare(b.nextDue) ||
    a.title.localeCompare(b.title, 'en-GB') ||
    a.key.localeCompare(b.key)
  );
}

/** Every entry with a review clock, most urgent first, then by due date. */
export function dashboardRows<V extends VersionRecord>(library: Library<V>): DashboardRow[] {
  return library.entries
    .flatMap((e) =>
      e.clock
        ? [
            {
              key: e.key,
              kind: e.kind,
              title: e.current.data.title,
              url: e.url,
              ...e.clock,
              ...(e.current.data.status === 'draft' ? { draft: true as const } : {}),
            },
          ]
        : [],
    )
    .sort(compareRows);
}

export const withStatus = (rows: readonly DashboardRow[], status: ReviewStatusId) => rows.filter((r) => r.status === status);
export const ofKind = (rows: readonly DashboardRow[], kind: KindId) => rows.filter((r) => r.kind === kind);

/** How many rows have each status, in urgency order (zeros included, so filter links are stable). */
export function statusCounts(rows: readonly DashboardRow[]): { id: ReviewStatusId; label: string; count: number }[] {
  return STATUSES_BY_URGENCY.map((s) => ({ id: s.id, label: s.label, count: withStatus(rows, s.id).length }));
}

export function kindCounts(rows: readonly DashboardRow[]): { id: KindId; label: string; count: number }[] {
  return REVIEWED_KINDS.map((k) => ({ id: k.id, label: kindLabel(k.id, 'plural'), count: ofKind(rows, k.id).length }));
}

const reviewData = <V extends VersionRecord>(e: Entry<V>) => e.current.data as DataOf<'reviews'>;

/** Review records, newest first. */
export function reviewRecords<V extends VersionRecord>(library: Library<V>): Entry<V>[] {
  return library
    .ofKind('reviews')
    .slice()
    .sort((a, b) => reviewDate(b.current.data).localeCompare(reviewDate(a.current.data)) || a.key.localeCompare(b.key));
}

export interface DeclinedRecommendation {
  review: { key: string; title: string; url: string; completed: string | undefined };
  id: string;
  text: string;
  explanation: string;
  /** The date of the department's response, when recorded. */
  date: string | undefined;
  /** Link to the recommendation on the review record page. */
  url: string;
}

/** Every recommendation the department declined, with its published explanation, newest first. */
export function declinedRegister<V extends VersionRecord>(library: Library<V>): DeclinedRecommendation[] {
  return reviewRecords(library).flatMap((entry) => {
    const data = reviewData(entry);
    return data.recommendations
      .filter((r) => r.response.decision === 'declined')
      .map((r) => ({
        review: { key: entry.key, title: data.title, url: entry.url, completed: data.completed },
        id: r.id,
        text: r.text,
        explanation: r.response.explanation ?? '',
        date: r.response.date,
        url: recommendationUrl(entry.url, r.id),
      }));
  });
}
