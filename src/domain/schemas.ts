/**
 * Zod schemas for every content file: the frontmatter of each version of each kind, and the
 * bibliography. The same schemas serve the Astro build (src/content.config.ts), `npm run check`
 * and the authoring scripts. Cross-references between files are checked in ./references.ts, because
 * a schema sees one file at a time.
 *
 * Each field's `.describe()` text is its documentation for editors and data users: the field reference
 * (docs/field-reference.md, `npm run docs:fields`) and the open data JSON Schemas are generated from it.
 */
import { z } from 'zod';
import {
  AREA_IDS,
  COMPONENT_IDS,
  COST_BAND_IDS,
  DELIVERY_IDS,
  EVIDENCE_STRENGTH_IDS,
  IMPACT_BAND_IDS,
  KIND_IDS,
  PHASE_IDS,
  RESPONSE_DECISIONS,
  RESPONSE_DECISION_IDS,
  REVIEW_STATE_IDS,
  REVIEW_TYPE_IDS,
  SOURCE_TYPE_IDS,
  UNIVERSAL_OFFER_COMPONENT_IDS,
  VERSION_STATUSES,
  EVIDENCE_STRENGTHS,
  IMPACT_BANDS,
  COST_BANDS,
  impactBandForMonths,
  kindInfo,
  type CostBandId,
  type EvidenceStrengthId,
  type ImpactBandId,
} from './vocabulary.ts';
import type { Adjustment } from './evidence-types.ts';

/** A calendar date written YYYY-MM-DD. YAML parsers may hand us a Date; both become the string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
    .refine((text) => isRealDate(text), { error: 'expected a real calendar date' }),
);

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** Lower-case words joined by hyphens: the form of every slug, key and identifier. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG_PATTERN, { error: 'expected lower-case words joined by hyphens' });

/** A reference to another entry, written "<kind>/<slug>", for example "interventions/neli". */
export const entryRef = z.string().regex(new RegExp(`^(${KIND_IDS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`), {
  error: `expected "<kind>/<slug>" where kind is one of: ${KIND_IDS.join(', ')}`,
});

const text = z.string().trim().min(1, { error: 'must not be empty' });
/** The longest summary: it is also the entry page's meta description. */
export const SUMMARY_MAX_LENGTH = 400;
const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1, { error: 'must list at least one' });
// The refinement is lost in JSON Schema, so `uniqueItems` states the same rule there (open data, field reference).
const uniqueList = <T extends z.ZodType>(item: T) =>
  nonEmptyList(item)
    .refine((list) => new Set(list as unknown[]).size === list.length, {
      error: 'must not list the same value twice',
    })
    .meta({ uniqueItems: true });

/** Keys of `content/sources.yaml` cited as evidence. */
const sourceKeys = z.array(slug).default([]);

/** A reference to a finding, "<source-key>/<id>" (content/findings/<source-key>.yaml). */
export const findingRef = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected "<source-key>/<finding-id>", for example "eef-2023-neli-scale-up/language"',
});

/** The panel's move of a computed label by one step, with its GRADE-style reason (issue 15). */
export const adjustmentSchema = z.strictObject({
  direction: z.enum(['up', 'down']).describe('One step up or down the scale from the computed label.'),
  reason: z.enum(['indirectness', 'imprecision', 'inconsistency', 'risk-of-bias', 'large-effect']).describe('The reason, GRADE-style.'),
  because: text.describe('Why, in a sentence a reader can check.'),
});

/**
 * One rating on one scale. `sources` names the bibliography keys it rests on; a value that states
 * an absence of rating (practice-based, not known) may have none, every real rating needs one.
 * With `withFindings` (strength and impact, issue 15) a rating may instead name the findings it rests
 * on: the rule in ./evidence-rating.ts computes the label, and `value`, where written, must equal it
 * after `adjust` (checked in ./evidence-checks.ts, which needs the findings files).
 */
function rating<
  T extends readonly { id: string; rated: boolean; needsNoSource?: boolean }[],
  E extends z.ZodRawShape = Record<never, never>,
