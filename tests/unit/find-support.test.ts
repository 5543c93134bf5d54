import { describe, expect, it } from 'vitest';
import {
  FIND_SUPPORT_COMBINATIONS,
  addresses,
  findSupport,
  neighbouringPhases,
  supportCount,
  type Findable,
} from '../../src/domain/find-support.ts';
import { COMPONENTS, PHASES, type AreaId, type ComponentId, type KindId, type LayerId, type PhaseId } from '../../src/domain/vocabulary.ts';

type Made = Findable & { key: string };
const make = (
  key: string,
  kind: KindId,
  layers: LayerId[],
  components: ComponentId[],
  phases: PhaseId[],
  areas: AreaId[] = ['executive-function'],
): Made => ({
  key,
  kind,
  layers,
  components,
  phases,
  areas,
});

const entries: Made[] = [
  make('strategies/chunking', 'strategies', ['universal'], ['working-memory', 'attention'], ['primary', 'secondary']),
  make('strategies/whole-setting', 'strategies', ['universal'], [], ['early-years', 'primary']),
  make('strategies/other-area', 'strategies', ['universal'], [], ['primary'], ['sensory']),
  make('interventions/wm-groups', 'interventions', ['targeted'], ['working-memory'], ['primary']),
  make('interventions/ep', 'interventions', ['targeted-plus'], ['working-memory'], ['primary', 'post-16']),
  make('interventions/attention-only', 'interventions', ['targeted'], ['attention'], ['primary']),
  make('tools/rating', 'tools', ['universal', 'targeted'], ['working-memory'], ['primary']),
  make('packages/pkg', 'packages', ['specialist'], ['working-memory'], ['primary']),
];
const keys = (list: Made[]) => list.map((e) => e.key);

describe('find support', () => {
  it('has one combination for every component and phase', () => {
    expect(FIND_SUPPORT_COMBINATIONS).toHaveLength(COMPONENTS.length * PHASES.length);
    expect(new Set(FIND_SUPPORT_COMBINATIONS.map((c) => `${c.component.id}/${c.phase.id}`)).size).toBe(COMPONENTS.length * PHASES.length);
  });

  it('puts universal strategies, targeted and targeted plus interventions and tools in their sections, and no package', () => {
    const found = findSupport(entries, 'working-memory', 'primary');
    expect(keys(found.universal)).toEqual(['strategies/chunking', 'strategies/whole-setting']);
    expect(keys(found.targeted)).toEqual(['interventions/wm-groups']);
    expect(keys(found.targetedPlus)).toEqual(['interventions/ep']);
    expect(keys(found.tools)).toEqual(['tools/rating']);
    expect(supportCount(found)).toBe(5);
  });

  it('lists entries that name the component before area-wide ones, whatever the input order', () => {
    expect(keys(findSupport([...entries].reverse(), 'working-memory', 'primary').universal)).toEqual([
      'strategies/chunking',
      'strategies/whole-setting',
    ]);
  });

  it('takes an entry that names no component as support for every component of its areas only', () => {
    expect(addresses(entries[1]!, 'cognitive-flexibility')).toBe(true);
    expect(addresses(entries[1]!, 'sensory-processing')).toBe(false);
    expect(addresses(entries[0]!, 'cognitive-flexibility')).toBe(false);
  });

  it('keeps to the phase', () => {
    const found = findSupport(entries, 'working-memory', 'secondary');
    expect(keys(found.universal)).toEqual(['strategies/chunking']);
    expect(supportCount(found)).toBe(1);
    expect(supportCount(findSupport(entries, 'fine-motor', 'primary'))).toBe(0);
  });

  it('points to the neighbouring phases that have support, or else to any phase that has', () => {
    expect(neighbouringPhases(entries, 'working-memory', 'secondary')).toEqual([
      { phase: 'primary', count: 5 },
      { phase: 'post-16', count: 1 },
    ]);
    // Early years' only neighbour (primary) has support.
    expect(neighbouringPhases(entries, 'working-memory', 'early-years')).toEqual([{ phase: 'primary', count: 5 }]);
    // Support only two phases away: neither neighbour of secondary has any, so every phase that has some.
    const far = [make('interventions/far', 'interventions', ['targeted'], ['fine-motor'], ['early-years'])];
    expect(neighbouringPhases(far, 'fine-motor', 'secondary')).toEqual([{ phase: 'early-years', count: 1 }]);
    expect(neighbouringPhases(far, 'fine-motor', 'early-years')).toEqual([]);
    expect(neighbouringPhases(entries, 'fine-motor', 'primary')).toEqual([]);
  });
});
