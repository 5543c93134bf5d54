/**
 * The published rule (issue 15; decision docs/decisions/0013-evidence-rating-rule.md): strength of
 * evidence and size of effect computed from the findings an entry rests on, the panel's one-step
 * adjustment, direct and indirect evidence kept apart, and the verdict a reader acts on. Pure, and
 * its thresholds are data (`STRENGTH_RULE`, `MONTHS_FROM_EFFECT_SIZE`, `VERDICT_RULE`) so the
 * methodology page prints the rule the code runs. tests/unit/evidence-rating.test.ts pins every boundary.
 */
import { VERDICTS, byId, impactBandForMonths, type EvidenceStrengthId, type ImpactBandId } from './vocabulary.ts';
import {
  NOT_REPORTED,
  type Adjustment,
  type ComputedImpact,
  type ComputedRating,
  type EntryEvidence,
  type Finding,
  type Reported,
  type StudyDesign,
  type Verdict,
  type VerdictId,
} from './evidence-types.ts';
import type { Ratings } from './schemas.ts';

// ---------------------------------------------------------------------------------------------
// Security, design and strength.

/** How a design counts towards strength: a comparison that can show cause, a synthesis of them, or neither. */
export const DESIGN_TIERS: Readonly<Record<StudyDesign, 'trial' | 'synthesis' | 'comparison' | 'uncontrolled'>> = {
  'randomised-trial': 'trial',
  'cluster-randomised-trial': 'trial',
  'meta-analysis': 'synthesis',
  'systematic-review': 'synthesis',
  'quasi-experimental': 'comparison',
  'pre-post': 'uncontrolled',
  other: 'uncontrolled',
};

/** The thresholds of the strength rule, as the methodology page prints them. */
export const STRENGTH_RULE = {
  /** A finding is secure at this many EEF padlocks or more, or when its risk of bias is graded low. */
  securePadlocks: 4,
  /** A finding is insecure at this many padlocks or fewer, or when its risk of bias is graded high. */
  insecurePadlocks: 1,
  /** Strong: secure randomised trials or syntheses from at least this many sources, one of them independent... */
  strongSources: 2,
  /** ...or one secure synthesis pooling at least this many studies of the programme, by an independent team. */
  strongPooledStudies: 5,
  /** Moderate: at least this many sources with a randomised trial, synthesis or quasi-experiment that is not insecure. */
  moderateSources: 1,
  /** Results that disagree in direction (an effect in one study, none or a negative one in another) move strength down one step. */
  inconsistencySteps: 1,
} as const;

export type Security = 'secure' | 'not-graded' | 'insecure';

/** A finding's security: from EEF padlocks or a risk-of-bias grade, where the source gives one. */
export function securityOf(f: Pick<Finding, 'padlocks' | 'riskOfBias'>): Security {
  const { padlocks, riskOfBias } = f;
  if ((padlocks !== NOT_REPORTED && padlocks <= STRENGTH_RULE.insecurePadlocks) || riskOfBias === 'high') return 'insecure';
  if ((padlocks !== NOT_REPORTED && padlocks >= STRENGTH_RULE.securePadlocks) || riskOfBias === 'low') return 'secure';
  return 'not-graded';
}

/** A finding that can carry "strong": a secure randomised trial or synthesis. */
const isRigorous = (f: Finding) => ['trial', 'synthesis'].includes(DESIGN_TIERS[f.design]) && securityOf(f) === 'secure';
/** A finding that can carry "moderate": a trial, synthesis or quasi-experiment that is not insecure. */
const isControlled = (f: Finding) => DESIGN_TIERS[f.design] !== 'uncontrolled' && securityOf(f) !== 'insecure';

const distinctSources = (findings: readonly Finding[]) => new Set(findings.map((f) => f.source)).size;

/** Whether the findings agree in direction: no positive effect beside a null or negative one. */
export function consistent(findings: readonly Finding[]): boolean {
  const said = new Set(findings.map((f) => f.effect.detected).filter((d) => d !== NOT_REPORTED));
  return !(said.has('yes') && (said.has('no') || said.has('negative')));
}