>(scale: T, ids: [T[number]['id'], ...T[number]['id'][]], extra: E = {} as E, withFindings = false) {
  const unrated = new Set(scale.filter((v) => !v.rated || v.needsNoSource).map((v) => v.id));
  const findingFields = withFindings
    ? {
        findings: z
          .array(findingRef)
          .min(1, { error: 'must list at least one' })
          .optional()
          .describe('The DIRECT findings the rating is computed from ("<source-key>/<id>"); the rule computes `value`.'),
        adjust: adjustmentSchema.optional().describe("The panel's move of the computed label by one step, with its reason."),
      }
    : {};
  return z
    .strictObject({
      ...extra,
      value: (withFindings ? z.enum(ids).optional() : z.enum(ids)).describe(
        withFindings
          ? 'The rating itself, always written: with `findings`, the label the rule computes after `adjust` (`npm run check` names it when missing).'
          : 'The rating itself.',
      ),
      sources: sourceKeys.describe(
        `The sources the rating rests on (keys in content/sources.yaml); at least one unless the value is ${[...unrated].map((id) => `\`${id}\``).join(' or ')}.`,
      ),
      note: z.string().optional().describe('A sentence on what the rating means here, for example which outcome was measured.'),
      ...findingFields,
    })
    .superRefine((rated, ctx) => {
      const r = rated as { value?: string; sources: string[]; findings?: string[]; adjust?: unknown; months?: number };
      if (r.findings) {
        if (r.sources.length)
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: 'a rating computed from findings names no sources: each finding names its own',
          });
        if (r.months !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['months'],
            message: 'months come from the findings; remove months when the rating lists findings',
          });
        return;
      }
      if (r.adjust)
        ctx.addIssue({
          code: 'custom',
          path: ['adjust'],
          message: 'an adjustment moves a computed label, so it needs `findings` to compute from',
        });
      if (r.value === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'is missing; write `value`, or list the `findings` the rule computes it from',
        });
        return;
      }
      if (!unrated.has(r.value) && r.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `a rating of "${r.value}" must name at least one source; use one of ${[...unrated].join(', ')} when there is none`,
        });
      }
    });
}

/** The three separate ratings every provision entry carries. */
const ratingsObject = z
  .strictObject({
    strength: rating(EVIDENCE_STRENGTHS, EVIDENCE_STRENGTH_IDS, {}, true).describe('How strong and trustworthy the evidence is.'),
    impact: rating(
      IMPACT_BANDS,
      IMPACT_BAND_IDS,
      {
        months: z
          .number()
          .int()
          .min(-12)
          .max(12)
          .optional()
          .describe('Months of additional progress reported by the cited source, where it reports them.'),
      },
      true,
    ).describe('How large the effect is; `months` is additional progress where a study reports it.'),
    cost: rating(COST_BANDS, COST_BAND_IDS).describe("Cost per pupil per year on the EEF's five steps."),
    indirect: z
      .strictObject({
        about: text.describe('The wider family of approaches, in words, for example "small-group language work in general".'),
        findings: nonEmptyList(findingRef).describe('Findings about the wider family ("<source-key>/<id>"); never the headline rating.'),
      })
      .optional()
      .describe("Evidence for the wider family of approaches, shown apart from the entry's own ratings."),
  })
  .superRefine((r, ctx) => {
    if (r.impact.months !== undefined && r.impact.value !== undefined && impactBandForMonths(r.impact.months) !== r.impact.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['impact', 'value'],
        message: `${r.impact.months} months of progress is "${impactBandForMonths(r.impact.months)}" impact, not "${r.impact.value}"`,
      });
    }
  });

/**
 * What a page reads: `value` is always there. A rating computed from findings may leave it out of
 * the file; `npm run check` then fails, naming the computed label (evidence-checks.ts, `rating-value`),
 * so a build never sees a rating without its value.
 */
interface RatedOnFindings<Id extends string> {
  value: Id;
  sources: string[];
  note?: string | undefined;
  findings?: string[] | undefined;
  adjust?: Adjustment | undefined;
}
export interface RatingsWithValues {
  strength: RatedOnFindings<EvidenceStrengthId>;
  impact: RatedOnFindings<ImpactBandId> & { months?: number | undefined };
  cost: { value: CostBandId; sources: string[]; note?: string | undefined };
  indirect?: { about: string; findings: string[] } | undefined;
}
export const ratingsSchema = ratingsObject as unknown as z.ZodType<RatingsWithValues, z.input<typeof ratingsObject>>;

/** What a change to a published entry did, recorded on every version after the first. */
const changeRecord = z.strictObject({
  summary: text.describe('A sentence or two on what changed since the previous version.'),
  conclusionsChanged: z.boolean().describe('True when the advice or conclusions a reader acts on changed.'),
  ratingsChanged: z.boolean().describe('True when any rating changed.'),
});

/** Fields shared by every version of every kind. */
const versionBase = z.strictObject({
  title: text.describe("The entry's title as readers see it."),
  summary: text
    .max(SUMMARY_MAX_LENGTH, { error: `must be at most ${SUMMARY_MAX_LENGTH} characters` })
    .describe("One or two plain sentences shown in lists, search results and the page's description."),
  status: z
    .enum(VERSION_STATUSES)
    .describe(
      '`draft` until `npm run publish` sets `published`. Drafts are not built for production and not in the ledger; published versions are frozen.',
    ),
  published: isoDate.optional().describe('The date this version was published; required once published, and written by `npm run publish`.'),
  changes: changeRecord.optional().describe('What changed since the previous version; required on every version after the first.'),
  review: slug.optional().describe('The slug of the review record that produced this version, if any.'),
  sample: z
    .boolean()
    .default(true)
    .describe(
      'True for sample content written to exercise the site, pending review by the expert panel: its page carries a banner saying so.',
    ),
  sources: sourceKeys.describe('Bibliography keys this version cites beyond its ratings (inline citations are found in the body).'),
});

function requirePublishedDate<T extends { status: string; published?: string | undefined }>(v: T, ctx: z.RefinementCtx) {
  if (v.status === 'published' && !v.published) {
    ctx.addIssue({ code: 'custom', path: ['published'], message: 'a published version needs its publication date (YYYY-MM-DD)' });
  }
}

/** Fields shared by strategies, interventions, tools and packages. */
const provisionFields = {
  areas: uniqueList(z.enum(AREA_IDS)).describe('Areas of development the entry addresses.'),
  components: z.array(z.enum(COMPONENT_IDS)).default([]).describe('Components within those areas; each must belong to one of `areas`.'),
  phases: uniqueList(z.enum(PHASE_IDS)).describe('Phases of education it suits.'),
  ratings: ratingsSchema.describe('Separate ratings for strength of evidence, size of effect and cost.'),
  verdict: z
    .strictObject({
      useInstead: nonEmptyList(entryRef).describe('Entries to use instead ("<kind>/<slug>"); makes the verdict "not recommended".'),
    })
    .optional()
    .describe("The panel's judgement on top of the derived verdict: for an entry it advises against, what to use instead."),
  related: z.array(entryRef).default([]).describe('Other entries a reader should see next.'),
  forFamilies: text
    .optional()
    .describe(
      'For families: a short plain-English summary of what it is, what a child might do and how a family can help. Required on the newest version of every provision entry.',
    ),
  noticed: z
    .array(text)
    .default([])
    .describe(
      'What an adult may notice that this helps with, in the words a teacher would use, for example "loses track of multi-step instructions". Shown on the entry and weighted in search.',
    ),
};

/** An area of development: the prose of the area and one description per component in the vocabulary. */
export const areaSchema = versionBase
  .extend({
    components: nonEmptyList(
      z.strictObject({
        id: z.enum(COMPONENT_IDS).describe("The component's id in src/domain/vocabulary.ts."),
        description: text.describe('What the component covers, in a sentence or two.'),
      }),
    ).describe('One description per component of this area; ids must match the vocabulary exactly.'),
  })
  .superRefine(requirePublishedDate);

/** A universal strategy: ordinarily available provision every setting can offer. */
export const strategySchema = versionBase
  .extend({
    ...provisionFields,
    universalOffer: uniqueList(z.enum(UNIVERSAL_OFFER_COMPONENT_IDS)).describe('Components of the Universal offer the strategy serves.'),
    delivery: uniqueList(z.enum(DELIVERY_IDS)).describe('Ways it is delivered.'),
    deliveredBy: text.optional().describe('Who delivers it, for example "the class teacher, with teaching assistants".'),
    duration: text.optional().describe('The time it takes, for example "a few minutes at the start of each lesson".'),
  })
  .superRefine(requirePublishedDate);

/** A targeted or targeted-plus intervention. */
export const interventionSchema = versionBase
  .extend({
    ...provisionFields,
    layer: z.enum(kindInfo('interventions').layers).describe('The layer of support it belongs to.'),
    delivery: uniqueList(z.enum(DELIVERY_IDS)).describe('Ways it is delivered.'),
    deliveredBy: text.describe('Who delivers it, for example "a trained teaching assistant".'),
    duration: text.describe('How long and how often, for example "20 weeks, three 30-minute sessions a week".'),
    training: text.optional().describe('Training staff need before delivering it.'),
  })
  .superRefine(requirePublishedDate);

/** An identification tool or approach. */
export const toolSchema = versionBase
  .extend({
    ...provisionFields,
    identifies: text.describe('What the tool helps to notice or measure.'),
    format: text.describe('The form it takes: screening, observation framework, structured conversation, and so on.'),
    administeredBy: text.describe('Who administers it.'),
    time: text.describe('How long it takes, for example "about 20 minutes per child".'),
    layers: uniqueList(z.enum(kindInfo('tools').layers)).describe('Layers of support it informs decisions about.'),
    delivery: uniqueList(z.enum(DELIVERY_IDS)).describe('Ways it is carried out.'),
    leadsTo: nonEmptyList(entryRef).describe('Strategies or interventions the tool can lead to; at least one.'),
  })
  .superRefine(requirePublishedDate);

/** A Specialist Provision Package. Official packages do not exist yet: every sample is illustrative. */
export const packageSchema = versionBase
  .extend({
    ...provisionFields,
    illustrative: z.boolean().describe('True while the package is an example, not a nationally defined one.'),
    needProfile: text.describe('The profile of needs the package serves.'),
    outcomes: nonEmptyList(text).describe('Outcomes the package is expected to secure.'),
    provision: nonEmptyList(text).describe(
      'The special educational provision: interventions, curriculum adaptations, therapies, services.',
    ),
    adaptations: nonEmptyList(text).describe('Adaptations to the environment.'),
    resources: z
      .strictObject({
        staffing: nonEmptyList(text).describe('Who delivers the provision, and how many.'),
        training: nonEmptyList(text).describe('Training those staff need.'),
        equipment: z.array(text).default([]).describe('Equipment the provision needs, if any.'),
      })
      .describe('Staffing, training and equipment.'),
    healthInput: nonEmptyList(text).describe('Health and mental-health input.'),
  })
  .superRefine(requirePublishedDate);

/** A recommendation of the panel and the department's response to it. */
const recommendation = z
  .strictObject({
    id: slug.describe('A short id, unique within the review, for example "r1".'),
    text: text.describe('What the panel recommends.'),
    response: z
      .strictObject({
        decision: z.enum(RESPONSE_DECISION_IDS).describe("The department's decision."),
        explanation: z
          .string()
          .trim()
          .optional()
          .describe('Required when the decision is declined or accepted with changes: published as the reason.'),
        date: isoDate.optional().describe('The date of the response.'),
      })
      .describe("The department's response."),
  })
  .superRefine((r, ctx) => {
    const decision = RESPONSE_DECISIONS.find((d) => d.id === r.response.decision);
    if (decision?.needsExplanation && !r.response.explanation) {
      ctx.addIssue({
        code: 'custom',
        path: ['response', 'explanation'],
        message: `a recommendation the department has ${decision.label.toLowerCase()} needs a published explanation`,
      });
    }
  });

/** A review record of the expert panel. */
export const reviewSchema = versionBase
  .extend({
    reviewType: z.enum(REVIEW_TYPE_IDS).describe('Scheduled (the normal cycle) or out-of-cycle (prompted by new evidence).'),
    trigger: z
      .string()
      .trim()
      .optional()
      .describe('For an out-of-cycle review, the new evidence that prompted it; required for out-of-cycle reviews.'),
    state: z.enum(REVIEW_STATE_IDS).describe('Whether the panel is still working or has reported.'),
    started: isoDate.describe('The date the review started.'),
    completed: isoDate.optional().describe('The date the panel reported; required once completed.'),
    covers: nonEmptyList(
      z.strictObject({
        entry: entryRef.describe('The entry the panel reviewed.'),
        version: z.number().int().positive().describe('The version of that entry the panel reviewed.'),
      }),
    ).describe('Entries covered, each at the version the panel reviewed.'),
    panel: nonEmptyList(text).describe('Who sat on the panel for this review (names or roles).'),
    findings: z.array(text).default([]).describe('What the panel found.'),
    recommendations: z.array(recommendation).default([]).describe("What it recommends, with the department's response to each."),
    appraisal: z
      .array(
        z.strictObject({
          source: slug.describe('The study the panel considered: its key in content/sources.yaml.'),
          decision: z.enum(['included', 'excluded']).describe('Whether the panel included it in the evidence it rated.'),
          reason: text.describe('Why, in a sentence a reader can check.'),
        }),
      )
      .optional()
      .describe(
        "The studies the panel considered, each included or excluded with the reason. Which entries' ratings moved is worked out from the versions the review produced, not written here.",
      ),
  })
  .superRefine(requirePublishedDate)
  .superRefine((r, ctx) => {
    if (r.reviewType === 'out-of-cycle' && !r.trigger) {
      ctx.addIssue({ code: 'custom', path: ['trigger'], message: 'an out-of-cycle review must say what new evidence triggered it' });
    }
    if (r.state === 'completed' && !r.completed) {
      ctx.addIssue({ code: 'custom', path: ['completed'], message: 'a completed review needs the date it completed (YYYY-MM-DD)' });
    }
    if (r.completed && r.completed < r.started) {
      ctx.addIssue({ code: 'custom', path: ['completed'], message: `cannot be before the start date ${r.started}` });
    }
    const appraised = (r.appraisal ?? []).map((a) => a.source);
    const twice = appraised.find((key, i) => appraised.indexOf(key) !== i);
    if (twice)
      ctx.addIssue({ code: 'custom', path: ['appraisal'], message: `the source "${twice}" is appraised twice; one decision per study` });
    const ids = r.recommendations.map((x) => x.id);
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
    if (repeated) {
      ctx.addIssue({ code: 'custom', path: ['recommendations'], message: `recommendation id "${repeated}" is used twice` });
    }
  });

/** One bibliography entry in content/sources.yaml. */
export const sourceSchema = z
  .strictObject({
    type: z.enum(SOURCE_TYPE_IDS).describe('What kind of publication it is.'),
    authors: z
      .union([text, nonEmptyList(text)])
      .describe('Authors, or the body that published it. In a list, put each author in quotes: ["Fricke, S.", "Hulme, C."].'),
    year: z.number().int().min(1900).max(2100).describe('Year of publication.'),
    title: text.describe('Full title.'),
    publisher: z.string().optional().describe('Publisher, journal or series.'),
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) web address' })
      .optional()
      .describe('A web address for the source; every source needs a url or a doi.'),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a DOI such as 10.1000/xyz123' })
      .optional()
      .describe('A DOI such as 10.1111/jcpp.13331.'),
  })
  .superRefine((s, ctx) => {
    if (!s.url && !s.doi) ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source needs a url or a doi so readers can find it' });
    // [Fricke, S., Hulme, C.] is four names to YAML: the commas split each surname from its initials.
    const initials = (Array.isArray(s.authors) ? s.authors : []).findIndex((a) => INITIALS.test(a.trim()));
    if (initials >= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['authors', initials],
        message: `found "${(s.authors as string[])[initials]}", initials on their own: put each author in quotes, such as ["Fricke, S.", "Hulme, C."]`,
      });
  });

/** Initials alone ("S.", "M. J."), which only a split "Surname, S." leaves as a list item. */
const INITIALS = /^(?:[A-Z]\.\s?)+$/;

export const sourcesFileSchema = z.record(slug, sourceSchema);

/** The schema for each kind's version files. */
export const SCHEMAS = {
  'areas-of-development': areaSchema,
  strategies: strategySchema,
  interventions: interventionSchema,
  tools: toolSchema,
  packages: packageSchema,
  reviews: reviewSchema,
} as const;

export type AreaVersion = z.output<typeof areaSchema>;
export type StrategyVersion = z.output<typeof strategySchema>;
export type InterventionVersion = z.output<typeof interventionSchema>;
export type ToolVersion = z.output<typeof toolSchema>;
export type PackageVersion = z.output<typeof packageSchema>;
export type ReviewVersion = z.output<typeof reviewSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Ratings = z.output<typeof ratingsSchema>;

/** The data of one version, tagged with its kind. */
export type VersionData =
  | ({ kind: 'areas-of-development' } & AreaVersion)
  | ({ kind: 'strategies' } & StrategyVersion)
  | ({ kind: 'interventions' } & InterventionVersion)
  | ({ kind: 'tools' } & ToolVersion)
  | ({ kind: 'packages' } & PackageVersion)
  | ({ kind: 'reviews' } & ReviewVersion);
