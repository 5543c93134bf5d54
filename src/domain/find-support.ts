/**
 * Find support: what the library offers for one component of an area of development in one phase,
 * in the order the graduated approach asks for it (what every setting should already do, then
 * targeted support, then the tools that help understand the need). Pure: the pages under
 * src/pages/find-support/ render it.
 */
import { COMPONENTS, PHASES, byId, type AreaId, type ComponentId, type KindId, type LayerId, type PhaseId } from './vocabulary.ts';

/** The parts of a library entry that decide where it appears. */
export interface Findable {
  kind: KindId;
  areas: readonly AreaId[];
  components: readonly ComponentId[];
  phases: readonly PhaseId[];
  layers: readonly LayerId[];
}

export interface SupportSections<E> {
  /** Universal strategies: what every setting should already do. */
  universal: E[];
  /** Targeted interventions. */
  targeted: E[];
  /** Targeted Plus interventions. */
  targetedPlus: E[];
  /** Identification tools that help to understand the need. */
  tools: E[];
}

/** Every combination of component and phase: one result page each. */
export const FIND_SUPPORT_COMBINATIONS = COMPONENTS.flatMap((component) => PHASES.map((phase) => ({ component, phase })));

/**
 * Whether an entry is support for a component: it names the component, or it names no component at
 * all and addresses the component's area (whole-setting practice such as the graduated approach in
 * class, which fits every component of the areas it covers).
 */
export function addresses(entry: Findable, component: ComponentId): boolean {
  if (entry.components.length > 0) return entry.components.includes(component);
  return entry.areas.includes(byId(COMPONENTS, component).area);
}

/** The support for a component in a phase, by section; entries that name the component come before area-wide ones. */
export function findSupport<E extends Findable>(entries: readonly E[], component: ComponentId, phase: PhaseId): SupportSections<E> {
  const found = entries.filter((e) => e.phases.includes(phase) && addresses(e, component));
  const named = (list: E[]) => [
    ...list.filter((e) => e.components.includes(component)),
    ...list.filter((e) => !e.components.includes(component)),
  ];
  const pick = (kind: KindId, layer?: LayerId) => named(found.filter((e) => e.kind === kind && (!layer || e.layers.includes(layer))));
  return {
    universal: pick('strategies'),
    targeted: pick('interventions', 'targeted'),
    targetedPlus: pick('interventions', 'targeted-plus'),
    tools: pick('tools'),
  };
}

/** How many entries the sections hold. */
export const supportCount = <E>(s: SupportSections<E>) => s.universal.length + s.targeted.length + s.targetedPlus.length + s.tools.length;

/**
 * The phases next to `phase` (the one before and the one after) in which the component has support,
 * nearest first; when neither has any, every other phase that has some. Where to send a reader who
 * finds nothing, or too little, in their own phase.
 */
export function neighbouringPhases<E extends Findable>(
  entries: readonly E[],
  component: ComponentId,
  phase: PhaseId,
): { phase: PhaseId; count: number }[] {
  const at = PHASES.findIndex((p) => p.id === phase);
  const withSupport = PHASES.map((p, i) => ({
    phase: p.id,
    distance: Math.abs(i - at),
    count: supportCount(findSupport(entries, component, p.id)),
  }))
    .filter((p) => p.distance > 0 && p.count > 0)
    .sort((a, b) => a.distance - b.distance);
  const adjacent = withSupport.filter((p) => p.distance === 1);
  return (adjacent.length > 0 ? adjacent : withSupport).map(({ phase, count }) => ({ phase, count }));
}
