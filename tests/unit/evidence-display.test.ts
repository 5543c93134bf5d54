import { describe, expect, it } from 'vitest';
import { NOT_REPORTED } from '../../src/domain/evidence-types.ts';
import { adjustmentText, childrenLikeYours, findingCells, strengthTag, verdictInfo } from '../../src/domain/evidence-display.ts';
import { VERDICTS, VERDICT_IDS } from '../../src/domain/vocabulary.ts';
import { finding } from '../helpers/evidence-fixtures.ts';

describe('the strength tag', () => {
  it('is green for rated evidence of an effect', () => {
    expect(strengthTag('strong', 'moderate', 'recommended')).toBe('govuk-tag--green');
    expect(strengthTag('emerging', undefined, undefined)).toBe('govuk-tag--green');
  });
  it('is never green beside "No measurable impact" unless the verdict "Not recommended" is shown with it', () => {
    expect(strengthTag('strong', 'none', undefined)).toBe('govuk-tag--grey');
    expect(strengthTag('strong', 'none', 'promising')).toBe('govuk-tag--grey');
    expect(strengthTag('strong', 'none', 'not-recommended')).toBe('govuk-tag--green');
  });
  it('is grey for a label that is not a rating', () => {
    expect(strengthTag('not-yet-reviewed', 'unknown', 'not-yet-evaluated')).toBe('govuk-tag--grey');
  });
});

describe('verdicts', () => {
  it('cover every verdict id of the shared types, each with a GOV.UK tag', () => {
    expect(VERDICT_IDS).toEqual(['recommended', 'promising', 'practice-based', 'not-yet-evaluated', 'not-recommended']);
    for (const v of VERDICTS) expect(v.tag === '' || v.tag.startsWith('govuk-tag--')).toBe(true);
    expect(verdictInfo('not-recommended').tag).toBe('govuk-tag--red');
  });
});

describe('a panel adjustment in words', () => {
  it('names the computed label, the direction and the reason', () => {
    expect(
      adjustmentText('strength', 'strong', { direction: 'down', reason: 'indirectness', because: 'The trials were in Australia.' }),
    ).toBe(
      'The rule gives Strong evidence; the panel moved it down one step for indirectness (the studies differ from the children or setting this is for): The trials were in Australia.',
    );
  });
});

describe('the findings table', () => {
  it('writes every reported value in words', () => {
    expect(findingCells(finding({ studies: 3, riskOfBias: 'some-concerns' }))).toMatchObject({
      who: 'Early years; ages 4 to 5; not SEND-specific',
      where: 'England (in the UK)',
      design: 'Randomised trial',
      size: '1,000 pupils, 100 settings, 3 studies pooled',
      effect: '0.26 (0.10 to 0.40)',
      detected: 'Positive effect',
      months: '+4',
      independent: 'Independent',
      security: '5 of 5 padlocks; Some concerns about risk of bias',
    });
  });
  it('says "not reported" plainly wherever the source does not report a value', () => {
    const f = finding({
      measure: NOT_REPORTED,
      country: NOT_REPORTED,
      uk: NOT_REPORTED,
      phases: NOT_REPORTED,
      ages: NOT_REPORTED,
      sendGroup: NOT_REPORTED,
      pupils: NOT_REPORTED,
      settings: NOT_REPORTED,
      independent: NOT_REPORTED,
      padlocks: NOT_REPORTED,
      effect: { smd: NOT_REPORTED, ci: NOT_REPORTED, months: NOT_REPORTED, detected: NOT_REPORTED },
    });
    expect(findingCells(f)).toMatchObject({
      who: 'Phase not reported; ages not reported; SEND group not reported',
      where: 'Not reported',
      measure: 'measure not reported',
      size: 'Not reported',
      effect: 'Not reported',
      detected: 'Not reported',
      months: 'Not reported',
      independent: 'Not reported',
      security: 'Not reported',
    });
    expect(findingCells(finding({ country: 'Australia', uk: NOT_REPORTED })).where).toBe('Australia (UK or not: not reported)');
    expect(findingCells(finding({ pooled: true, design: 'meta-analysis' })).design).toBe('Meta-analysis (pooled estimate)');
  });
});

describe('children like yours', () => {
  it('says when every finding is from the UK, and which phases and SEND groups were studied', () => {
    const like = childrenLikeYours([finding(), finding({ phases: ['primary', 'early-years'], sendGroup: 'Children with language needs' })]);
    expect(like).toEqual({
      uk: 'All 2 findings are from the UK',
      phases: 'Early years, Primary',
      sendGroups: 'not SEND-specific; Children with language needs',
    });
  });
  it('counts findings from elsewhere and those that do not say', () => {
    const like = childrenLikeYours([
      finding(),
      finding({ uk: 'no', phases: NOT_REPORTED, sendGroup: NOT_REPORTED }),
      finding({ uk: NOT_REPORTED }),
    ]);
    expect(like.uk).toBe('1 of 3 findings from the UK, 1 from outside the UK, 1 not reported');
    expect(like.phases).toBe('Early years; 1 finding does not report the phase');
    expect(like.sendGroups).toBe('not SEND-specific; 1 finding does not report a SEND group');
  });
});
