import { describe, expect, it } from 'vitest';
import { appraisalOf } from '../../src/domain/appraisal.ts';

describe("a review's appraisal", () => {
  it('reads the studies considered and the entries whose ratings moved', () => {
    const data = {
      appraisal: [
        { source: 'eef-2023', decision: 'included', reason: 'An independent trial in England.' },
        { source: 'blog-2021', decision: 'excluded', reason: 'Not a study.' },
      ],
      ratingsMoved: ['interventions/neli'],
    };
    expect(appraisalOf(data)).toEqual({ studies: data.appraisal, ratingsMoved: ['interventions/neli'] });
  });
  it('is undefined for a review that records none, and keeps only items of the right shape', () => {
    expect(appraisalOf({ title: 'x' })).toBeUndefined();
    expect(appraisalOf(undefined)).toBeUndefined();
    expect(appraisalOf({ appraisal: [{ source: 'a', decision: 'maybe', reason: 'r' }, 'x'], ratingsMoved: [3] })).toEqual({
      studies: [],
      ratingsMoved: [],
    });
    expect(appraisalOf({ ratingsMoved: [] })).toEqual({ studies: [], ratingsMoved: [] });
  });
});
