/**
 * The shapes of evidence as data (issue 15): study findings, the ratings computed from them, and the
 * verdict a reader acts on. This file is the contract between the findings model (src/domain/findings.ts,
 * src/domain/evidence-rating.ts) and the pages that show it; it holds types only.
 *
 * A value a source does not report is the literal NOT_REPORTED, never a guess: an author must decide.
 */
import type { EvidenceStrengthId, ImpactBandId, PhaseId } from './vocabulary.ts';

export const NOT_REPORTED = 'not reported';
export type NotReported = typeof NOT_REPORTED;
export type Reported<T> = T | NotReported;

export type StudyDesign =
  'randomised-trial' | 'cluster-randomised-trial' | 'quasi-experimental' | 'meta-analysis' | 'systematic-review' | 'pre-post' | 'other';

/** What a finding evaluated: the entry's own programme, a version of it, or the wider family of approaches. */
export type Evaluated = 'this-programme' | 'adapted-version' | 'wider-family';

/** One outcome as one source reports it (content/findings/<source>.yaml). */
export interface Finding {
  /** Global id: "<source-key>/<id>". */
  key: string;
  source: string;
  id: string;
  outcome: string;
  measure: Reported<string>;
  design: StudyDesign;
  evaluated: Evaluated;
  about: string;
  country: Reported<string>;
  uk: Reported<'yes' | 'no' | 'partly'>;
  phases: Reported<PhaseId[]>;
  ages: Reported<string>;
  sendGroup: Reported<string>;
  pupils: Reported<number>;
  settings: Reported<number>;
  studies: Reported<number>;
  effect: {
    smd: Reported<number>;
    ci: Reported<[number, number]>;
    months: Reported<number>;
    detected: Reported<'yes' | 'no' | 'negative'>;
  };
  pooled: boolean;
  independent: Reported<'yes' | 'no'>;
  padlocks: Reported<number>;
  riskOfBias: Reported<'low' | 'some-concerns' | 'high'>;
  locator: string;
  note?: string;
}

/** GRADE-style reasons the panel may move a computed label by one step. */
export type AdjustmentReason = 'indirectness' | 'imprecision' | 'inconsistency' | 'risk-of-bias' | 'large-effect';

export interface Adjustment {
  direction: 'up' | 'down';
  reason: AdjustmentReason;
  because: string;
}

/** One computed rating: what the rule gives, what is shown after any adjustment, and why. */
export interface ComputedRating<Id extends string> {
  computed: Id;
  shown: Id;
  adjustment?: Adjustment;
  /** The rule's reasons in plain words, e.g. "2 independent randomised trials in England agree". */
  reasons: string[];
}

export interface ComputedImpact extends ComputedRating<ImpactBandId> {
  /** Months of progress shown, and whether they were reported or converted from an effect size (EEF table). */
  months: Reported<number>;
  monthsBasis: 'reported' | 'converted' | 'none';
}

/** The plain verdict a reader acts on, derived from the ratings and the panel's judgement. */
export type VerdictId = 'recommended' | 'promising' | 'not-recommended' | 'not-yet-evaluated' | 'practice-based';

export interface Verdict {
  id: VerdictId;
  label: string;
  /** For "not recommended": entries to use instead ("<kind>/<slug>"). */
  useInstead: string[];
}

/** Everything a page needs to show one entry's evidence. */
export interface EntryEvidence {
  /** False when the entry's own programme (or a version of it) was never evaluated. */
  directlyEvaluated: boolean;
  strength: ComputedRating<EvidenceStrengthId>;
  impact: ComputedImpact;
  /** Direct findings: this programme or an adapted version. */
  findings: Finding[];
  /** Evidence about the wider family of approaches, never the entry's headline rating. */
  indirect?: {
    about: string;
    findings: Finding[];
    strength: ComputedRating<EvidenceStrengthId>;
    impact: ComputedImpact;
  };
  verdict: Verdict;
}
