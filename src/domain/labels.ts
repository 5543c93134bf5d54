/** Reader-facing labels for vocabulary ids, all looked up in ./vocabulary.ts. */
import {
  AREAS,
  COMPONENTS,
  DELIVERY_MODES,
  ENTRY_KINDS,
  LAYERS,
  PHASES,
  REVIEW_STATES,
  REVIEW_STATUSES,
  REVIEW_TYPES,
  UNIVERSAL_OFFER_COMPONENTS,
  RATING_SCALES,
  byId,
  type RatingScaleId,
} from './vocabulary.ts';

/** The service's name, and how every page's <title> is formed from a page's own title. */
export const SITE_NAME = 'National Inclusion Standards';
export const pageTitle = (title: string) => (title === SITE_NAME ? SITE_NAME : `${title} - ${SITE_NAME}`);

export const areaLabel = (id: string) => byId(AREAS, id).label;
export const componentLabel = (id: string) => byId(COMPONENTS, id).label;
export const layerLabel = (id: string) => byId(LAYERS, id).label;
export const phaseLabel = (id: string) => byId(PHASES, id).label;
export const deliveryLabel = (id: string) => byId(DELIVERY_MODES, id).label;
export const offerLabel = (id: string) => byId(UNIVERSAL_OFFER_COMPONENTS, id).label;
/** How a draft is marked wherever it shows (the dev server, a NIS_PREVIEW=1 build): never on the published site. */
export const DRAFT_LABEL = 'Draft: not published';

/** A kind of entry's name: "Intervention", or with `'plural'` "Interventions". */
export const kindLabel = (id: string, form: 'singular' | 'plural' = 'singular') => byId(ENTRY_KINDS, id)[form];
export const statusInfo = (id: string) => byId(REVIEW_STATUSES, id);
export const reviewTypeLabel = (id: string) => byId(REVIEW_TYPES, id).label;
export const reviewStateLabel = (id: string) => byId(REVIEW_STATES, id).label;

export function ratingInfo(scale: RatingScaleId, id: string) {
  const list: readonly { id: string; label: string; rank: number; rated: boolean; description: string }[] = RATING_SCALES[scale].values;
  return { scale: RATING_SCALES[scale].label, ...byId(list, id) };
}

/** Plural-aware count: "1 intervention", "14 interventions". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
