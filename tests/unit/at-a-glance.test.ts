import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import { glanceFacts } from '../../src/domain/at-a-glance.ts';
import { isProvision, type ProvisionData } from '../../src/domain/entry-data.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

const read = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(read.records, read.sources, { asOf: '2026-11-22' });
const dataOf = (key: string) => {
  const data = library.get(key)!.current.data;
  if (!isProvision(data)) throw new Error(`${key} is not provision`);
  return data;
};
const facts = (data: ProvisionData) => Object.fromEntries(glanceFacts(data).map((f) => [f.id, f.value]));

describe('at a glance', () => {
  it("answers an intervention's questions in order: layer, who, how long, cost, strength, effect, phases", () => {
    const data = dataOf('interventions/fixture-language-groups');
    if (data.kind !== 'interventions') throw new Error('fixture changed');
    expect(glanceFacts(data).map((f) => f.id)).toEqual(['layer', 'deliveredBy', 'duration', 'cost', 'strength', 'impact', 'phases']);
    expect(facts(data).deliveredBy).toBe(data.deliveredBy);
    expect(facts(data).duration).toBe(data.duration);
    expect(facts(data).layer).toBe('Targeted');
  });

  it("uses a tool's own fields for who carries it out and how long it takes", () => {
    const data = dataOf('tools/fixture-language-screen');
    if (data.kind !== 'tools') throw new Error('fixture changed');
    const rows = glanceFacts(data);
    expect(rows.find((f) => f.id === 'deliveredBy')).toMatchObject({ label: 'Who carries it out', value: data.administeredBy });
    expect(rows.find((f) => f.id === 'duration')).toMatchObject({ label: 'How long it takes', value: data.time });
    expect(rows.find((f) => f.id === 'layer')!.value).toBe('Universal, Targeted');
  });

  it("shows a strategy's who, how long and a cost that is a change in practice, and leaves out what it does not state", () => {
    const base = dataOf('strategies/fixture-visual-timetables');
    if (base.kind !== 'strategies') throw new Error('fixture changed');
    const stated = {
      ...base,
      deliveredBy: 'the class teacher',
      duration: 'a few minutes at the start of each lesson',
      ratings: { ...base.ratings, cost: { value: 'practice-change' as const, sources: [] } },
    };
    expect(facts(stated)).toMatchObject({
      deliveredBy: 'the class teacher',
      duration: 'a few minutes at the start of each lesson',
      cost: 'A change in practice',
      layer: 'Universal',
    });
    const unstated = glanceFacts({ ...base, deliveredBy: undefined, duration: undefined }).map((f) => f.id);
    expect(unstated).not.toContain('deliveredBy');
    expect(unstated).not.toContain('duration');
  });

  it('gives the months of progress with the size of effect, and marks which values are ratings', () => {
    const base = dataOf('interventions/fixture-language-groups');
    const data = { ...base, ratings: { ...base.ratings, impact: { value: 'moderate' as const, months: 4, sources: ['x'] } } };
    const impact = glanceFacts(data).find((f) => f.id === 'impact')!;
    expect(impact.value).toBe('Moderate impact (+4 months)');
    expect(impact.rating).toEqual({ scale: 'impact', rated: true });
    const unknown = glanceFacts({ ...base, ratings: { ...base.ratings, cost: { value: 'unknown' as const, sources: [] } } });
    expect(unknown.find((f) => f.id === 'cost')!.rating).toEqual({ scale: 'cost', rated: false });
  });

  it("names a package's staffing as who delivers it", () => {
    const data = dataOf('packages/fixture-package');
    if (data.kind !== 'packages') throw new Error('fixture changed');
    expect(facts(data).deliveredBy).toBe(data.resources.staffing.join('; '));
    expect(facts(data).layer).toBe('Specialist');
  });
});
