/**
 * Review status in words a reader can trust (issue 15): "Evidence last reviewed <date>" only when a
 * completed review of the expert panel set that date, naming and linking the review; otherwise the
 * date is the first publication's and the page says the panel has not reviewed the entry yet. It
 * also names what the panel has rated and what it has not. Pure: pages pass what they know.
 */
import type { ReviewClock } from './review-cycle.ts';

export interface ReviewRef {
  title: string;
  url: string;
  state: 'in-progress' | 'completed';
  completed?: string;
}

/** One rating the entry shows: its scale's name and whether its value is a rating (not "not yet reviewed"). */
export interface ShownRating {
  scale: string;
  rated: boolean;
}

export interface ReviewStatusView {
  /** The summary list key for the date: it says whose date it is. */
  dateKey: string;
  date: string;
  /** The completed review that set the date, when one did. */
  setBy?: ReviewRef;
  /** A review of the entry under way. */
  inProgress?: ReviewRef;
  /** Scale names, lower case, as a sentence lists them. */
  rated: string[];
  notRated: string[];
}

export function reviewStatusView(clock: ReviewClock, reviews: readonly ReviewRef[], ratings: readonly ShownRating[]): ReviewStatusView {
  const completed = reviews.filter((r) => r.state === 'completed' && r.completed);
  const setBy = completed.filter((r) => r.completed === clock.lastReviewed).at(0);
  const inProgress = reviews.find((r) => r.state === 'in-progress');
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return {
    dateKey: setBy ? 'Evidence last reviewed' : 'First published, not yet reviewed',
    date: clock.lastReviewed,
    ...(setBy ? { setBy } : {}),
    ...(inProgress ? { inProgress } : {}),
    // Before any review, nothing on the page is the panel's rating, whatever its label.
    rated: setBy ? ratings.filter((r) => r.rated).map((r) => lower(r.scale)) : [],
    notRated: (setBy ? ratings.filter((r) => !r.rated) : ratings).map((r) => lower(r.scale)),
  };
}

/** "strength of evidence, size of effect and cost" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
