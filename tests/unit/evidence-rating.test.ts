/**
 * The evidence rule (src/domain/evidence-rating.ts), boundary by boundary: security, design, number,
 * independence and consistency for strength; reported months, the EEF conversion table and what was
 * detected for size; one-step adjustment; direct against indirect; the verdict. The findings here are
 * made up to sit on each boundary: they are test inputs, not content.
 */
import { describe, expect, it } from 'vitest';
import {
  MONTHS_FROM_EFFECT_SIZE,
  STRENGTH_RULE,
  adjustStep,
  computeImpact,
  computeStrength,
  consistent,
  deriveVerdict,
  entryEvidence,
  headlineFinding,
  impactOfFinding,
  monthsFromEffectSize,
  securityOf,
} from '../../src/domain/evidence-rating.ts';
import { NOT_REPORTED, type Finding } from '../../src/domain/evidence-types.ts';
import type { EvidenceStrengthId, ImpactBandId } from '../../src/domain/vocabulary.ts';

let n = 0;
function finding(over: Partial<Omit<Finding, 'effect'>> & { effect?: Partial<Finding['effect']> } = {}): Finding {
  n++;
  const source = over.source ?? `source-${n}`;
  const id = over.id ?? 'outcome';
  return {
    key: `${source}/${id}`,
    source,
    id,
    outcome: 'Language',
    measure: NOT_REPORTED,
    design: 'randomised-trial',
    evaluated: 'this-programme',
    about: 'the programme',
    country: 'England',
    uk: 'yes',
    phases: ['primary'],
    ages: NOT_REPORTED,
    sendGroup: 'not SEND-specific',
    pupils: 500,
    settings: 20,
    studies: NOT_REPORTED,
    pooled: false,
    independent: 'yes',
    padlocks: 4,
    riskOfBias: NOT_REPORTED,
    locator: 'p. 1',
    ...over,
    effect: { smd: NOT_REPORTED, ci: NOT_REPORTED, months: 3, detected: 'yes', ...over.effect },
  } as Finding;
}

describe('security', () => {
  it.each([
    [0, 'insecure'],
    [1, 'insecure'],
    [2, 'not-graded'],
    [3, 'not-graded'],
    [4, 'secure'],
    [5, 'secure'],
  ] as const)('%i padlocks is %s', (padlocks, security) => {
    expect(securityOf({ padlocks, riskOfBias: NOT_REPORTED })).toBe(security);
  });
  it('reads a risk-of-bias grade where there are no padlocks, and high risk wins over padlocks', () => {
    expect(securityOf({ padlocks: NOT_REPORTED, riskOfBias: 'low' })).toBe('secure');
    expect(securityOf({ padlocks: NOT_REPORTED, riskOfBias: 'some-concerns' })).toBe('not-graded');
    expect(securityOf({ padlocks: NOT_REPORTED, riskOfBias: 'high' })).toBe('insecure');
    expect(securityOf({ padlocks: NOT_REPORTED, riskOfBias: NOT_REPORTED })).toBe('not-graded');
    expect(securityOf({ padlocks: 5, riskOfBias: 'high' })).toBe('insecure');
  });
  it('states its thresholds as data', () => {
    expect(STRENGTH_RULE).toMatchObject({
      securePadlocks: 4,
      insecurePadlocks: 1,
      strongSources: 2,
      strongPooledStudies: 5,
      moderateSources: 1,
    });
  });
});

