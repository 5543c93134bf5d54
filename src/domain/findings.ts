/**
 * Study findings as data (issue 15; the contract is specs/findings-format.md): one YAML file per
 * bibliography source, content/findings/<source-key>.yaml, a list of findings, one per outcome the
 * source reports. Every field is required, and a value the source does not report is the literal
 * "not reported", so an author decides rather than omits; nothing here infers or rounds a number.
 * The same schema validates the files (`npm run check`, the build) and generates the open data's
 * JSON Schema.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PHASE_IDS } from './vocabulary.ts';
import { NOT_REPORTED, type Finding, type StudyDesign, type Evaluated } from './evidence-types.ts';

/** The folder under content/ that holds the findings files. */
export const FINDINGS_DIR = 'findings';

export const STUDY_DESIGNS = [
  { id: 'randomised-trial', label: 'Randomised controlled trial' },
  { id: 'cluster-randomised-trial', label: 'Cluster-randomised trial' },
  { id: 'quasi-experimental', label: 'Quasi-experimental study' },
  { id: 'meta-analysis', label: 'Meta-analysis' },
  { id: 'systematic-review', label: 'Systematic review' },
  { id: 'pre-post', label: 'Before-and-after study (no comparison group)' },
  { id: 'other', label: 'Other design' },
] as const satisfies readonly { id: StudyDesign; label: string }[];

export const EVALUATED = [
  { id: 'this-programme', label: 'This programme' },
  { id: 'adapted-version', label: 'An adapted version of this programme' },
  { id: 'wider-family', label: 'The wider family of approaches' },
] as const satisfies readonly { id: Evaluated; label: string }[];

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id) as [T['id'], ...T['id'][]];

const notReported = z.literal(NOT_REPORTED);
/** A value, or the literal "not reported". */
const reported = <T extends z.ZodType>(schema: T) => z.union([schema, notReported]);
const text = z.string().trim().min(1, { error: 'must not be empty' });
const FINDING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fields of a finding, before the rules that join them (open data extends it with the global id). */
export const findingObject = z.strictObject({
  id: z
    .string()
    .regex(FINDING_ID, { error: 'expected lower-case words joined by hyphens' })
    .describe('A slug unique in the file; the finding\'s global id is "<source-key>/<id>".'),
  outcome: text.describe('What was measured, in plain words.'),
  measure: reported(text).describe('The measure the source names, or "not reported".'),
  design: z.enum(ids(STUDY_DESIGNS)).describe('The design of the study.'),
  evaluated: z
    .enum(ids(EVALUATED))
    .describe('What was evaluated: this programme, an adapted version of it, or the wider family of approaches.'),
  about: text.describe('What exactly was evaluated, in words.'),
  country: reported(text).describe('Where, as the source states it.'),
  uk: reported(z.enum(['yes', 'no', 'partly'])).describe('Whether the study was in the UK.'),
  phases: reported(z.array(z.enum(PHASE_IDS)).min(1, { error: 'must list at least one' })).describe(
    'Phases of education studied (ids from the vocabulary).',
  ),
  ages: reported(text).describe('Ages studied, as reported.'),
  sendGroup: reported(text).describe('The SEND group studied, in words, or "not SEND-specific".'),
  pupils: reported(z.number().int().positive()).describe('Pupils in the analysis, as reported.'),
  settings: reported(z.number().int().positive()).describe('Schools or settings, as reported.'),
  studies: reported(z.number().int().positive()).describe('Studies pooled (meta-analyses, reviews, Toolkit strands).'),
  effect: z
    .strictObject({
      smd: reported(z.number().min(-5).max(5)).describe("Standardised mean difference (Cohen's d, Hedges' g)."),
      ci: reported(z.tuple([z.number(), z.number()])).describe('95% confidence interval of the smd, [low, high].'),
      months: reported(z.number().int().min(-12).max(12)).describe("Additional months' progress as the source reports it."),
      detected: reported(z.enum(['yes', 'no', 'negative'])).describe('yes (a positive effect), no (no effect detected) or negative.'),
    })
    .describe('The effect as reported.'),
  pooled: z.boolean().describe('True when this is a pooled estimate (a meta-analysis or strand average).'),
  independent: reported(z.enum(['yes', 'no'])).describe('yes (independent evaluator) or no (developer-led).'),
  padlocks: reported(z.number().int().min(0).max(5)).describe('EEF security rating, 0 to 5 padlocks, where the source grades it.'),
  riskOfBias: reported(z.enum(['low', 'some-concerns', 'high'])).describe('Risk of bias, where the source grades it.'),
  locator: text.describe('Where in the source the figures are, so a reviewer can check them.'),
  note: text.optional().describe('Anything a reader needs, for example a subgroup result.'),
});

export const findingSchema = findingObject.superRefine((f, ctx) => {
  const { smd, ci, detected } = f.effect;
  if (ci !== NOT_REPORTED && smd === NOT_REPORTED) {
    ctx.addIssue({
      code: 'custom',
      path: ['effect', 'ci'],
      message: 'an interval needs the smd it is the interval of; write effect.smd',
    });
  }
  if (ci !== NOT_REPORTED && ci[0] > ci[1]) {
    ctx.addIssue({ code: 'custom', path: ['effect', 'ci'], message: `found [${ci.join(', ')}]; expected [low, high] with low <= high` });
  } else if (ci !== NOT_REPORTED && smd !== NOT_REPORTED && (smd < ci[0] || smd > ci[1])) {
    ctx.addIssue({
      code: 'custom',
      path: ['effect', 'ci'],
      message: `found [${ci.join(', ')}], which does not contain the smd ${smd}; expected ci[0] <= smd <= ci[1]`,
    });
  }
  if (detected === 'no' && ci !== NOT_REPORTED && smd !== NOT_REPORTED && (ci[0] > 0 || ci[1] < 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['effect', 'detected'],
      message: `found "no", but the interval [${ci.join(', ')}] excludes zero; expected "yes" or "negative", or check the figures against the source`,
    });
  }
});

/** A findings file: a list of findings with ids unique in the file. */
export const findingsFileSchema = z.array(findingSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((f, i) => {
    if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${f.id}" is used twice in this file; ids are unique` });
    seen.add(f.id);
  });
});

export type FindingInput = z.output<typeof findingSchema>;

/** The global id of a finding. */
export const findingKey = (source: string, id: string) => `${source}/${id}`;
/** The file a source's findings live in, relative to content/. */
export const findingsFile = (source: string) => `${FINDINGS_DIR}/${source}.yaml`;

/** A parsed finding with its source and global id. */
export function toFinding(source: string, f: FindingInput): Finding {
  return { key: findingKey(source, f.id), source, ...f } as Finding;
}

/** Every finding of every file, by global id. */
export function indexFindings(files: Readonly<Record<string, readonly FindingInput[]>>): Map<string, Finding> {
  const map = new Map<string, Finding>();
  for (const [source, list] of Object.entries(files)) for (const f of list) map.set(findingKey(source, f.id), toFinding(source, f));
  return map;
}

/** JSON with keys sorted at every level, so a hash does not depend on the order fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The hash the ledger keeps of a finding a published version rests on: its values, not its YAML,
 * so a comment or a reflowed line does not count as an edit but any changed figure does.
 */
export function hashFinding(f: Finding | FindingInput): string {
  const { key: _key, source: _source, ...values } = f as Finding;
  return `sha256-${createHash('sha256').update(canonical(values)).digest('hex')}`;
}
