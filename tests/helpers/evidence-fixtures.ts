/**
 * Typed evidence for the view's tests (issue 15): findings and an entry's evidence built against the
 * shared types in src/domain/evidence-types.ts only, so the view is tested without the findings model.
 * The figures are made up for geometry and layout; they are test data, never content.
 */
import { NOT_REPORTED, type EntryEvidence, type Finding } from '../../src/domain/evidence-types.ts';

/** A finding with every field reported; `over` replaces any field (effect fields merge). */
export function finding(over: Partial<Omit<Finding, 'effect'>> & { effect?: Partial<Finding['effect']> } = {}): Finding {
  const source = over.source ?? 'test-trial';
  const id = over.id ?? 'language';
  const { effect, ...rest } = over;
  return {
    key: `${source}/${id}`,
    source,
    id,
    outcome: 'Oral language',
    measure: 'A composite of standardised language tests',
    design: 'randomised-trial',
    evaluated: 'this-programme',
    about: 'The programme delivered by teaching assistants',
    country: 'England',
    uk: 'yes',
    phases: ['early-years'],
    ages: '4 to 5',
    sendGroup: 'not SEND-specific',
    pupils: 1000,
    settings: 100,
    studies: NOT_REPORTED,
    pooled: false,
    independent: 'yes',
    padlocks: 5,
    riskOfBias: NOT_REPORTED,
    locator: 'Executive summary',
    ...rest,
    effect: { smd: 0.26, ci: [0.1, 0.4], months: 4, detected: 'yes', ...effect },
  };
}

/** An entry's evidence: evaluated directly, strong and moderate, recommended; `over` replaces any field. */
export function entryEvidence(over: Partial<EntryEvidence> = {}): EntryEvidence {
  return {
    directlyEvaluated: true,
    strength: { computed: 'strong', shown: 'strong', reasons: ['2 independent randomised trials in England agree'] },
    impact: { computed: 'moderate', shown: 'moderate', reasons: ['+4 months reported'], months: 4, monthsBasis: 'reported' },
    findings: [
      finding(),
      finding({ source: 'second-trial', effect: { smd: 0.2, ci: [0.05, 0.35], months: 3 } }),
      finding({
        source: 'second-trial',
        id: 'reading',
        outcome: 'Early reading',
        effect: { smd: NOT_REPORTED, ci: NOT_REPORTED, months: NOT_REPORTED, detected: 'no' },
      }),
    ],
    verdict: { id: 'recommended', label: 'Recommended', useInstead: [] },
    ...over,
  };
}