describe('strength', () => {
  const strength = (...findings: Finding[]) => computeStrength(findings)?.id;

  it('has nothing to compute from no findings', () => {
    expect(computeStrength([])).toBeUndefined();
  });
  it('is strong from secure trials in two sources, one independent', () => {
    expect(strength(finding(), finding({ independent: 'no' }))).toBe('strong');
    expect(strength(finding({ design: 'cluster-randomised-trial' }), finding({ design: 'systematic-review' }))).toBe('strong');
  });
  it('is moderate, not strong, from one source however many outcomes it reports', () => {
    expect(strength(finding({ source: 'one', id: 'a' }), finding({ source: 'one', id: 'b' }))).toBe('moderate');
  });
  it('is moderate, not strong, when no secure study was independent', () => {
    const result = computeStrength([finding({ independent: 'no' }), finding({ independent: NOT_REPORTED })]);
    expect(result?.id).toBe('moderate');
    expect(result?.reasons.join(' ')).toMatch(/independent/);
  });
  it('is moderate, not strong, when the second study is not secure (3 padlocks) or not a trial', () => {
    expect(strength(finding(), finding({ padlocks: 3 }))).toBe('moderate');
    expect(strength(finding(), finding({ design: 'quasi-experimental', padlocks: 5 }))).toBe('moderate');
  });
  it('is strong from one independent, secure synthesis of 5 or more studies, and moderate from 4', () => {
    const synthesis = (studies: number, independent: 'yes' | 'no' = 'yes') =>
      finding({ design: 'meta-analysis', pooled: true, studies, padlocks: NOT_REPORTED, riskOfBias: 'low', independent });
    expect(strength(synthesis(5))).toBe('strong');
    expect(strength(synthesis(4))).toBe('moderate');
    expect(strength(synthesis(12, 'no'))).toBe('moderate');
    expect(strength(finding({ design: 'meta-analysis', studies: NOT_REPORTED, padlocks: 5 }))).toBe('moderate');
  });
  it('is moderate from one controlled comparison not graded insecure, at 2 padlocks or ungraded', () => {
    expect(strength(finding({ design: 'quasi-experimental', padlocks: 2 }))).toBe('moderate');
    expect(strength(finding({ padlocks: NOT_REPORTED }))).toBe('moderate');
  });
  it('is emerging from insecure or uncontrolled studies only', () => {
    expect(strength(finding({ padlocks: 1 }))).toBe('emerging');
    expect(strength(finding({ riskOfBias: 'high', padlocks: NOT_REPORTED }))).toBe('emerging');
    expect(strength(finding({ design: 'pre-post' }), finding({ design: 'other', padlocks: 5 }))).toBe('emerging');
  });
  it('moves one step down when the findings disagree in direction, never below emerging', () => {
    const disagree = [finding(), finding({ effect: { detected: 'no' } })];
    expect(strength(...disagree)).toBe('moderate');
    expect(strength(finding(), finding({ padlocks: 3, effect: { detected: 'negative' } }))).toBe('emerging');
    expect(strength(finding({ design: 'pre-post' }), finding({ design: 'pre-post', effect: { detected: 'no' } }))).toBe('emerging');
  });
  it('counts agreement on no effect as consistent: strong evidence of no effect is still strong evidence', () => {
    expect(consistent([finding({ effect: { detected: 'no' } }), finding({ effect: { detected: 'negative' } })])).toBe(true);
    expect(consistent([finding(), finding({ effect: { detected: NOT_REPORTED } })])).toBe(true);
    expect(strength(finding({ effect: { detected: 'no' } }), finding({ effect: { detected: 'no' } }))).toBe('strong');
  });
});

describe("the EEF's conversion of an effect size to months", () => {
  it('gives each row its months at its lowest effect size, and the row below one hundredth less', () => {
    for (const [i, row] of MONTHS_FROM_EFFECT_SIZE.entries()) {
      expect(monthsFromEffectSize(row.minEffectSize), `${row.minEffectSize}`).toBe(row.months);
      const below = MONTHS_FROM_EFFECT_SIZE[i + 1];
      if (below) expect(monthsFromEffectSize(Math.round((row.minEffectSize - 0.01) * 100) / 100)).toBe(below.months);
    }
  });
  it('matches the published table at its edges', () => {
    expect([0.01, 0.02, 0.09, 0.1, 0.18, 0.19, 0.26, 0.27, 0.35, 0.36, 0.44, 0.45].map(monthsFromEffectSize)).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
    ]);
    expect([0.52, 0.53, 0.61, 0.62, 0.69, 0.7, 0.78, 0.79, 0.87, 0.88, 0.95, 0.96, 1.4].map(monthsFromEffectSize)).toEqual([
      6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
    ]);
  });
  it('rounds to two decimal places first, and converts negative sizes to negative months', () => {
    expect(monthsFromEffectSize(0.185)).toBe(3);
    expect(monthsFromEffectSize(0.184)).toBe(2);
    expect(monthsFromEffectSize(-0.26)).toBe(-3);
    expect(monthsFromEffectSize(-0.01)).toBe(0);
  });
});