const STRENGTH_STEPS: readonly EvidenceStrengthId[] = ['emerging', 'moderate', 'strong'];
const IMPACT_STEPS: readonly ImpactBandId[] = ['none', 'small', 'moderate', 'large'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Strength from direct findings. Empty findings give undefined: there is nothing to compute from,
 * and the entry states "practice-based" or "not-yet-reviewed" itself.
 */
export function computeStrength(findings: readonly Finding[]): { id: EvidenceStrengthId; reasons: string[] } | undefined {
  if (!findings.length) return undefined;
  const rigorous = findings.filter(isRigorous);
  const controlled = findings.filter(isControlled);
  const reasons: string[] = [];
  let level: EvidenceStrengthId;
  const independentRigorous = rigorous.some((f) => f.independent === 'yes');
  const bigSynthesis = rigorous.some(
    (f) =>
      DESIGN_TIERS[f.design] === 'synthesis' &&
      f.independent === 'yes' &&
      f.studies !== NOT_REPORTED &&
      f.studies >= STRENGTH_RULE.strongPooledStudies,
  );
  if ((distinctSources(rigorous) >= STRENGTH_RULE.strongSources && independentRigorous) || bigSynthesis) {
    level = 'strong';
    reasons.push(
      bigSynthesis
        ? `an independent, secure synthesis pooling ${STRENGTH_RULE.strongPooledStudies} or more studies`
        : `secure randomised trials or syntheses from ${plural(distinctSources(rigorous), 'source')}, at least one independent`,
    );
  } else if (distinctSources(controlled) >= STRENGTH_RULE.moderateSources) {
    level = 'moderate';
    reasons.push(
      `${plural(distinctSources(controlled), 'source')} with a controlled comparison (trial, synthesis or quasi-experiment) not graded insecure`,
    );
    if (distinctSources(rigorous) >= STRENGTH_RULE.strongSources && !independentRigorous)
      reasons.push('not strong: none of the secure studies was run by an independent evaluator');
  } else {
    level = 'emerging';
    reasons.push('no controlled comparison that is not graded insecure: the studies are before-and-after, other designs, or insecure');
  }
  if (!consistent(findings) && level !== 'emerging') {
    level = STRENGTH_STEPS[Math.max(0, STRENGTH_STEPS.indexOf(level) - STRENGTH_RULE.inconsistencySteps)]!;
    reasons.push('one step down: the findings disagree (an effect in one, none or a negative one in another)');
  }
  return { id: level, reasons };
}

// ---------------------------------------------------------------------------------------------
// Size of effect.

/**
 * The EEF's conversion of an effect size to months of additional progress, used only where a source
 * reports an effect size and no months. Source: Education Endowment Foundation, "About the Toolkits:
 * attainment" (the Teaching and Learning Toolkit's months' progress table),
 * https://educationendowmentfoundation.org.uk/evidence-summaries/about-the-toolkits/attainment/ .
 * Each row is the lowest effect size (to 2 decimal places) that gives its months; negative effect
 * sizes convert symmetrically to negative months, as the EEF's note (ii) says.
 */
export const MONTHS_FROM_EFFECT_SIZE: readonly { minEffectSize: number; months: number }[] = [
  { minEffectSize: 0.96, months: 12 },
  { minEffectSize: 0.88, months: 11 },
  { minEffectSize: 0.79, months: 10 },
  { minEffectSize: 0.7, months: 9 },
  { minEffectSize: 0.62, months: 8 },
  { minEffectSize: 0.53, months: 7 },
  { minEffectSize: 0.45, months: 6 },
  { minEffectSize: 0.36, months: 5 },
  { minEffectSize: 0.27, months: 4 },
  { minEffectSize: 0.19, months: 3 },
  { minEffectSize: 0.1, months: 2 },
  { minEffectSize: 0.02, months: 1 },
  { minEffectSize: 0, months: 0 },
];
export const MONTHS_SOURCE_URL = 'https://educationendowmentfoundation.org.uk/evidence-summaries/about-the-toolkits/attainment/';

/** Months of progress for an effect size, by the EEF table (rounded to 2 decimal places first, as the EEF presents them). */
export function monthsFromEffectSize(smd: number): number {
  const size = Math.round(Math.abs(smd) * 100) / 100;
  const months = MONTHS_FROM_EFFECT_SIZE.find((row) => size >= row.minEffectSize)!.months;
  return smd < 0 && months > 0 ? -months : months;
}

/** The order in which a finding is preferred as the headline effect: most secure, then strongest design, then largest. */
function headlineOrder(a: Finding, b: Finding): number {
  const security: Security[] = ['secure', 'not-graded', 'insecure'];
  const tiers = ['trial', 'synthesis', 'comparison', 'uncontrolled'];
  const size = (f: Finding) => (f.pupils === NOT_REPORTED ? 0 : f.pupils);
  return (
    security.indexOf(securityOf(a)) - security.indexOf(securityOf(b)) ||
    tiers.indexOf(DESIGN_TIERS[a.design]) - tiers.indexOf(DESIGN_TIERS[b.design]) ||
    size(b) - size(a) ||
    a.key.localeCompare(b.key)
  );
}

/** The headline finding of an impact rating: the best-evidenced one that reports an effect. */
export function headlineFinding(findings: readonly Finding[]): Finding | undefined {
  const reports = (f: Finding) => f.effect.months !== NOT_REPORTED || f.effect.smd !== NOT_REPORTED || f.effect.detected !== NOT_REPORTED;
  return [...findings].filter(reports).sort(headlineOrder)[0];
}

/** Size of effect from one finding: reported months, else months converted from the smd, else what was detected. */
export function impactOfFinding(f: Finding): {
  id: ImpactBandId;
  months: Reported<number>;
  monthsBasis: ComputedImpact['monthsBasis'];
  reasons: string[];
} {
  const { months, smd, detected } = f.effect;
  let shown: Reported<number> = NOT_REPORTED;
  let basis: ComputedImpact['monthsBasis'] = 'none';
  if (months !== NOT_REPORTED) {
    shown = months;
    basis = 'reported';
  } else if (smd !== NOT_REPORTED) {
    shown = monthsFromEffectSize(smd);
    basis = 'converted';
  }
  const reasons = [
    basis === 'reported'
      ? `${f.key} reports ${shown} months' progress`
      : basis === 'converted'
        ? `${f.key} reports an effect size of ${String(smd)}, which the EEF's table converts to ${shown} months`
        : `${f.key} reports no effect size or months`,
  ];
  if (detected === 'no' || detected === 'negative') {
    reasons.push(detected === 'no' ? 'the source detected no effect' : 'the source found a negative effect');
    return { id: 'none', months: shown, monthsBasis: basis, reasons };
  }
  if (shown === NOT_REPORTED) return { id: 'unknown', months: shown, monthsBasis: basis, reasons };
  return { id: impactBandForMonths(shown), months: shown, monthsBasis: basis, reasons };
}

export function computeImpact(findings: readonly Finding[]): Omit<ComputedImpact, 'shown' | 'adjustment'> {
  const headline = headlineFinding(findings);
  if (!headline) return { computed: 'unknown', months: NOT_REPORTED, monthsBasis: 'none', reasons: ['no finding reports an effect'] };
  const { id, months, monthsBasis, reasons } = impactOfFinding(headline);
  return { computed: id, months, monthsBasis, reasons };
}

// ---------------------------------------------------------------------------------------------
// The panel's adjustment.

/** The label one step up or down the scale, or undefined when there is no step that way (or the label is not on the scale). */
export function adjustStep<Id extends string>(scale: 'strength' | 'impact', id: Id, direction: Adjustment['direction']): Id | undefined {
  const steps = (scale === 'strength' ? STRENGTH_STEPS : IMPACT_STEPS) as readonly string[];
  const at = steps.indexOf(id);
  if (at < 0) return undefined;
  return steps[at + (direction === 'up' ? 1 : -1)] as Id | undefined;
}

function adjusted<Id extends string>(
  scale: 'strength' | 'impact',
  computed: Id,
  reasons: string[],
  adjustment: Adjustment | undefined,
): ComputedRating<Id> {
  if (!adjustment) return { computed, shown: computed, reasons };
  const shown = adjustStep(scale, computed, adjustment.direction);
  // An impossible step is reported by `npm run check` (evidenceProblems); the page shows the computed label.
  return shown === undefined ? { computed, shown: computed, reasons } : { computed, shown, adjustment, reasons };
}

// ---------------------------------------------------------------------------------------------
// The verdict.

/** How the verdict follows from the shown strength and impact; the methodology page prints it. */
export const VERDICT_RULE = {
  /** Strengths that can carry a recommendation, or a "not recommended" when they show no effect. */
  solidStrengths: ['strong', 'moderate'] as readonly EvidenceStrengthId[],
  /** Impacts that make solid evidence "recommended". */
  recommendedImpacts: ['large', 'moderate'] as readonly ImpactBandId[],
  /** Impacts that make any evidence at least "promising". */
  promisingImpacts: ['large', 'moderate', 'small'] as readonly ImpactBandId[],
} as const;

export function deriveVerdict(strength: EvidenceStrengthId, impact: ImpactBandId): VerdictId {
  if (strength === 'practice-based') return 'practice-based';
  if (strength === 'not-yet-reviewed') return 'not-yet-evaluated';
  const solid = VERDICT_RULE.solidStrengths.includes(strength);
  if (solid && impact === 'none') return 'not-recommended';
  if (solid && VERDICT_RULE.recommendedImpacts.includes(impact)) return 'recommended';
  if (VERDICT_RULE.promisingImpacts.includes(impact)) return 'promising';
  return 'not-yet-evaluated';
}

export const verdictOf = (id: VerdictId, useInstead: readonly string[] = []): Verdict => ({
  id,
  label: byId(VERDICTS, id).label,
  useInstead: id === 'not-recommended' ? [...useInstead] : [],
});

// ---------------------------------------------------------------------------------------------
// One entry's evidence.

/** A rating as an entry writes it: the legacy shape (value + sources) or the findings shape. */
type WrittenRating = { value?: string; findings?: readonly string[]; adjust?: Adjustment };
/** The ratings of a version, with the fields of the findings shape (issue 15). */
export type EntryRatings = Pick<Ratings, 'strength' | 'impact'> & {
  indirect?: { about: string; findings: readonly string[] } | undefined;
};

const lookup = (keys: readonly string[] | undefined, byKey: ReadonlyMap<string, Finding>) =>
  (keys ?? []).flatMap((k) => {
    const f = byKey.get(k);
    return f ? [f] : [];
  });

/** Direct findings feed the headline; a wider-family finding never does, even if listed by mistake (the check reports it). */
const direct = (f: Finding) => f.evaluated !== 'wider-family';

function ratingsFrom(
  strengthFindings: readonly Finding[],
  impactFindings: readonly Finding[],
  written: { strength: WrittenRating; impact: WrittenRating & { months?: number } },
): { strength: ComputedRating<EvidenceStrengthId>; impact: ComputedImpact } {
  const s = computeStrength(strengthFindings);
  const strength: ComputedRating<EvidenceStrengthId> = s
    ? adjusted('strength', s.id, s.reasons, written.strength.adjust)
    : (() => {
        const id = (written.strength.value ?? 'not-yet-reviewed') as EvidenceStrengthId;
        return { computed: id, shown: id, reasons: ['this programme has not itself been evaluated'] };
      })();
  let impact: ComputedImpact;
  if (impactFindings.length) {
    const i = computeImpact(impactFindings);
    impact = { ...adjusted('impact', i.computed, i.reasons, written.impact.adjust), months: i.months, monthsBasis: i.monthsBasis };
  } else {
    const id = (written.impact.value ?? 'unknown') as ImpactBandId;
    const months = written.impact.months;
    impact = {
      computed: id,
      shown: id,
      months: months ?? NOT_REPORTED,
      monthsBasis: months === undefined ? 'none' : 'reported',
      reasons: ['no finding of this programme reports an effect'],
    };
  }
  return { strength, impact };
}

/**
 * Everything a page needs to show one entry's evidence, from the version's ratings and the findings
 * by global id. A version in the legacy shape (value + sources, no findings) shows what it wrote.
 */
export function entryEvidence(
  ratings: EntryRatings,
  findingsByKey: ReadonlyMap<string, Finding>,
  useInstead: readonly string[] = [],
): EntryEvidence {
  const strengthFindings = lookup(ratings.strength.findings, findingsByKey).filter(direct);
  const impactFindings = lookup(ratings.impact.findings, findingsByKey).filter(direct);
  const findings = [...new Map([...strengthFindings, ...impactFindings].map((f) => [f.key, f])).values()];
  const legacy = ratings.strength.findings === undefined && ratings.impact.findings === undefined;
  const { strength, impact } = ratingsFrom(strengthFindings, impactFindings, ratings);
  const evidence: EntryEvidence = {
    // A legacy rating names sources, not findings: whether those evaluated this programme is not recorded.
    directlyEvaluated: legacy ? !['practice-based', 'not-yet-reviewed'].includes(ratings.strength.value) : findings.length > 0,
    strength,
    impact,
    findings,
    verdict: verdictOf(useInstead.length ? 'not-recommended' : deriveVerdict(strength.shown, impact.shown), useInstead),
  };
  if (ratings.indirect) {
    const wider = lookup(ratings.indirect.findings, findingsByKey);
    const computed = ratingsFrom(wider, wider, { strength: { value: 'not-yet-reviewed' }, impact: { value: 'unknown' } });
    evidence.indirect = { about: ratings.indirect.about, findings: wider, ...computed };
  }
  return evidence;
}

// ---------------------------------------------------------------------------------------------
// The rule as the methodology page prints it, worded from the thresholds above so the page and the
// code cannot disagree.

const inconsistency = 'Findings that disagree in direction (an effect in one, none or a negative one in another) move it down one step.';

/** Each strength label and when the rule gives it, strongest first. */
export const STRENGTH_RULE_ROWS: readonly { id: EvidenceStrengthId; when: string }[] = [
  {
    id: 'strong',
    when: `Secure randomised trials or syntheses (${STRENGTH_RULE.securePadlocks} or more EEF padlocks, or a low risk of bias) from at least ${STRENGTH_RULE.strongSources} sources, at least one by an independent evaluator; or one independent, secure synthesis pooling ${STRENGTH_RULE.strongPooledStudies} or more studies. ${inconsistency}`,
  },
  {
    id: 'moderate',
    when: `At least ${plural(STRENGTH_RULE.moderateSources, 'source')} with a controlled comparison (a randomised trial, a synthesis or a quasi-experiment) not graded insecure (${STRENGTH_RULE.insecurePadlocks} padlock or fewer, or a high risk of bias). ${inconsistency}`,
  },
  {
    id: 'emerging',
    when: 'There are findings, but none is a controlled comparison that is not graded insecure: before-and-after studies, other designs, or insecure studies.',
  },
];

/** Each impact band and when the rule gives it, from the headline finding. */
export const IMPACT_RULE_ROWS: readonly { id: ImpactBandId; when: string }[] = (() => {
  const minMonths = (id: ImpactBandId) => [1, 2, 3, 4, 5, 6].find((m) => impactBandForMonths(m) === id);
  const large = minMonths('large')!;
  const moderate = minMonths('moderate')!;
  const small = minMonths('small')!;
  return [
    {
      id: 'large',
      when: `The headline finding reports ${large} or more months of additional progress, or an effect size that converts to them.`,
    },
    { id: 'moderate', when: `${moderate} to ${large - 1} months.` },
    { id: 'small', when: `${small} to ${moderate - 1} months.` },
    { id: 'none', when: 'The source detected no effect, or a negative one, or the months are 0 or fewer.' },
    { id: 'unknown', when: 'No finding reports months, an effect size or whether an effect was detected.' },
  ];
})();

/** The EEF's conversion table as ranges, for printing: each row's lowest and highest effect size. */
export const MONTHS_CONVERSION_ROWS: readonly { minSmd: number; maxSmd: number | undefined; months: number }[] =
  MONTHS_FROM_EFFECT_SIZE.map((row, i) => ({
    minSmd: row.minEffectSize,
    maxSmd: i === 0 ? undefined : Math.round((MONTHS_FROM_EFFECT_SIZE[i - 1]!.minEffectSize - 0.01) * 100) / 100,
    months: row.months,
  }));
