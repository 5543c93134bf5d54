/**
 * What a reader sees of an entry's evidence (issue 15): the words for each cell of the findings table,
 * "children like yours" at a glance, and which tag colour a rating may wear. Pure, built on the shared
 * types (evidence-types.ts) so the page does not depend on how the findings are loaded or rated.
 */
import { NOT_REPORTED, type Adjustment, type AdjustmentReason, type Finding, type StudyDesign, type VerdictId } from './evidence-types.ts';
import { PHASES, VERDICTS, byId, type EvidenceStrengthId, type ImpactBandId } from './vocabulary.ts';
import { ratingInfo } from './labels.ts';
import { effectText } from './forest-plot.ts';

/** Study designs in words; keyed by the type, so a new design fails the type check until it has one. */
export const DESIGN_LABELS: Record<StudyDesign, string> = {
  'randomised-trial': 'Randomised trial',
  'cluster-randomised-trial': 'Cluster-randomised trial',
  'quasi-experimental': 'Quasi-experimental study',
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  'pre-post': 'Before-and-after study',
  other: 'Other design',
};

export const ADJUSTMENT_REASON_LABELS: Record<AdjustmentReason, string> = {
  indirectness: 'indirectness (the studies differ from the children or setting this is for)',
  imprecision: 'imprecision (the results are uncertain)',
  inconsistency: 'inconsistency (the studies disagree)',
  'risk-of-bias': 'risk of bias (the way the studies were run may have skewed them)',
  'large-effect': 'a large effect',
};

/** What plain text a table cell shows for a value the source does not report. */
export const NOT_REPORTED_TEXT = 'Not reported';

export const verdictInfo = (id: VerdictId) => byId(VERDICTS, id);

/**
 * The tag colour of a strength label where it is shown: green only for a rated strength, and never
 * beside "No measurable impact" unless the verdict "Not recommended" is shown next to it (strong
 * evidence of no effect is not a recommendation).
 */
export function strengthTag(strength: EvidenceStrengthId, impact: ImpactBandId | undefined, verdict: VerdictId | undefined): string {
  if (!ratingInfo('strength', strength).rated) return 'govuk-tag--grey';
  if (impact === 'none' && verdict !== 'not-recommended') return 'govuk-tag--grey';
  return 'govuk-tag--green';
}

/** "The rule gives Moderate evidence; the panel moved it down one step for imprecision: because." */
export function adjustmentText(scale: 'strength' | 'impact', computed: string, adjustment: Adjustment): string {
  return (
    `The rule gives ${ratingInfo(scale, computed).label}; the panel moved it ${adjustment.direction} one step for ` +
    `${ADJUSTMENT_REASON_LABELS[adjustment.reason]}: ${adjustment.because}`
  );
}