describe('size of effect', () => {
  it('uses reported months before an effect size', () => {
    const r = impactOfFinding(finding({ effect: { months: 2, smd: 0.4 } }));
    expect(r).toMatchObject({ id: 'small', months: 2, monthsBasis: 'reported' });
  });
  it('converts an effect size only where no months are reported', () => {
    expect(impactOfFinding(finding({ effect: { months: NOT_REPORTED, smd: 0.27 } }))).toMatchObject({
      id: 'moderate',
      months: 4,
      monthsBasis: 'converted',
    });
  });
  it.each([
    [0, 'none'],
    [1, 'small'],
    [2, 'small'],
    [3, 'moderate'],
    [4, 'moderate'],
    [5, 'large'],
  ] as const)('%i months is %s impact', (months, band) => {
    expect(impactOfFinding(finding({ effect: { months } })).id).toBe(band);
  });
  it('is "none" when the source detected no effect or a negative one, whatever the months', () => {
    expect(impactOfFinding(finding({ effect: { months: 1, detected: 'no' } }))).toMatchObject({ id: 'none', months: 1 });
    expect(impactOfFinding(finding({ effect: { months: -2, detected: 'negative' } })).id).toBe('none');
  });
  it('is unknown without months, effect size or a detected effect', () => {
    expect(impactOfFinding(finding({ effect: { months: NOT_REPORTED } }))).toMatchObject({ id: 'unknown', monthsBasis: 'none' });
    expect(computeImpact([finding({ effect: { months: NOT_REPORTED, detected: NOT_REPORTED } })]).computed).toBe('unknown');
    expect(computeImpact([]).computed).toBe('unknown');
  });
  it('takes the headline from the most secure finding, then the stronger design, then the larger study', () => {
    const secure = finding({ padlocks: 5, effect: { months: 3 } });
    const ungraded = finding({ padlocks: NOT_REPORTED, effect: { months: 6 } });
    expect(headlineFinding([ungraded, secure])).toBe(secure);
    const quasi = finding({ design: 'quasi-experimental', effect: { months: 6 } });
    expect(headlineFinding([quasi, secure])).toBe(secure);
    const big = finding({ pupils: 10000 });
    expect(headlineFinding([secure, big])).toBe(big);
  });
});

describe('adjustment', () => {
  it('moves exactly one step, and not off either end of a scale', () => {
    expect(adjustStep('strength', 'moderate', 'up')).toBe('strong');
    expect(adjustStep('strength', 'moderate', 'down')).toBe('emerging');
    expect(adjustStep('strength', 'strong', 'up')).toBeUndefined();
    expect(adjustStep('strength', 'emerging', 'down')).toBeUndefined();
    expect(adjustStep('strength', 'practice-based', 'up')).toBeUndefined();
    expect(adjustStep('impact', 'none', 'up')).toBe('small');
    expect(adjustStep('impact', 'large', 'up')).toBeUndefined();
    expect(adjustStep('impact', 'none', 'down')).toBeUndefined();
    expect(adjustStep('impact', 'unknown', 'up')).toBeUndefined();
  });
});

describe('verdict', () => {
  const table: [EvidenceStrengthId, ImpactBandId, string][] = [
    ['strong', 'large', 'recommended'],
    ['strong', 'moderate', 'recommended'],
    ['moderate', 'moderate', 'recommended'],
    ['strong', 'small', 'promising'],
    ['moderate', 'small', 'promising'],
    ['emerging', 'large', 'promising'],
    ['emerging', 'small', 'promising'],
    ['strong', 'none', 'not-recommended'],
    ['moderate', 'none', 'not-recommended'],
    ['emerging', 'none', 'not-yet-evaluated'],
    ['strong', 'unknown', 'not-yet-evaluated'],
    ['emerging', 'unknown', 'not-yet-evaluated'],
    ['practice-based', 'unknown', 'practice-based'],
    ['practice-based', 'large', 'practice-based'],
    ['not-yet-reviewed', 'unknown', 'not-yet-evaluated'],
  ];
  it.each(table)('%s evidence with %s impact is %s', (strength, impact, verdict) => {
    expect(deriveVerdict(strength, impact)).toBe(verdict);
  });
});

