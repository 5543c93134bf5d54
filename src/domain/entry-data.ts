/**
 * Questions asked of a version's data by its kind, answered from the vocabulary: type guards that
 * narrow `VersionData` (so code tests a kind, never the presence of a field such as
 * `'ratings' in data`), and the values derived from a kind that every page and script agrees on.
 */
import { PROVISION_KIND_IDS, kindInfo, type KindId, type ProvisionKindId } from './vocabulary.ts';
import type { VersionData } from './schemas.ts';

/** The data of a version of kind K. */
export type DataOf<K extends KindId> = Extract<VersionData, { kind: K }>;
export type ProvisionData = DataOf<ProvisionKindId>;

export const isProvisionKind = (kind: string): kind is ProvisionKindId => (PROVISION_KIND_IDS as readonly string[]).includes(kind);

/**
 * Strategies, interventions, tools and packages: the kinds that carry ratings, areas, components,
 * phases and related entries.
 */
export const isProvision = (data: VersionData): data is ProvisionData => isProvisionKind(data.kind);

/**
 * Whether entries of a kind differ in their layer of support (interventions, tools). Every strategy
 * is universal and every package specialist, so for those a layer tag would tell a reader nothing.
 */
export const layerVaries = (kind: KindId): boolean => kindInfo(kind).layers.length > 1;

/** The date a review record is listed by: when it completed, or when it started if still running; "" for other kinds. */
export const reviewDate = (data: VersionData): string => (data.kind === 'reviews' ? (data.completed ?? data.started) : '');
