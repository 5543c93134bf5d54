import { describe, expect, it } from 'vitest';
import { listInWords, reviewStatusView, type ReviewRef } from '../../src/domain/review-status.ts';
import type { ReviewClock } from '../../src/domain/review-cycle.ts';

const clock = (lastReviewed: string): ReviewClock => ({ lastReviewed, nextDue: '2028-09-12', status: 'current', daysUntilDue: 600 });
const september: ReviewRef = { title: 'September 2026 review', url: '/reviews/2026-09/', state: 'completed', completed: '2026-09-12' };
const ratings = [
  { scale: 'Strength of evidence', rated: true },
  { scale: 'Size of effect', rated: true },
  { scale: 'Cost', rated: false },
];

describe('review status in words', () => {
  it('names and links the review that set the "last reviewed" date, and what it rated', () => {
    const view = reviewStatusView(clock('2026-09-12'), [september], ratings);
    expect(view).toMatchObject({ dateKey: 'Evidence last reviewed', date: '2026-09-12', setBy: september });
    expect(view.rated).toEqual(['strength of evidence', 'size of effect']);
    expect(view.notRated).toEqual(['cost']);
  });

  it('never says "last reviewed" when the date is the first publication: nothing is the panel\'s rating yet', () => {
    const view = reviewStatusView(clock('2026-03-01'), [], ratings);
    expect(view.dateKey).toBe('First published, not yet reviewed');
    expect(view.setBy).toBeUndefined();
    expect(view.rated).toEqual([]);
    expect(view.notRated).toEqual(['strength of evidence', 'size of effect', 'cost']);
  });

  it('ignores an older completed review and reports one in progress', () => {
    const older = { ...september, title: 'Old', completed: '2025-01-01' };
    const running: ReviewRef = { title: 'Now', url: '/reviews/now/', state: 'in-progress' };
    const view = reviewStatusView(clock('2026-09-12'), [running, september, older], ratings);
    expect(view.setBy?.title).toBe('September 2026 review');
    expect(view.inProgress?.title).toBe('Now');
  });

  it('lists in words', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
