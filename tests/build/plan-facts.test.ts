/**
 * /data/plan-facts.json in the fixture build: one record per current provision entry, labels
 * resolved; and in the bundled library's build, an entry rated from findings.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page } from '../helpers/fixture.ts';
import { LIBRARY_DIST } from '../helpers/gated-builds.ts';
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

describe('plan facts of an entry rated from findings (the bundled library)', () => {
  const library = JSON.parse(readFileSync(join(LIBRARY_DIST, FILES.planFacts), 'utf8')) as PlanFactsDocument;
  const training = library.entries['interventions/working-memory-training']!;

  it('cite the sources of the findings the ratings rest on, not "no source"', () => {
    for (const rating of [training.strength, training.impact]) {
      expect(rating.sources.map((s) => s.citation)).toEqual([
        expect.stringMatching(/^Melby-Lervåg.*2013$/),
        expect.stringMatching(/^Melby-Lervåg.*2016$/),
      ]);
    }
  });

  it('carry the verdict and what to use instead, by title', () => {
    expect(training.verdict).toEqual({
      label: 'Not recommended',
      useInstead: [
        { title: library.entries['strategies/reducing-working-memory-load']!.title, url: '/strategies/reducing-working-memory-load/' },
        { title: library.entries['interventions/metacognition-coaching']!.title, url: '/interventions/metacognition-coaching/' },
      ],
    });
    // An entry whose ratings name sources rather than findings has no verdict.
    expect(library.entries['strategies/visual-timetables']!.verdict).toBeUndefined();
  });
});
