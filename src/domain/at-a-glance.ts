/**
 * The facts a teacher asks of an entry before reading it: layer, who delivers it, how long and how
 * often, cost, strength of evidence, size of effect and phases. One list, so that the entry page's
 * "At a glance" and the result items of Find support say the same thing in the same words.
 */
import type { ProvisionData } from './entry-data.ts';
import { layersOf } from './library.ts';
import { layerLabel, phaseLabel, ratingInfo } from './labels.ts';
import type { RatingScaleId } from './vocabulary.ts';

export type GlanceFactId = 'layer' | 'deliveredBy' | 'duration' | 'cost' | 'strength' | 'impact' | 'phases';

export interface GlanceFact {
  id: GlanceFactId;
  /** The question the fact answers, as a row heading. */
  label: string;
  value: string;
  /** For the three ratings: the scale, and whether the value is a rating or states that there is none. */
  rating?: { scale: RatingScaleId; rated: boolean };
}

const rating = (data: ProvisionData, scale: RatingScaleId): Pick<GlanceFact, 'value' | 'rating'> => {
  const info = ratingInfo(scale, data.ratings[scale].value);
  const months = scale === 'impact' ? data.ratings.impact.months : undefined;
  const value = months === undefined ? info.label : `${info.label} (${months > 0 ? '+' : ''}${months} months)`;
  return { value, rating: { scale, rated: info.rated } };
};

/** Who delivers it and how long it takes, in each kind's own fields; undefined where the entry does not say. */
function delivery(data: ProvisionData): { who?: string | undefined; howLong?: string | undefined } {
  switch (data.kind) {
    case 'strategies':
    case 'interventions':
      return { who: data.deliveredBy, howLong: data.duration };
    case 'tools':
      return { who: data.administeredBy, howLong: data.time };
    case 'packages':
      return { who: data.resources.staffing.join('; ') };
  }
}

/** The facts of a provision entry, in the order they are shown; a fact the entry does not state is left out. */
export function glanceFacts(data: ProvisionData): GlanceFact[] {
  const { who, howLong } = delivery(data);
  const facts: (GlanceFact | undefined)[] = [
    {
      id: 'layer',
      label: data.kind === 'tools' ? 'Informs decisions at' : 'Layer of support',
      value: layersOf(data).map(layerLabel).join(', '),
    },
    who ? { id: 'deliveredBy', label: data.kind === 'tools' ? 'Who carries it out' : 'Who delivers it', value: who } : undefined,
    howLong ? { id: 'duration', label: data.kind === 'tools' ? 'How long it takes' : 'How long and how often', value: howLong } : undefined,
    { id: 'cost', label: 'Cost', ...rating(data, 'cost') },
    { id: 'strength', label: 'Strength of evidence', ...rating(data, 'strength') },
    { id: 'impact', label: 'Size of effect', ...rating(data, 'impact') },
    { id: 'phases', label: 'Phases', value: data.phases.map(phaseLabel).join(', ') },
  ];
  return facts.filter((f): f is GlanceFact => f !== undefined);
}
