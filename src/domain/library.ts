/**
 * The library in memory: every entry with its versions, indexed once by area, layer, phase and kind
 * so that pages never scan the whole collection themselves. Pure: built from version records that
 * the Astro content layer (pages) or the file reader (scripts) has already validated.
 */
import type { AreaId, ComponentId, KindId, LayerId, PhaseId, DeliveryId } from './vocabulary.ts';
import { AREAS, kindInfo } from './vocabulary.ts';
import type { Source, VersionData } from './schemas.ts';
import { groupVersions, entryKey, type VersionRecord } from './versions.ts';
import { reviewClock, type ReviewClock } from './review-cycle.ts';
import { entryUrl } from './routes.ts';
import { isProvision, reviewDate } from './entry-data.ts';
import type { EntryEvidence, Finding } from './evidence-types.ts';
import { entryEvidence } from './evidence-rating.ts';

export interface Entry<V extends VersionRecord = VersionRecord> {
  kind: KindId;
  slug: string;
  /** "<kind>/<slug>" */
  key: string;
  /** The stable URL of the current version. */
  url: string;
  /** Published versions in order (plus the draft, when previewing). */
  versions: V[];
  current: V;
  areas: readonly AreaId[];
  components: readonly ComponentId[];
  phases: readonly PhaseId[];
  layers: readonly LayerId[];
  delivery: readonly DeliveryId[];
  /** Review clock; undefined for kinds without a cycle (review records). */
  clock: ReviewClock | undefined;
  /** Review records that covered this entry, newest first. */
  reviewedBy: Entry<V>[];
}

/** The layers of support an entry's data places it in. */
export function layersOf(data: VersionData): LayerId[] {
  if (data.kind === 'interventions') return [data.layer];
  if (data.kind === 'tools') return [...data.layers];
  // Every entry of another kind sits in all its kind's layers: strategies universal, packages specialist, the rest none.
  return [...kindInfo(data.kind).layers];
}

function facets(data: VersionData, slug: string) {
  if (data.kind === 'areas-of-development') {
    return {
      areas: [slug as AreaId],
      components: data.components.map((c) => c.id),
      phases: [] as PhaseId[],
      delivery: [] as DeliveryId[],
    };
  }
  if (isProvision(data)) {
    return {
      areas: data.areas,
      components: data.components,
      phases: data.phases,
      delivery: data.kind === 'packages' ? ([] as DeliveryId[]) : data.delivery,
    };
  }
  return { areas: [] as AreaId[], components: [] as ComponentId[], phases: [] as PhaseId[], delivery: [] as DeliveryId[] };
}

export interface Library<V extends VersionRecord = VersionRecord> {
  asOf: string;
  entries: Entry<V>[];
  sources: Record<string, Source>;
  /** Every finding of content/findings/, by global id "<source-key>/<id>" (issue 15). */
  findings: ReadonlyMap<string, Finding>;
  /** The evidence of one version of a provision entry (the current one by default): computed ratings, findings, verdict. */
  evidence(entry: Entry<V>, version?: V): EntryEvidence | undefined;
  get(key: string): Entry<V> | undefined;
  ofKind(kind: KindId): Entry<V>[];
  inArea(area: AreaId): Entry<V>[];
  inLayer(layer: LayerId): Entry<V>[];
  inPhase(phase: PhaseId): Entry<V>[];
}

export interface LibraryOptions {
  asOf: string;
  includeDrafts?: boolean;
  findings?: ReadonlyMap<string, Finding>;
}

const byTitle = <V extends VersionRecord>(a: Entry<V>, b: Entry<V>) => a.current.data.title.localeCompare(b.current.data.title, 'en-GB');

export function buildLibrary<V extends VersionRecord>(
  records: readonly V[],
  sources: Record<string, Source>,
  options: LibraryOptions,
): Library<V> {
  const grouped = groupVersions(records, options.includeDrafts ?? false);
  const entries: Entry<V>[] = [];
  for (const group of grouped) {
    if (!group.current) continue; // only a draft, and drafts are not built for production
    const versions = options.includeDrafts ? group.versions : group.published;
    entries.push({
      kind: group.kind,
      slug: group.slug,
      key: entryKey(group),
      url: entryUrl(group.kind, group.slug),
      versions,
      current: group.current,
      ...facets(group.current.data, group.slug),
      layers: layersOf(group.current.data),
      clock: undefined,
      reviewedBy: [],
    });
  }
  entries.sort(byTitle);
  const byKey = new Map(entries.map((e) => [e.key, e]));

  // Which reviews covered which entries, then each entry's clock.
  const reviews = entries.filter((e) => e.kind === 'reviews');
  for (const review of reviews) {
    const data = review.current.data;
    if (data.kind !== 'reviews') continue;
    for (const covered of data.covers) byKey.get(covered.entry)?.reviewedBy.push(review);
  }
  for (const entry of entries) {
    if (entry.kind === 'reviews') continue;
    entry.reviewedBy.sort((a, b) => reviewDate(b.current.data).localeCompare(reviewDate(a.current.data)));
    const reviewData = entry.reviewedBy.map((r) => r.current.data).filter((d) => d.kind === 'reviews');
    entry.clock = reviewClock({
      kind: entry.kind,
      layers: entry.layers,
      firstPublished: entry.versions[0]!.data.published ?? options.asOf,
      completedReviews: reviewData.flatMap((d) => (d.state === 'completed' && d.completed ? [d.completed] : [])),
      underReview: reviewData.some((d) => d.state === 'in-progress'),
      asOf: options.asOf,
    });
  }

  const index = <K extends string>(pick: (e: Entry<V>) => readonly K[]) => {
    const map = new Map<K, Entry<V>[]>();
    for (const e of entries) for (const k of pick(e)) map.set(k, [...(map.get(k) ?? []), e]);
    return (k: K) => map.get(k) ?? [];
  };
  const ofKind = index((e) => [e.kind]);
  const inArea = index((e) => (e.kind === 'areas-of-development' ? [] : e.areas));
  const inLayer = index((e) => e.layers);
  const inPhase = index((e) => e.phases);

  const findings = options.findings ?? new Map<string, Finding>();
  const evidence = (entry: Entry<V>, version: V = entry.current) =>
    isProvision(version.data) ? entryEvidence(version.data.ratings, findings, version.data.verdict?.useInstead) : undefined;
  return { asOf: options.asOf, entries, sources, findings, evidence, get: (key) => byKey.get(key), ofKind, inArea, inLayer, inPhase };
}

/** Areas in vocabulary order, for pages that list all five. */
export const areaOrder = AREAS.map((a) => a.id);