const reported = <T>(v: T | typeof NOT_REPORTED, show: (v: T) => string): string => (v === NOT_REPORTED ? NOT_REPORTED_TEXT : show(v));
const phaseList = (phases: Finding['phases']) => reported(phases, (p) => p.map((id) => byId(PHASES, id).label).join(', '));
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** One finding as the table's cells, in words; "Not reported" wherever the source does not say. */
export function findingCells(f: Finding) {
  const size = [
    f.pupils !== NOT_REPORTED && count(f.pupils, 'pupil', 'pupils'),
    f.settings !== NOT_REPORTED && count(f.settings, 'setting', 'settings'),
    f.studies !== NOT_REPORTED && count(f.studies, 'study pooled', 'studies pooled'),
  ].filter((s): s is string => Boolean(s));
  const { smd, ci, months, detected } = f.effect;
  const detectedText = { yes: 'Positive effect', no: 'No effect detected', negative: 'Negative effect' } as const;
  const ukText = reported(f.uk, (u) => ({ yes: 'in the UK', no: 'outside the UK', partly: 'partly in the UK' })[u]);
  const where =
    f.country === NOT_REPORTED
      ? f.uk === NOT_REPORTED
        ? NOT_REPORTED_TEXT
        : `Country not reported (${ukText})`
      : `${f.country} (${f.uk === NOT_REPORTED ? 'UK or not: not reported' : ukText})`;
  const who = [
    f.phases === NOT_REPORTED ? 'Phase not reported' : phaseList(f.phases),
    f.ages === NOT_REPORTED ? 'ages not reported' : `ages ${f.ages}`,
    f.sendGroup === NOT_REPORTED ? 'SEND group not reported' : f.sendGroup,
  ].join('; ');
  return {
    who,
    where,
    design: DESIGN_LABELS[f.design] + (f.pooled ? ' (pooled estimate)' : ''),
    outcome: f.outcome,
    measure: f.measure === NOT_REPORTED ? 'measure not reported' : f.measure,
    size: size.length ? size.join(', ') : NOT_REPORTED_TEXT,
    effect: smd === NOT_REPORTED ? NOT_REPORTED_TEXT : effectText(smd, ci),
    detected: reported(detected, (d) => detectedText[d]),
    months: reported(months, (m) => `${m > 0 ? '+' : ''}${m}`),
    independent: reported(f.independent, (i) => (i === 'yes' ? 'Independent' : 'Developer-led')),
    security:
      [
        f.padlocks !== NOT_REPORTED && `${f.padlocks} of 5 padlocks`,
        f.riskOfBias !== NOT_REPORTED &&
          `${{ low: 'Low', 'some-concerns': 'Some concerns about', high: 'High' }[f.riskOfBias]} risk of bias`,
      ]
        .filter(Boolean)
        .join('; ') || NOT_REPORTED_TEXT,
  };
}

export interface ChildrenLikeYours {
  /** "All 3 findings are from the UK", "2 of 3 findings are from the UK", ... */
  uk: string;
  /** Phase labels studied, in the vocabulary's order, and a note when some findings do not say. */
  phases: string;
  /** SEND groups studied, as the sources name them. */
  sendGroups: string;
}

const findingsWord = (n: number) => (n === 1 ? 'finding' : 'findings');

/** Whether the evidence was gathered with children like theirs: the UK, the phases, the SEND groups. */
export function childrenLikeYours(findings: readonly Finding[]): ChildrenLikeYours {
  const n = findings.length;
  const inUk = findings.filter((f) => f.uk === 'yes').length;
  const partly = findings.filter((f) => f.uk === 'partly').length;
  const unknownUk = findings.filter((f) => f.uk === NOT_REPORTED).length;
  const outside = findings.filter((f) => f.uk === 'no').length;
  const ukParts =
    inUk === n
      ? [n === 1 ? 'The finding is from the UK' : `All ${n} findings are from the UK`]
      : [
          `${inUk} of ${n} ${findingsWord(n)} from the UK`,
          partly ? `${partly} partly from the UK` : '',
          outside ? `${outside} from outside the UK` : '',
          unknownUk ? `${unknownUk} not reported` : '',
        ].filter(Boolean);
  const phases = new Set(findings.flatMap((f) => (f.phases === NOT_REPORTED ? [] : f.phases)));
  const phaseLabels = PHASES.filter((p) => phases.has(p.id)).map((p) => p.label);
  const noPhase = findings.filter((f) => f.phases === NOT_REPORTED).length;
  const groups = [...new Set(findings.map((f) => f.sendGroup).filter((g) => g !== NOT_REPORTED))];
  const noGroup = findings.filter((f) => f.sendGroup === NOT_REPORTED).length;
  const missing = (k: number, what: string) => (k ? `${k} ${findingsWord(k)} ${k === 1 ? 'does' : 'do'} not report ${what}` : '');
  return {
    uk: n === 0 ? 'No findings' : ukParts.join(', '),
    phases: [phaseLabels.join(', '), missing(noPhase, 'the phase')].filter(Boolean).join('; ') || 'No findings',
    sendGroups: [groups.join('; '), missing(noGroup, 'a SEND group')].filter(Boolean).join('; ') || 'No findings',
  };
}
