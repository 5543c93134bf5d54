/**
 * The single source of every enumeration the site uses: areas of development and their components,
 * layers of support, phases, entry kinds, delivery modes and the rating scales.
 *
 * The names come from the consultation "SEND reform: putting children and young people first"
 * (Department for Education, February 2026), and the expert
 * panel will refine them: rename a label here and every page, schema, script and test follows.
 * Identifiers (`id`) are stable URL and data keys; change one only with a redirect plan.
 */

import type { VerdictId } from './evidence-types.ts';

/** Narrow a readonly list of `{ id }` records to a non-empty tuple of its ids, for `z.enum`. */
export function idsOf<T extends { readonly id: string }>(list: readonly T[]): [T['id'], ...T['id'][]] {
  const ids = list.map((item) => item.id);
  if (ids.length === 0) throw new Error('A vocabulary list must not be empty');
  return ids as [T['id'], ...T['id'][]];
}

/** Find a record by id, throwing on an unknown id: callers hold validated data, so a miss is a bug. */
export function byId<T extends { readonly id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`Unknown id "${id}"; expected one of: ${list.map((i) => i.id).join(', ')}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Areas of development (Appendix D of the consultation): five, each with named components.

export const AREAS = [
  {
    id: 'executive-function',
    label: 'Executive function',
    components: [
      { id: 'attention', label: 'Attention' },
      { id: 'working-memory', label: 'Working memory' },
      { id: 'managing-impulses', label: 'Managing impulses' },
      { id: 'planning-and-organisation', label: 'Planning, sequencing and organisation' },
      { id: 'cognitive-flexibility', label: 'Cognitive flexibility' },
    ],
  },
  {
    id: 'motor-and-physical',
    label: 'Motor and physical',
    components: [
      { id: 'gross-motor', label: 'Gross motor skills' },
      { id: 'fine-motor', label: 'Fine motor skills' },
      { id: 'purposeful-movement', label: 'Fine and gross motor skills together' },
    ],
  },
  {
    id: 'sensory',
    label: 'Sensory',
    components: [
      { id: 'external-senses', label: 'External senses' },
      { id: 'internal-senses', label: 'Internal senses' },
      { id: 'sensory-processing', label: 'Sensory processing' },
    ],
  },
  {
    id: 'social-and-emotional',
    label: 'Social and emotional',
    components: [
      { id: 'understanding-emotions', label: 'Understanding and managing emotions' },
      { id: 'forming-relationships', label: 'Forming relationships' },
      { id: 'social-interaction', label: 'Navigating social interactions' },
      { id: 'emotional-regulation', label: 'Regulating emotions' },
      { id: 'expressing-feelings', label: 'Identifying and expressing feelings' },
      { id: 'social-cognition', label: 'Social cognition' },
    ],
  },
  {
    id: 'speech-language-communication',
    label: 'Speech, language and communication',
    components: [
      { id: 'speech', label: 'Speech' },
      { id: 'language', label: 'Language' },
      { id: 'communication', label: 'Communication' },
    ],
  },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaId = Area['id'];
export type Component = Area['components'][number];
export type ComponentId = Component['id'];

/** Every component with the area it belongs to; component ids are unique across areas. */
export const COMPONENTS: readonly (Component & { readonly area: AreaId })[] = AREAS.flatMap((area) =>
  area.components.map((component) => ({ ...component, area: area.id })),
);

export const AREA_IDS = idsOf(AREAS);
export const COMPONENT_IDS = idsOf(COMPONENTS) as [ComponentId, ...ComponentId[]];

/**
 * The four areas of need of the SEND Code of Practice (2015), which teachers know today, and where each
 * mostly leads among the areas of development. A crosswalk, not an equivalence: needs cross areas.
 */
export const CODE_OF_PRACTICE_AREAS = [
  {
    id: 'communication-and-interaction',
    label: 'Communication and interaction',
    mapsTo: ['speech-language-communication', 'social-and-emotional'],
  },
  {
    id: 'cognition-and-learning',
    label: 'Cognition and learning',
    mapsTo: ['executive-function', 'speech-language-communication'],
  },
  {
    id: 'social-emotional-mental-health',
    label: 'Social, emotional and mental health',
    mapsTo: ['social-and-emotional', 'executive-function'],
  },
  {
    id: 'sensory-and-physical',
    label: 'Sensory and/or physical',
    mapsTo: ['sensory', 'motor-and-physical'],
  },
] as const satisfies readonly { id: string; label: string; mapsTo: readonly AreaId[] }[];

// ---------------------------------------------------------------------------------------------
// Layers of support.

export const LAYERS = [
  {
    id: 'universal',
    label: 'Universal',
    description: 'What every mainstream setting offers every child: the ordinarily available provision.',
  },
  {
    id: 'targeted',
    label: 'Targeted',
    description:
      'Support in the setting for common, ongoing needs, such as structured small-group work, often recorded in an Individual Support Plan.',
  },
  {
    id: 'targeted-plus',
    label: 'Targeted Plus',
    description:
      'Support for less common needs that brings in specialists such as speech and language therapists, occupational therapists or educational psychologists.',
  },
  {
    id: 'specialist',
    label: 'Specialist',
    description: 'Provision for the most complex needs, set out in a Specialist Provision Package.',
  },
] as const;

export type Layer = (typeof LAYERS)[number];
export type LayerId = Layer['id'];
export const LAYER_IDS = idsOf(LAYERS);

/** The seven components of the Universal offer that universal strategies are tied to. */
export const UNIVERSAL_OFFER_COMPONENTS = [
  { id: 'inclusive-leadership', label: 'Inclusive leadership and governance' },
  { id: 'early-support', label: 'Evidence-based early support' },
  { id: 'teaching-and-curriculum', label: 'High-quality teaching and curriculum for all' },
  { id: 'enrichment', label: 'Accessible enrichment' },
  { id: 'belonging-and-attendance', label: 'A safe, respectful culture of belonging and attendance' },
  { id: 'partnerships', label: 'Partnerships with families and services' },
  { id: 'inclusive-environments', label: 'Accessible, inclusive environments' },
] as const;

export type UniversalOfferComponentId = (typeof UNIVERSAL_OFFER_COMPONENTS)[number]['id'];
export const UNIVERSAL_OFFER_COMPONENT_IDS = idsOf(UNIVERSAL_OFFER_COMPONENTS);

// ---------------------------------------------------------------------------------------------
// Phases of education (0 to 25).

export const PHASES = [
  { id: 'early-years', label: 'Early years', ages: '0 to 5' },
  { id: 'primary', label: 'Primary', ages: '5 to 11' },
  { id: 'secondary', label: 'Secondary', ages: '11 to 16' },
  { id: 'post-16', label: 'Post-16', ages: '16 to 25' },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];
export const PHASE_IDS = idsOf(PHASES);

// ---------------------------------------------------------------------------------------------
// Kinds of entry. `id` is the content folder and the first URL segment; `layers` are the layers of
// support an entry of the kind can sit in (one layer: every entry of the kind sits in it).

export const ENTRY_KINDS = [
  {
    id: 'areas-of-development',
    singular: 'Area of development',
    plural: 'Areas of development',
    layers: [],
  },
  {
    id: 'strategies',
    singular: 'Universal strategy',
    plural: 'Universal strategies',
    layers: ['universal'],
  },
  {
    id: 'interventions',
    singular: 'Intervention',
    plural: 'Interventions',
    layers: ['targeted', 'targeted-plus'],
  },
  {
    id: 'tools',
    singular: 'Identification tool',
    plural: 'Identification tools',
    layers: ['universal', 'targeted', 'targeted-plus', 'specialist'],
  },
  {
    id: 'packages',
    singular: 'Specialist Provision Package',
    plural: 'Specialist Provision Packages',
    layers: ['specialist'],
  },
  {
    id: 'reviews',
    singular: 'Review record',
    plural: 'Review records',
    layers: [],
  },
] as const satisfies readonly { id: string; singular: string; plural: string; layers: readonly LayerId[] }[];

export type EntryKind = (typeof ENTRY_KINDS)[number];
export type KindId = EntryKind['id'];
export const KIND_IDS = idsOf(ENTRY_KINDS);
/** A kind's record, typed for that kind (so its `layers` keep their literal values). */
export const kindInfo = <K extends KindId>(id: K) => byId(ENTRY_KINDS, id) as Extract<EntryKind, { id: K }>;
/** Kinds that describe provision or identification and so carry ratings, areas and phases. */
export const PROVISION_KIND_IDS = ['strategies', 'interventions', 'tools', 'packages'] as const;
export type ProvisionKindId = (typeof PROVISION_KIND_IDS)[number];

// ---------------------------------------------------------------------------------------------
// How support is delivered.

export const DELIVERY_MODES = [
  { id: 'whole-class', label: 'Whole class' },
  { id: 'small-group', label: 'Small group' },
  { id: 'one-to-one', label: 'One to one' },
] as const;

export type DeliveryId = (typeof DELIVERY_MODES)[number]['id'];
export const DELIVERY_IDS = idsOf(DELIVERY_MODES);

// ---------------------------------------------------------------------------------------------
// Rating scales. Strength of evidence, size of effect and cost are separate labels; each value
// carries a `rank` (higher is better for readers: stronger, larger, cheaper) used for sorting, and
// `rated: false` marks values that state an absence of a rating rather than a rating.

export const EVIDENCE_STRENGTHS = [
  {
    id: 'strong',
    label: 'Strong evidence',
    rank: 4,
    rated: true,
    description:
      'Several well-conducted randomised or quasi-experimental studies, or a systematic review of them, in settings like ours, with consistent results.',
  },
  {
    id: 'moderate',
    label: 'Moderate evidence',
    rank: 3,
    rated: true,
    description:
      'At least one well-conducted trial or quasi-experimental study with positive results, or several smaller studies that agree.',
  },
  {
    id: 'emerging',
    label: 'Emerging evidence',
    rank: 2,
    rated: true,
    description: 'Promising results from smaller or less rigorous studies, or strong evidence from a different population or setting.',
  },
  {
    id: 'practice-based',
    label: 'Practice-based',
    rank: 1,
    rated: false,
    description:
      'Widely used, sound classroom practice that draws on research principles but has little direct trial evidence of its own. An honest label, not a low score.',
  },
  {
    id: 'not-yet-reviewed',
    label: 'Evidence not yet reviewed',
    rank: 0,
    rated: false,
    description: 'The expert panel has not yet reviewed the evidence, so no rating is given.',
  },
] as const;

export type EvidenceStrengthId = (typeof EVIDENCE_STRENGTHS)[number]['id'];
export const EVIDENCE_STRENGTH_IDS = idsOf(EVIDENCE_STRENGTHS);

/** Size of effect, in the EEF's months of additional progress where a study reports them. */
export const IMPACT_BANDS = [
  {
    id: 'large',
    label: 'Large impact',
    rank: 4,
    rated: true,
    description: 'Five or more months of additional progress, or an equivalent effect.',
  },
  {
    id: 'moderate',
    label: 'Moderate impact',
    rank: 3,
    rated: true,
    description: 'Three or four months of additional progress, or an equivalent effect.',
  },
  {
    id: 'small',
    label: 'Small impact',
    rank: 2,
    rated: true,
    description: 'One or two months of additional progress, or an equivalent effect.',
  },
  {
    id: 'none',
    label: 'No measurable impact',
    rank: 1,
    rated: true,
    description: 'Studies found no effect, or a negative one, on the outcomes measured.',
  },
  {
    id: 'unknown',
    label: 'Impact not known',
    rank: 0,
    rated: false,
    description: 'No study has measured the size of the effect on outcomes we can report.',
  },
] as const;

export type ImpactBandId = (typeof IMPACT_BANDS)[number]['id'];
export const IMPACT_BAND_IDS = idsOf(IMPACT_BANDS);

/** The impact band a months-of-progress figure falls in (the EEF's own conversion, rounded). */
export function impactBandForMonths(months: number): ImpactBandId {
  if (months >= 5) return 'large';
  if (months >= 3) return 'moderate';
  if (months >= 1) return 'small';
  return 'none';
}

/** Cost per pupil per year, on the EEF Toolkit's five steps, plus the two states that are not a costing. */
export const COST_BANDS = [
  {
    id: 'practice-change',
    label: 'A change in practice',
    rank: 6,
    rated: true,
    // A statement of what the strategy is, not a costing from a study, so it needs no source.
    needsNoSource: true,
    description: 'Nothing to buy and no extra staff: the cost is the time adults take to plan and change how they teach.',
  },
  { id: 'very-low', label: 'Very low cost', rank: 5, rated: true, description: 'Under £80 per pupil per year.' },
  { id: 'low', label: 'Low cost', rank: 4, rated: true, description: '£80 to £200 per pupil per year.' },
  { id: 'moderate', label: 'Moderate cost', rank: 3, rated: true, description: '£200 to £720 per pupil per year.' },
  { id: 'high', label: 'High cost', rank: 2, rated: true, description: '£720 to £1,200 per pupil per year.' },
  { id: 'very-high', label: 'Very high cost', rank: 1, rated: true, description: 'Over £1,200 per pupil per year.' },
  { id: 'unknown', label: 'Cost not known', rank: 0, rated: false, description: 'No reliable costing is available yet.' },
] as const;

export type CostBandId = (typeof COST_BANDS)[number]['id'];
export const COST_BAND_IDS = idsOf(COST_BANDS);

/** The three rating scales by name, so pages and search can loop over them. */
export const RATING_SCALES = {
  strength: { label: 'Strength of evidence', values: EVIDENCE_STRENGTHS },
  impact: { label: 'Size of effect', values: IMPACT_BANDS },
  cost: { label: 'Cost', values: COST_BANDS },
} as const;

export type RatingScaleId = keyof typeof RATING_SCALES;
export const RATING_SCALE_IDS = Object.keys(RATING_SCALES) as RatingScaleId[];

// ---------------------------------------------------------------------------------------------
// Review records and review status.

export const REVIEW_TYPES = [
  { id: 'scheduled', label: 'Scheduled review' },
  { id: 'out-of-cycle', label: 'Out-of-cycle review' },
] as const;
export const REVIEW_TYPE_IDS = idsOf(REVIEW_TYPES);

export const REVIEW_STATES = [
  { id: 'in-progress', label: 'In progress' },
  { id: 'completed', label: 'Completed' },
] as const;
export const REVIEW_STATE_IDS = idsOf(REVIEW_STATES);

/** The department's response to a panel recommendation. */
export const RESPONSE_DECISIONS = [
  { id: 'accepted', label: 'Accepted', needsExplanation: false },
  { id: 'accepted-with-changes', label: 'Accepted with changes', needsExplanation: true },
  { id: 'declined', label: 'Declined', needsExplanation: true },
  { id: 'awaiting', label: 'Awaiting response', needsExplanation: false },
] as const;
export type ResponseDecisionId = (typeof RESPONSE_DECISIONS)[number]['id'];
export const RESPONSE_DECISION_IDS = idsOf(RESPONSE_DECISIONS);

export const REVIEW_STATUSES = [
  { id: 'current', label: 'Current', tag: 'govuk-tag--green' },
  { id: 'due-soon', label: 'Review due soon', tag: 'govuk-tag--yellow' },
  { id: 'overdue', label: 'Review overdue', tag: 'govuk-tag--red' },
  // No modifier: GOV.UK Frontend's tag is blue by default and has no --blue class.
  { id: 'under-review', label: 'Under review', tag: '' },
] as const;
export type ReviewStatusId = (typeof REVIEW_STATUSES)[number]['id'];
export const REVIEW_STATUS_IDS = idsOf(REVIEW_STATUSES);

export const VERSION_STATUSES = ['published', 'draft'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Kinds of source in the bibliography. */
export const SOURCE_TYPES = [
  { id: 'guidance', label: 'Guidance report' },
  { id: 'evaluation', label: 'Evaluation report' },
  { id: 'trial', label: 'Trial' },
  { id: 'review', label: 'Systematic review or meta-analysis' },
  { id: 'policy', label: 'Policy document' },
  { id: 'toolkit', label: 'Evidence toolkit' },
  { id: 'book', label: 'Book' },
  { id: 'article', label: 'Journal article' },
  { id: 'website', label: 'Website' },
] as const;
export const SOURCE_TYPE_IDS = idsOf(SOURCE_TYPES);

/**
 * The plain verdict a reader acts on (issue 15), derived from the shown ratings by
 * src/domain/evidence-rating.ts (`deriveVerdict`) and the panel's judgement. Strong evidence of no
 * effect is "not recommended", never a green recommendation. `tag` is the GOV.UK tag modifier ("" is the
 * default blue).
 */
export const VERDICTS = [
  {
    id: 'recommended',
    label: 'Recommended',
    rank: 4,
    tag: 'govuk-tag--green',
    description: 'Strong or moderate evidence of a moderate or large effect.',
  },
  {
    id: 'promising',
    label: 'Promising',
    rank: 3,
    tag: 'govuk-tag--turquoise',
    description: 'Evidence of a positive effect that is small, or from studies not yet strong enough to recommend it.',
  },
  {
    id: 'practice-based',
    label: 'Practice-based',
    rank: 2,
    tag: '',
    description: 'Sound classroom practice with little direct trial evidence of its own.',
  },
  {
    id: 'not-yet-evaluated',
    label: 'Not yet evaluated',
    rank: 1,
    tag: 'govuk-tag--grey',
    description: 'This programme has not been evaluated well enough to say whether it works.',
  },
  {
    id: 'not-recommended',
    label: 'Not recommended',
    rank: 0,
    tag: 'govuk-tag--red',
    description: 'Strong or moderate evidence that it makes no measurable difference, or the panel advises another approach instead.',
  },
] as const satisfies readonly { id: VerdictId; label: string; rank: number; tag: string; description: string }[];
export const VERDICT_IDS = idsOf(VERDICTS);
