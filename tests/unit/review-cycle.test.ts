import { describe, expect, it } from 'vitest';
import {
  addYears,
  asOfDate,
  cycleYears,
  DUE_SOON_DAYS,
  reviewClock,
  REVIEW_CYCLE_YEARS,
  type ClockInput,
} from '../../src/domain/review-cycle.ts';
import { LAYER_IDS, KIND_IDS } from '../../src/domain/vocabulary.ts';

describe('the review cycle table', () => {
  it('reviews Universal and Targeted evidence every 2 years, Targeted Plus every 2, Packages every 5', () => {
    expect(REVIEW_CYCLE_YEARS.byLayer).toEqual({ universal: 2, targeted: 2, 'targeted-plus': 2, specialist: 5 });
    expect(LAYER_IDS.every((l) => typeof REVIEW_CYCLE_YEARS.byLayer[l] === 'number')).toBe(true);
  });

  it('gives every kind its cycle', () => {
    expect(cycleYears('areas-of-development', [])).toBe(2);
    expect(cycleYears('strategies', ['universal'])).toBe(2);
    expect(cycleYears('interventions', ['targeted'])).toBe(2);
    expect(cycleYears('interventions', ['targeted-plus'])).toBe(2);
    expect(cycleYears('packages', ['specialist'])).toBe(5);
    expect(cycleYears('reviews', [])).toBeUndefined();
    expect(KIND_IDS).toHaveLength(6); // a new kind must be added to this test
  });

  it('gives a tool the cycle of the layers it serves (the shortest)', () => {
    expect(cycleYears('tools', ['specialist'])).toBe(5);
    expect(cycleYears('tools', ['targeted', 'specialist'])).toBe(2);
    expect(cycleYears('tools', ['universal'])).toBe(2);
  });
});

describe('addYears', () => {
  it('adds calendar years', () => expect(addYears('2026-03-01', 2)).toBe('2028-03-01'));
  it('lands 29 February on 28 February when the target year has none', () => expect(addYears('2024-02-29', 2)).toBe('2026-02-28'));
  it('keeps 29 February when the target year is a leap year', () => expect(addYears('2024-02-29', 4)).toBe('2028-02-29'));
  it('handles 5-year package cycles across leap years', () => expect(addYears('2028-02-29', 5)).toBe('2033-02-28'));
});

describe('reviewClock against the as-of date', () => {
  // Published 2026-03-01, 2-year cycle: due 2028-03-01.
  const base: ClockInput = {
    kind: 'strategies',
    layers: ['universal'],
    firstPublished: '2026-03-01',
    completedReviews: [],
    underReview: false,
    asOf: '2026-03-01',
  };
  const statusOn = (asOf: string, extra: Partial<ClockInput> = {}) => reviewClock({ ...base, ...extra, asOf })!;

  it('is current 91 days before the due date', () => {
    const clock = statusOn('2027-12-01'); // 2028-03-01 minus 91 days (2028 is a leap year: Dec 31 + Jan 31 + Feb 29)
    expect(clock.daysUntilDue).toBe(91);
    expect(clock.status).toBe('current');
  });
  it(`is due soon exactly ${DUE_SOON_DAYS} days before`, () => {
    const clock = statusOn('2027-12-02');
    expect(clock.daysUntilDue).toBe(90);
    expect(clock.status).toBe('due-soon');
  });
  it('is due soon (not overdue) on the due date itself', () => {
    const clock = statusOn('2028-03-01');
    expect(clock.daysUntilDue).toBe(0);
    expect(clock.status).toBe('due-soon');
  });
  it('is overdue the day after', () => {
    const clock = statusOn('2028-03-02');
    expect(clock.daysUntilDue).toBe(-1);
    expect(clock.status).toBe('overdue');
  });
  it('reports the dates', () => {
    expect(statusOn('2026-11-22')).toMatchObject({ lastReviewed: '2026-03-01', nextDue: '2028-03-01', status: 'current' });
  });
  it('restarts the clock from the latest completed review, scheduled or out-of-cycle', () => {
    const clock = statusOn('2028-03-02', { completedReviews: ['2027-01-10', '2026-06-01'] });
    expect(clock).toMatchObject({ lastReviewed: '2027-01-10', nextDue: '2029-01-10', status: 'current' });
  });
  it('says "under review" while a review is in progress, even when overdue', () => {
    expect(statusOn('2030-01-01', { underReview: true }).status).toBe('under-review');
  });
  it('uses 5 years for packages', () => {
    expect(statusOn('2026-11-22', { kind: 'packages', layers: ['specialist'] }).nextDue).toBe('2031-03-01');
  });
  it('has no clock for review records', () => {
    expect(reviewClock({ ...base, kind: 'reviews', layers: [] })).toBeUndefined();
  });
  it('counts 29 February published entries to 28 February', () => {
    expect(statusOn('2026-02-28', { firstPublished: '2024-02-29' })).toMatchObject({
      nextDue: '2026-02-28',
      status: 'due-soon',
      daysUntilDue: 0,
    });
    expect(statusOn('2026-03-01', { firstPublished: '2024-02-29' }).status).toBe('overdue');
  });
});

describe('asOfDate', () => {
  const now = new Date('2026-11-22T23:30:00Z');
  it('uses NIS_AS_OF when set', () => expect(asOfDate({ NIS_AS_OF: '2025-01-31' }, now)).toBe('2025-01-31'));
  it('uses today in UTC otherwise', () => {
    expect(asOfDate({}, now)).toBe('2026-11-22');
    expect(asOfDate({ NIS_AS_OF: '' }, now)).toBe('2026-11-22');
  });
  it.each(['2026-02-30', '2026-13-01', '22/11/2026', '2026-1-5', 'tomorrow'])('refuses %s, naming the variable', (value) => {
    expect(() => asOfDate({ NIS_AS_OF: value }, now)).toThrow(/NIS_AS_OF: found .* expected a real date written YYYY-MM-DD/);
  });
  it('accepts 29 February in a leap year only', () => {
    expect(asOfDate({ NIS_AS_OF: '2028-02-29' }, now)).toBe('2028-02-29');
    expect(() => asOfDate({ NIS_AS_OF: '2027-02-29' }, now)).toThrow();
  });
});
