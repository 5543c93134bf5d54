/**
 * The checks that join entries to the findings they rest on (issue 15): every finding named exists,
 * direct and indirect evidence are kept apart, a written label equals the rule's after the panel's
 * one step, and "use instead" sits only on an entry the evidence does not recommend.
 */
import type { Finding } from './evidence-types.ts';
import { adjustStep, computeImpact, computeStrength, deriveVerdict, entryEvidence } from './evidence-rating.ts';
import { isProvision, type ProvisionData } from './entry-data.ts';
import { rule, runRules, type Finding as ProblemFinding, type Problem } from './problems.ts';
import type { CheckedRecord } from './references.ts';
import { nearest } from './references.ts';
import { findingsFile } from './findings.ts';

export interface EvidenceContext {
  records: readonly CheckedRecord[];
  findings: ReadonlyMap<string, Finding>;
  /** Sources whose findings file exists but failed its schema: its findings are reported by the file. */
  unreadable: ReadonlySet<string>;
}

type Scale = 'strength' | 'impact';
const SCALES: readonly Scale[] = ['strength', 'impact'];

/** Every finding a version names, with the field that names it and whether it is meant as direct evidence. */
export function findingRefs(data: ProvisionData): { field: string; ref: string; direct: boolean }[] {
  const r = data.ratings;
  return [
    ...SCALES.flatMap((scale) =>
      (r[scale].findings ?? []).map((ref, i) => ({ field: `ratings.${scale}.findings.${i}`, ref, direct: true })),
    ),
    ...(r.indirect?.findings ?? []).map((ref, i) => ({ field: `ratings.indirect.findings.${i}`, ref, direct: false })),
  ];
}

const provision = (records: readonly CheckedRecord[]) =>
  records.flatMap((record) => (isProvision(record.data) ? [{ record, data: record.data }] : []));

/** Every finding named exists in content/findings/<source>.yaml. */
export const unknownFinding = rule<EvidenceContext>('unknown-finding', ({ records, findings, unreadable }) => {
  const known = [...findings.keys()].sort();
  return provision(records).flatMap(({ record, data }) =>
    findingRefs(data)
      .filter(({ ref }) => !findings.has(ref) && !unreadable.has(ref.split('/')[0]!))
      .map(({ field, ref }) => ({
        file: record.file,
        field,
        message: `names the finding "${ref}", which is not in content/${findingsFile(ref.split('/')[0]!)}; known findings include: ${nearest(ref, known)}`,
      })),
  );
});

/** Wider-family findings never feed the headline; the entry's own findings are not "indirect". */
export const findingIndirect = rule<EvidenceContext>('finding-indirect', ({ records, findings }) =>
  provision(records).flatMap(({ record, data }) =>
    findingRefs(data).flatMap(({ field, ref, direct }) => {
      const f = findings.get(ref);
      if (!f || direct === (f.evaluated !== 'wider-family')) return [];
      return [
        {
          file: record.file,
          field,
          message: direct
            ? `names "${ref}", which evaluated the wider family of approaches (${f.about}), not this programme; list it under ratings.indirect.findings, never as the entry's own evidence`
            : `names "${ref}", which evaluated ${f.evaluated === 'this-programme' ? 'this programme' : 'an adapted version of it'}; list it under ratings.strength.findings or ratings.impact.findings`,
        },
      ];
    }),
  ),
);

/** The findings of one scale, when every one named is known (otherwise unknown-finding reports it). */
function scaleFindings(data: ProvisionData, scale: Scale, findings: ReadonlyMap<string, Finding>): Finding[] | undefined {
  const refs = data.ratings[scale].findings;
  if (!refs) return undefined;
  const found = refs.map((ref) => findings.get(ref));
  if (found.some((f) => !f)) return undefined;
  return (found as Finding[]).filter((f) => f.evaluated !== 'wider-family');
}

const computedLabel = (scale: Scale, list: readonly Finding[]): string | undefined =>
  scale === 'strength' ? computeStrength(list)?.id : computeImpact(list).computed;

/** A rating computed from findings writes the rule's label after the panel's step, or the check names it. */
export const ratingValue = rule<EvidenceContext>('rating-value', ({ records, findings }) =>
  provision(records).flatMap(({ record, data }) =>
    SCALES.flatMap((scale): ProblemFinding[] => {
      const list = scaleFindings(data, scale, findings);
      const computed = list?.length ? computedLabel(scale, list) : undefined;
      if (!list || computed === undefined) return [];
      const rating = data.ratings[scale] as { value?: string; adjust?: { direction: 'up' | 'down' } };
      const shown = rating.adjust ? (adjustStep(scale, computed, rating.adjust.direction) ?? computed) : computed;
      const how = rating.adjust
        ? `computes "${computed}" and the adjustment moves it ${rating.adjust.direction} to "${shown}"`
        : `computes "${shown}"`;
      if (rating.value === undefined)
        return [
          {
            file: record.file,
            field: `ratings.${scale}`,
            message: `has no value; the rule ${how} from its findings`,
            fix: `write "value: ${shown}" under ratings.${scale}`,
          },
        ];
      if (rating.value === shown) return [];
      return [
        {
          file: record.file,
          field: `ratings.${scale}.value`,
          message: `found "${rating.value}", but the rule ${how} from the findings listed; the label shown is the rule's, moved at most one step by a stated adjustment`,
          fix: `write "value: ${shown}", or add an adjustment with its reason (one step only)`,
        },
      ];
    }),
  ),
);

/** An adjustment is one step, and there must be a step that way. */
export const adjustOffScale = rule<EvidenceContext>('adjust-step', ({ records, findings }) =>
  provision(records).flatMap(({ record, data }) =>
    SCALES.flatMap((scale) => {
      const rating = data.ratings[scale];
      const list = scaleFindings(data, scale, findings);
      const computed = list?.length ? computedLabel(scale, list) : undefined;
      if (!rating.adjust || computed === undefined || adjustStep(scale, computed, rating.adjust.direction) !== undefined) return [];
      return [
        {
          file: record.file,
          field: `ratings.${scale}.adjust.direction`,
          message: `found "${rating.adjust.direction}", but the rule computes "${computed}", which has no step ${rating.adjust.direction} on its scale; remove the adjustment`,
        },
      ];
    }),
  ),
);

/** "Use instead" belongs to an entry the evidence does not recommend. */
export const useInstead = rule<EvidenceContext>('use-instead', ({ records, findings }) =>
  provision(records).flatMap(({ record, data }) => {
    if (!data.verdict?.useInstead.length) return [];
    const { strength, impact } = entryEvidence(data.ratings, findings);
    if (deriveVerdict(strength.shown, impact.shown) !== 'recommended') return [];
    return [
      {
        file: record.file,
        field: 'verdict.useInstead',
        message: `names entries to use instead, but the evidence makes this entry "recommended" (${strength.shown} evidence, ${impact.shown} impact); a panel that advises against it adjusts a rating with its reason, or removes verdict.useInstead`,
      },
    ];
  }),
);

export const EVIDENCE_RULES = [unknownFinding, findingIndirect, ratingValue, adjustOffScale, useInstead] as const;

export function checkEvidence(context: EvidenceContext): Problem[] {
  return runRules(EVIDENCE_RULES, context);
}
