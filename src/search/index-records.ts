/**
 * What the search index knows about each page, decided at build time: the facets it can be filtered
 * on, the metadata its result card shows and the keys results can be sorted by. Pure: pages render a
 * record as hidden `data-pagefind-*` elements, the search page renders the facet and sort lists, and
 * both come from here so that a filter value in the index always matches a checkbox on the search
 * page. The state a search is in (query, ticked values, sort, page) is search-state.ts.
 *
 * Filter values are vocabulary ids (stable, short, good in a shareable URL); labels are for people.
 */
import {
  AREAS,
  COMPONENTS,
  COST_BANDS,
  DELIVERY_MODES,
  ENTRY_KINDS,
  EVIDENCE_STRENGTHS,
  IMPACT_BANDS,
  LAYERS,
  PHASES,
  REVIEW_STATUSES,
  VERDICTS,
  byId,
  type AreaId,
  type ComponentId,
  type DeliveryId,
  type KindId,
  type LayerId,
  type PhaseId,
  type ReviewStatusId,
} from '../domain/vocabulary.ts';
import type { Ratings } from '../domain/schemas.ts';
import type { VerdictId } from '../domain/evidence-types.ts';
import { strengthTag } from '../domain/evidence-display.ts';
import { kindLabel } from '../domain/labels.ts';
import { isProvisionKind, layerVaries } from '../domain/entry-data.ts';

/** Pages that are not entries but are indexed too: one per layer and one per phase. */
export const PAGE_TYPES = [
  { id: 'layers', label: 'Layer of support' },
  { id: 'phases', label: 'Phase of education' },
] as const;
export type PageTypeId = (typeof PAGE_TYPES)[number]['id'];

export interface FacetValue {
  readonly id: string;
  readonly label: string;
}
export interface Facet {
  readonly id: FacetId;
  readonly label: string;
  readonly values: readonly FacetValue[];
}

/** The facets in the order the search page shows them. */
export const FACETS = [
  { id: 'kind', label: 'Type', values: [...ENTRY_KINDS.map((k) => ({ id: k.id, label: k.plural })), ...PAGE_TYPES] },
  { id: 'area', label: 'Area of development', values: AREAS },
  { id: 'component', label: 'Component of an area', values: COMPONENTS },
  { id: 'layer', label: 'Layer of support', values: LAYERS },
  { id: 'phase', label: 'Phase of education', values: PHASES },
  { id: 'verdict', label: 'Verdict', values: VERDICTS },
  { id: 'strength', label: 'Strength of evidence', values: EVIDENCE_STRENGTHS },
  { id: 'cost', label: 'Cost', values: COST_BANDS },
  { id: 'delivery', label: 'How it is delivered', values: DELIVERY_MODES },
  { id: 'status', label: 'Review status', values: REVIEW_STATUSES },
] as const satisfies readonly { id: string; label: string; values: readonly FacetValue[] }[];
export type FacetId = (typeof FACETS)[number]['id'];
export const FACET_IDS = FACETS.map((f) => f.id) as FacetId[];

/**
 * Sort orders offered on the search page; `relevance` is Pagefind's own ranking, so it has no key.
 * The search page applies the others itself (see shards.ts).
 */
export const SORTS = [
  { id: 'relevance', label: 'Relevance', key: undefined, direction: undefined },
  { id: 'strength', label: 'Strength of evidence (strongest first)', key: 'strength', direction: 'desc' },
  { id: 'impact', label: 'Size of effect (largest first)', key: 'impact', direction: 'desc' },
  // Cost ranks are higher when cheaper, so "desc" lists the cheapest first.
  { id: 'cost', label: 'Cost (lowest first)', key: 'cost', direction: 'desc' },
  { id: 'title', label: 'Title (A to Z)', key: 'title', direction: 'asc' },
] as const;
export type SortId = (typeof SORTS)[number]['id'];
export type SortKey = Exclude<(typeof SORTS)[number]['key'], undefined>;

/** Everything the index holds about one page. */
export interface SearchRecord {
  filters: Partial<Record<FacetId, string[]>>;
  /** Shown on result cards. Pagefind finds `title` itself; we set it so cards never show a page's <title>. */
  meta: Record<string, string>;
  /**
   * Every indexed page carries every sort key: Pagefind drops pages without the key from sorted
   * results, and a layer page should sink to the end, not vanish.
   */
  sort: Record<SortKey, string>;
  /**
   * Text indexed with extra weight (Pagefind's data-pagefind-weight, 0 to 10; body text is 1, an h1 7):
   * a provision entry's own title, so that a query naming the entry ranks it above the review records
   * and areas that mention it, and the phrases an adult may notice (`noticed`), so that the words a
   * teacher types find the entry.
   */
  weighted: { text: string; weight: number }[];
}

