/**
 * The metadata of a version as summary-list rows: what the entry page shows above its body. One
 * function per kind's fields; labels and browse URLs come from the vocabulary.
 */
import type { VersionData } from './schemas.ts';
import {
  areaLabel,
  componentLabel,
  deliveryLabel,
  layerLabel,
  offerLabel,
  phaseLabel,
  reviewStateLabel,
  reviewTypeLabel,
} from './labels.ts';
import { formatDate } from './format.ts';
import { areaUrl, componentUrl, layerUrl, phaseUrl, refUrl, refVersionUrl } from './routes.ts';
import { isProvision } from './entry-data.ts';
import { layersOf } from './library.ts';

export interface RowItem {
  text: string;
  href?: string | undefined;
}
export interface SummaryRow {
  key: string;
  items: RowItem[];
}

const text = (value: string): RowItem[] => [{ text: value }];

/** Title lookup for references to other entries, supplied by the caller (the library). */
export type TitleOf = (ref: string) => string | undefined;

export function summaryRows(data: VersionData, titleOf: TitleOf): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const push = (key: string, items: RowItem[]) => items.length && rows.push({ key, items });
  const refs = (list: readonly string[]) => list.map((ref) => ({ text: titleOf(ref) ?? ref, href: refUrl(ref) }));
  const layers = (list: readonly string[]) => list.map((l) => ({ text: layerLabel(l), href: layerUrl(l) }));

  if (isProvision(data)) {
    push(
      'Areas of development',
      data.areas.map((a) => ({ text: areaLabel(a), href: areaUrl(a) })),
    );
    push(
      'Components',
      data.components.map((c) => ({ text: componentLabel(c), href: componentUrl(c) })),
    );
    push(
      'Phases',
      data.phases.map((p) => ({ text: phaseLabel(p), href: phaseUrl(p) })),
    );
  }
  switch (data.kind) {
    case 'strategies':
      push('Layer of support', layers(layersOf(data)));
      push(
        'Universal offer',
        data.universalOffer.map((o) => ({ text: offerLabel(o) })),
      );
      push(
        'Delivery',
        data.delivery.map((d) => ({ text: deliveryLabel(d) })),
      );
      break;
    case 'interventions':
      push('Layer of support', layers(layersOf(data)));
      push(
        'Delivery',
        data.delivery.map((d) => ({ text: deliveryLabel(d) })),
      );
      push('Delivered by', text(data.deliveredBy));
      push('Duration', text(data.duration));
      if (data.training) push('Training', text(data.training));
      break;
    case 'tools':
      push('What it identifies', text(data.identifies));
      push('Format', text(data.format));
      push('Administered by', text(data.administeredBy));
      push('Time needed', text(data.time));
      push('Informs layers', layers(data.layers));
      push(
        'Delivery',
        data.delivery.map((d) => ({ text: deliveryLabel(d) })),
      );
      push('Leads to', refs(data.leadsTo));
      break;
    case 'packages':
      push('Layer of support', layers(layersOf(data)));
      push(
        'Status',
        text(data.illustrative ? 'Illustrative example: national packages have not been published yet' : 'Nationally defined package'),
      );
      push('Need profile', text(data.needProfile));
      push(
        'Expected outcomes',
        data.outcomes.map((t) => ({ text: t })),
      );
      push(
        'Special educational provision',
        data.provision.map((t) => ({ text: t })),
      );
      push(
        'Adaptations',
        data.adaptations.map((t) => ({ text: t })),
      );
      push(
        'Staffing',
        data.resources.staffing.map((t) => ({ text: t })),
      );
      push(
        'Training',
        data.resources.training.map((t) => ({ text: t })),
      );
      push(
        'Equipment',
        data.resources.equipment.map((t) => ({ text: t })),
      );
      push(
        'Health and mental-health input',
        data.healthInput.map((t) => ({ text: t })),
      );
      break;
    case 'reviews':
      push('Type', text(reviewTypeLabel(data.reviewType)));
      if (data.trigger) push('Triggered by', text(data.trigger));
      push('State', text(reviewStateLabel(data.state)));
      push('Started', text(formatDate(data.started)));
      if (data.completed) push('Completed', text(formatDate(data.completed)));
      push(
        'Entries covered',
        data.covers.map((c) => ({
          text: `${titleOf(c.entry) ?? c.entry} (version ${c.version})`,
          href: refVersionUrl(c.entry, c.version),
        })),
      );
      push(
        'Panel',
        data.panel.map((p) => ({ text: p })),
      );
      break;
  }
  if (isProvision(data)) push('Related', refs(data.related));
  return rows;
}