describe('entryEvidence', () => {
  const legacy = { value: 'practice-based' as const, sources: [] };
  const index = (...list: Finding[]) => new Map(list.map((f) => [f.key, f]));

  it('computes strong evidence of no effect as "not recommended", never a recommendation', () => {
    const a = finding({ effect: { months: 0, detected: 'no' } });
    const b = finding({ effect: { months: 0, detected: 'no' } });
    const e = entryEvidence(
      {
        strength: { value: 'strong', sources: [], findings: [a.key, b.key] },
        impact: { value: 'none', sources: [], findings: [a.key] },
      },
      index(a, b),
      ['strategies/other'],
    );
    expect(e.strength.shown).toBe('strong');
    expect(e.impact.shown).toBe('none');
    expect(e.verdict).toEqual({ id: 'not-recommended', label: 'Not recommended', useInstead: ['strategies/other'] });
  });

  it("shows the panel's one step beside the computed label", () => {
    const a = finding({ padlocks: 3 });
    const e = entryEvidence(
      {
        strength: {
          value: 'emerging',
          sources: [],
          findings: [a.key],
          adjust: { direction: 'down', reason: 'indirectness', because: 'x' },
        },
        impact: { value: 'moderate', sources: [], findings: [a.key] },
      },
      index(a),
    );
    expect(e.strength).toMatchObject({ computed: 'moderate', shown: 'emerging', adjustment: { reason: 'indirectness' } });
    expect(e.impact).toMatchObject({ computed: 'moderate', shown: 'moderate', months: 3, monthsBasis: 'reported' });
    expect(e.verdict.id).toBe('promising');
    expect(e.verdict.useInstead).toEqual([]);
  });

  it('keeps wider-family findings out of the headline and computes them apart', () => {
    const own = finding({ design: 'pre-post', effect: { months: 2 } });
    const strand = finding({
      evaluated: 'wider-family',
      design: 'meta-analysis',
      pooled: true,
      studies: 40,
      riskOfBias: 'low',
      effect: { months: 6 },
    });
    const e = entryEvidence(
      {
        strength: { value: 'emerging', sources: [], findings: [own.key, strand.key] },
        impact: { value: 'small', sources: [], findings: [own.key, strand.key] },
        indirect: { about: 'oral language work in general', findings: [strand.key] },
      },
      index(own, strand),
    );
    expect(e.directlyEvaluated).toBe(true);
    expect(e.findings.map((f) => f.key)).toEqual([own.key]);
    expect(e.strength.shown).toBe('emerging');
    expect(e.impact.shown).toBe('small');
    expect(e.indirect).toMatchObject({
      about: 'oral language work in general',
      strength: { shown: 'strong' },
      impact: { shown: 'large', months: 6 },
    });
  });

  it('says a programme without direct findings was not itself evaluated, and keeps its written label', () => {
    const strand = finding({ evaluated: 'wider-family', effect: { months: 6 } });
    const e = entryEvidence(
      { strength: legacy, impact: { value: 'unknown', sources: [] }, indirect: { about: 'x', findings: [strand.key] } },
      index(strand),
    );
    expect(e.directlyEvaluated).toBe(false);
    expect(e.strength).toMatchObject({ computed: 'practice-based', shown: 'practice-based' });
    expect(e.verdict.id).toBe('practice-based');
    expect(e.indirect?.impact.shown).toBe('large');
  });

  it('reads a legacy rating as written', () => {
    const e = entryEvidence(
      { strength: { value: 'moderate', sources: ['s'] }, impact: { value: 'moderate', months: 4, sources: ['s'] } },
      new Map(),
    );
    expect(e).toMatchObject({
      directlyEvaluated: true,
      strength: { shown: 'moderate' },
      impact: { shown: 'moderate', months: 4, monthsBasis: 'reported' },
    });
    expect(e.verdict.id).toBe('recommended');
  });
});
