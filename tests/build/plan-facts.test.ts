/** /data/plan-facts.json in the fixture build: one record per current provision entry, labels resolved. */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/fixture.ts';
import type { PlanFactsDocument } from '../../src/domain/plan-facts.ts';
import { FILES } from '../../src/domain/routes.ts';

const doc = JSON.parse(page(FILES.planFacts)) as PlanFactsDocument;

describe('plan facts', () => {
  it('holds every provision entry and nothing else', () => {
    expect(Object.keys(doc.entries).sort()).toEqual([
      'interventions/fixture-language-groups',
      'interventions/fixture-memory-games',
      'packages/fixture-package',
      'strategies/fixture-now-and-next-boards',
      'strategies/fixture-visual-timetables',
      'tools/fixture-language-screen',
    ]);
    expect(doc.asOf).toBe('2026-11-22');
  });

  it("carries the current version's delivery facts with labels, and the tools that lead to an entry", () => {
    const groups = doc.entries['interventions/fixture-language-groups']!;
    expect(groups).toMatchObject({
      title: 'Fixture language groups',
      version: 2,
      group: 'targeted',
      layers: ['Targeted'],
      deliveredBy: 'A trained teaching assistant',
      howLong: '20 weeks, three sessions a week',
      delivery: ['Small group', 'One to one'],
      reviewTools: [{ title: 'Fixture language screen', url: '/tools/fixture-language-screen/' }],
    });
    expect(groups.strength.label).toMatch(/evidence/i);
    expect(groups.review?.status).toBeTruthy();
    expect(doc.entries['tools/fixture-language-screen']!.group).toBe('identification');
    expect(doc.entries['packages/fixture-package']!.group).toBe('specialist');
  });
});
