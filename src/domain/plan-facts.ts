/**
 * The facts the comparison and the support plan show about each provision entry, worked out at
 * build time into one small JSON file (/data/plan-facts.json) that those two pages fetch. Labels are
 * resolved here, so the browser scripts carry no vocabulary and no rules: they only lay facts out.
 */
import type { Entry } from './library.ts';
import type { Source } from './schemas.ts';
import { isProvision, type ProvisionData } from './entry-data.ts';
import { inlineCitation, sourceHref } from './format.ts';
import { verdictInfo } from './evidence-display.ts';
import { deliveryLabel, kindLabel, layerLabel, phaseLabel, ratingInfo, statusInfo } from './labels.ts';
import { LAYERS, type LayerId, type ProvisionKindId } from './vocabulary.ts';
import type { EntryEvidence } from './evidence-types.ts';

/** Where an item sits in a plan: a layer of support, or with the tools that help understand the need. */
export type PlanGroupId = LayerId | 'identification';
export const PLAN_GROUPS: readonly { id: PlanGroupId; label: string }[] = [
  ...LAYERS.map((l) => ({ id: l.id, label: `${l.label} support` })),
  { id: 'identification', label: 'Understanding the need: identification tools' },
];

export interface RatingFact {
  label: string;
  note?: string;
  sources: { citation: string; href: string }[];
}

export interface EntryFacts {
  key: string;
  kind: ProvisionKindId;
  kindLabel: string;
  title: string;
  summary: string;
  /** Site-relative address of the entry. */
  url: string;
  version: number;
  group: PlanGroupId;
  layers: string[];
  deliveredBy?: string;
  howLong?: string;
  training?: string;
  delivery: string[];
  phases: string[];
  strength: RatingFact;
  impact: RatingFact;
  cost: RatingFact;
  /** The verdict, for an entry rated from findings (issue 15), with the entries to use instead of one not recommended. */
  verdict?: { label: string; useInstead: { title: string; url: string }[] };
  /** The review status on the day of the build, and when the next review is due. */
  review?: { status: string; nextDue: string };
  /** What the entry says about reviewing or monitoring it, as plain text. */
  reviewHow?: string;
  /** Identification tools in the library that lead to this entry, to track progress with. */
  reviewTools: { title: string; url: string }[];
  forFamilies?: string;
}

export interface PlanFactsDocument {
  asOf: string;
  entries: Record<string, EntryFacts>;
}

/** The headings under which entries say how to review them, by kind of entry, in the order tried. */
export const REVIEW_HEADINGS = ['Monitoring progress', 'How it would be reviewed', 'What to watch for'] as const;

/**
 * The text of the `## heading` section of an MDX body, as plain text: links become their words,
 * emphasis and components are dropped, list items keep a leading "- ". Undefined when absent.
 */
export function sectionPlainText(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{1,2} /.test(l));
  const text = (end < 0 ? rest : rest.slice(0, end))
    .map((l) =>
      l
        .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
        .replace(/<\/?[A-Za-z][^>]*>/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
        .replace(/^\s*[*-]\s+/, '- ')
        .replace(/\s+([.,;:])/g, '$1')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

function planGroup(data: ProvisionData): PlanGroupId {
  if (data.kind === 'interventions') return data.layer;
  if (data.kind === 'tools') return 'identification';
  return data.kind === 'strategies' ? 'universal' : 'specialist';
}

function deliveryFacts(data: ProvisionData): Pick<EntryFacts, 'deliveredBy' | 'howLong' | 'training' | 'delivery'> {
  switch (data.kind) {
    case 'interventions':
      return { deliveredBy: data.deliveredBy, howLong: data.duration, training: data.training, delivery: data.delivery.map(deliveryLabel) };
    case 'strategies':
      return { deliveredBy: data.deliveredBy, howLong: data.duration, delivery: data.delivery.map(deliveryLabel) };
    case 'tools':
      return { deliveredBy: data.administeredBy, howLong: data.time, delivery: data.delivery.map(deliveryLabel) };
    case 'packages':
      return { deliveredBy: data.resources.staffing.join('; '), training: data.resources.training.join('; '), delivery: [] };
  }
}

/**
 * The facts of one provision entry's current version; undefined for other kinds. `evidence` is the
 * version's evidence as data (src/lib/evidence.ts) when it is rated from findings: a rating then
 * rests on its findings' sources, and the entry has a verdict.
 */
export function entryFacts(
  entry: Entry,
  body: string,
  sources: Record<string, Source>,
  library: readonly Entry[],
  evidence?: EntryEvidence,
): EntryFacts | undefined {
  const data = entry.current.data;
  if (!isProvision(data)) return undefined;
  const rating = (scale: 'strength' | 'impact' | 'cost'): RatingFact => {
    const r = data.ratings[scale];
    const label = ratingInfo(scale, r.value).label;
    const months = scale === 'impact' && data.ratings.impact.months !== undefined ? data.ratings.impact.months : undefined;
    const findings = 'findings' in r ? (r.findings ?? []) : [];
    const fromFindings = (evidence?.findings ?? []).filter((f) => findings.includes(f.key)).map((f) => f.source);
    return {
      label: months === undefined ? label : `${label} (${months > 0 ? '+' : ''}${months} months)`,
      ...(r.note ? { note: r.note } : {}),
      sources: [...new Set([...r.sources, ...fromFindings])].flatMap((k) =>
        sources[k] ? [{ citation: inlineCitation(sources[k]), href: sourceHref(sources[k]) }] : [],
      ),
    };
  };
  const titled = (key: string) => library.find((e) => e.key === key);
  const reviewHow = REVIEW_HEADINGS.map((h) => sectionPlainText(body, h)).find(Boolean);
  const reviewTools = library
    .filter((e) => e.current.data.kind === 'tools' && e.current.data.leadsTo.includes(entry.key))
    .map((e) => ({ title: e.current.data.title, url: e.url }));
  return {
    key: entry.key,
    kind: data.kind,
    kindLabel: kindLabel(data.kind),
    title: data.title,
    summary: data.summary,
    url: entry.url,
    version: entry.current.version,
    group: planGroup(data),
    layers: entry.layers.map(layerLabel),
    ...deliveryFacts(data),
    phases: data.phases.map(phaseLabel),
    strength: rating('strength'),
    impact: rating('impact'),
    cost: rating('cost'),
    ...(evidence
      ? {
          verdict: {
            label: verdictInfo(evidence.verdict.id).label,
            useInstead: evidence.verdict.useInstead.flatMap((k) => {
              const e = titled(k);
              return e ? [{ title: e.current.data.title, url: e.url }] : [];
            }),
          },
        }
      : {}),
    ...(entry.clock ? { review: { status: statusInfo(entry.clock.status).label, nextDue: entry.clock.nextDue } } : {}),
    ...(reviewHow ? { reviewHow } : {}),
    reviewTools,
    ...(data.forFamilies ? { forFamilies: data.forFamilies } : {}),
  };
}

/** The whole document: every provision entry of the library, by key. */
export function planFactsDocument(
  entries: readonly Entry[],
  bodyOf: (entry: Entry) => string,
  sources: Record<string, Source>,
  asOf: string,
  evidenceOf: (entry: Entry) => EntryEvidence | undefined = () => undefined,
): PlanFactsDocument {
  const out: Record<string, EntryFacts> = {};
  for (const entry of entries) {
    const facts = entryFacts(entry, bodyOf(entry), sources, entries, evidenceOf(entry));
    if (facts) out[entry.key] = facts;
  }
  return { asOf, entries: out };
}