/** Weight of a provision entry's title, beyond its h1: the most a query can name. */
export const TITLE_WEIGHT = 10;
/** Weight of each phrase an adult may notice: above headings (7), below the entry's name. */
export const NOTICED_WEIGHT = 8;

/**
 * Pagefind's metadata boost (its `ranking.metaWeights`, added to a page's text score when the query's
 * words are in a metadata field). `title` is Pagefind's own default. `entry` is a provision entry's
 * title again, a field no review record, area or layer page has: a query that names an entry
 * ranks the entry above the review records that are about it and name it more often (decision 9).
 */
export const META_WEIGHTS = { title: 5, entry: 10 } as const;

/** The parts of an entry the index needs; the domain's Entry and its current data satisfy it. */
export interface SearchableEntry {
  kind: KindId;
  title: string;
  summary: string;
  areas: readonly AreaId[];
  components: readonly ComponentId[];
  layers: readonly LayerId[];
  phases: readonly PhaseId[];
  delivery: readonly DeliveryId[];
  ratings?: Ratings | undefined;
  status?: ReviewStatusId | undefined;
  /** The plain verdict of the current version's evidence (issue 15), for provision entries. */
  verdict?: VerdictId | undefined;
  /** What an adult may notice (provision entries); read from the current version when not given. */
  noticed?: readonly string[] | undefined;
  current?: { data: { noticed?: readonly string[] | undefined } } | undefined;
}

const labels = (list: readonly FacetValue[], ids: readonly string[]) => ids.map((id) => byId(list, id).label).join(', ');

/** The index record of an entry page (the current version only: older versions are not indexed). */
export function entrySearchRecord(entry: SearchableEntry): SearchRecord {
  const r = entry.ratings;
  const filters: SearchRecord['filters'] = {
    kind: [entry.kind],
    area: [...entry.areas],
    // An area page names all its components; filtering on one should find support, not the area itself.
    component: entry.kind === 'areas-of-development' ? [] : [...entry.components],
    layer: [...entry.layers],
    phase: [...entry.phases],
    delivery: [...entry.delivery],
  };
  if (r) {
    filters.strength = [r.strength.value];
    filters.cost = [r.cost.value];
  }
  if (entry.status) filters.status = [entry.status];
  if (entry.verdict) filters.verdict = [entry.verdict];

  const meta: Record<string, string> = {
    title: entry.title,
    kind: kindLabel(entry.kind),
    summary: entry.summary,
  };
  if (entry.areas.length > 0 && entry.kind !== 'areas-of-development') meta.areas = labels(AREAS, entry.areas);
  // Strategies are universal and packages specialist by definition: a layer tag would say nothing.
  if (entry.layers.length > 0 && layerVaries(entry.kind)) meta.layer = labels(LAYERS, entry.layers);
  if (entry.verdict) {
    meta.verdict = byId(VERDICTS, entry.verdict).label;
    meta.verdictTag = `govuk-tag ${byId(VERDICTS, entry.verdict).tag}`.trim();
  }
  if (r) {
    // Never a green "Strong evidence" beside "No measurable impact" unless "Not recommended" is there too.
    meta.strengthTag = `govuk-tag ${strengthTag(r.strength.value, r.impact.value, entry.verdict)}`;
    meta.strength = byId(EVIDENCE_STRENGTHS, r.strength.value).label;
    meta.impact = byId(IMPACT_BANDS, r.impact.value).label;
    meta.cost = byId(COST_BANDS, r.cost.value).label;
  }
  const weighted: SearchRecord['weighted'] = [];
  if (isProvisionKind(entry.kind)) {
    meta.entry = entry.title;
    weighted.push({ text: entry.title, weight: TITLE_WEIGHT });
    for (const text of entry.noticed ?? entry.current?.data.noticed ?? []) weighted.push({ text, weight: NOTICED_WEIGHT });
  }
  return { filters: dropEmpty(filters), meta, sort: sortKeys(entry.title, r), weighted };
}

/** The index record of a layer or phase page. */
export function pageSearchRecord(type: PageTypeId, title: string, summary: string): SearchRecord {
  return {
    filters: { kind: [type] },
    meta: { title, kind: byId(PAGE_TYPES, type).label, summary },
    sort: sortKeys(title, undefined),
    weighted: [],
  };
}

function sortKeys(title: string, ratings: Ratings | undefined): Record<SortKey, string> {
  // Unrated pages rank -1, below every value of every scale, so they sort last.
  return {
    strength: String(ratings ? byId(EVIDENCE_STRENGTHS, ratings.strength.value).rank : -1),
    impact: String(ratings ? byId(IMPACT_BANDS, ratings.impact.value).rank : -1),
    cost: String(ratings ? byId(COST_BANDS, ratings.cost.value).rank : -1),
    title: title.toLocaleLowerCase('en-GB'),
  };
}

function dropEmpty(filters: SearchRecord['filters']): SearchRecord['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0));
}
