/**
 * The content schemas on their own: each rule a version or source must follow, with the words the
 * author reads (npm run check prints them with the file and line; tests/unit/check-messages.test.ts
 * checks that end of it).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { entryRef, isoDate, ratingsSchema, SCHEMAS, slug, sourceSchema, sourcesFileSchema } from '../../src/domain/schemas.ts';

/** Each problem as "path: message", or [] when the value passes. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const parsed = (schema: z.ZodType, value: unknown) => schema.parse(value) as Record<string, unknown>;
/** The zod issue codes, for the rules written as refinements: tools filter problems by them. */
const codes = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.code);

const base = { title: 'A title', summary: 'A summary.', status: 'published', published: '2026-03-01' };
const sourced = { sources: ['eef-send-2020'] };
const ratings = {
  strength: { value: 'strong', ...sourced },
  impact: { value: 'moderate', months: 4, ...sourced },
  cost: { value: 'low', ...sourced },
};
const provision = { areas: ['sensory'], phases: ['primary'], ratings };
const valid = {
  'areas-of-development': { ...base, components: [{ id: 'external-senses', description: 'What it covers.' }] },
  strategies: { ...base, ...provision, universalOffer: ['teaching-and-curriculum'], delivery: ['whole-class'] },
  interventions: { ...base, ...provision, layer: 'targeted', delivery: ['small-group'], deliveredBy: 'A teacher', duration: '10 weeks' },
  tools: {
    ...base,
    ...provision,
    identifies: 'Needs',
    format: 'Screening',
    administeredBy: 'A teacher',
    time: '10 minutes',
    layers: ['universal'],
    delivery: ['one-to-one'],
    leadsTo: ['interventions/fixture-language-groups'],
  },
  packages: {
    ...base,
    ...provision,
    illustrative: true,
    needProfile: 'A profile',
    outcomes: ['An outcome'],
    provision: ['Provision'],
    adaptations: ['An adaptation'],
    resources: { staffing: ['A teacher'], training: ['Training'] },
    healthInput: ['Input'],
  },
  reviews: {
    ...base,
    reviewType: 'scheduled',
    state: 'completed',
    started: '2026-01-10',
    completed: '2026-02-20',
    covers: [{ entry: 'interventions/fixture-language-groups', version: 1 }],
    panel: ['A chair'],
  },
} as const;
const KINDS = Object.keys(valid) as (keyof typeof valid)[];

describe('every kind', () => {
  it.each(KINDS)('accepts a complete %s version and fills the defaults', (kind) => {
    expect(problems(SCHEMAS[kind], valid[kind])).toEqual([]);
    const data = parsed(SCHEMAS[kind], valid[kind]);
    expect(data).toMatchObject({ sample: true, sources: [] });
  });

  it.each(KINDS)('refuses a published %s version without a publication date, but not a draft', (kind) => {
    const { published: _published, ...undated } = valid[kind];
    expect(problems(SCHEMAS[kind], undated)).toEqual(['published: a published version needs its publication date (YYYY-MM-DD)']);
    expect(problems(SCHEMAS[kind], { ...undated, status: 'draft' })).toEqual([]);
    expect(codes(SCHEMAS[kind], undated)).toEqual(['custom']);
  });

  it.each(KINDS)('refuses an empty or blank summary and title in a %s version', (kind) => {
    expect(problems(SCHEMAS[kind], { ...valid[kind], summary: '' })).toEqual(['summary: must not be empty']);
    expect(problems(SCHEMAS[kind], { ...valid[kind], summary: '  \n ' })).toEqual(['summary: must not be empty']);
    expect(problems(SCHEMAS[kind], { ...valid[kind], title: ' ' })).toEqual(['title: must not be empty']);
  });

  it.each(KINDS)('refuses a field a %s version does not have', (kind) => {
    expect(problems(SCHEMAS[kind], { ...valid[kind], colour: 'red' })).toEqual([': Unrecognized key: "colour"']);
  });
});

describe('shared fields', () => {
  const strategy = valid.strategies;

  it('trims text and limits a summary to 400 characters', () => {
    expect(parsed(SCHEMAS.strategies, { ...strategy, title: '  Boards  ' }).title).toBe('Boards');
    expect(problems(SCHEMAS.strategies, { ...strategy, summary: 'x'.repeat(400) })).toEqual([]);
    expect(problems(SCHEMAS.strategies, { ...strategy, summary: 'x'.repeat(401) })).toEqual(['summary: must be at most 400 characters']);
  });

  it('keeps what the author wrote over the defaults', () => {
    const data = parsed(SCHEMAS.strategies, {
      ...strategy,
      sample: false,
      sources: ['a'],
      components: ['external-senses'],
      related: ['tools/x'],
    });
    expect(data).toMatchObject({ sample: false, sources: ['a'], components: ['external-senses'], related: ['tools/x'] });
    expect(parsed(SCHEMAS.strategies, strategy)).toMatchObject({ components: [], related: [] });
  });

  it('needs at least one area and phase, each listed once', () => {
    expect(problems(SCHEMAS.strategies, { ...strategy, areas: [] })).toEqual(['areas: must list at least one']);
    expect(problems(SCHEMAS.strategies, { ...strategy, phases: ['primary', 'primary'] })).toEqual([
      'phases: must not list the same value twice',
    ]);
    expect(problems(SCHEMAS.strategies, { ...strategy, phases: ['primary', 'secondary'] })).toEqual([]);
  });

  it('records what changed with a summary that is not empty', () => {
    const changes = { summary: 'Revised.', conclusionsChanged: false, ratingsChanged: true };
    expect(problems(SCHEMAS.strategies, { ...strategy, changes })).toEqual([]);
    expect(problems(SCHEMAS.strategies, { ...strategy, changes: { ...changes, summary: ' ' } })).toEqual([
      'changes.summary: must not be empty',
    ]);
  });

  it('gives a tool at least one entry it leads to, and a package at least one outcome', () => {
    expect(problems(SCHEMAS.tools, { ...valid.tools, leadsTo: [] })).toEqual(['leadsTo: must list at least one']);
    expect(problems(SCHEMAS.packages, { ...valid.packages, outcomes: [] })).toEqual(['outcomes: must list at least one']);
    expect(parsed(SCHEMAS.packages, valid.packages).resources).toEqual({ staffing: ['A teacher'], training: ['Training'], equipment: [] });
  });
});

describe('ratings', () => {
  it('need a source for a real rating, and none for a value that states there is no rating', () => {
    expect(problems(ratingsSchema, { ...ratings, strength: { value: 'strong' } })).toEqual([
      'strength.sources: a rating of "strong" must name at least one source; use one of practice-based, not-yet-reviewed when there is none',
    ]);
    expect(problems(ratingsSchema, { ...ratings, cost: { value: 'high', sources: [] } })).toEqual([
      'cost.sources: a rating of "high" must name at least one source; use one of practice-change, unknown when there is none',
    ]);
    expect(
      problems(ratingsSchema, { strength: { value: 'practice-based' }, impact: { value: 'unknown' }, cost: { value: 'unknown' } }),
    ).toEqual([]);
    expect(codes(ratingsSchema, { ...ratings, strength: { value: 'strong' } })).toEqual(['custom']);
  });

  it('hold months of progress to whole numbers from -12 to 12 that match the impact band', () => {
    const withMonths = (months: number, value: string) => ({ ...ratings, impact: { value, months, ...sourced } });
    expect(problems(ratingsSchema, withMonths(12, 'large'))).toEqual([]);
    expect(problems(ratingsSchema, withMonths(-12, 'none'))).toEqual([]);
    expect(problems(ratingsSchema, withMonths(13, 'large'))).toHaveLength(1);
    expect(problems(ratingsSchema, withMonths(-13, 'none'))).toHaveLength(1);
    expect(problems(ratingsSchema, withMonths(1.5, 'small'))).toHaveLength(1);
    expect(problems(ratingsSchema, withMonths(4, 'small'))).toEqual([
      'impact.value: 4 months of progress is "moderate" impact, not "small"',
    ]);
    expect(problems(ratingsSchema, { ...ratings, impact: { value: 'small', ...sourced } })).toEqual([]);
    expect(codes(ratingsSchema, withMonths(4, 'small'))).toEqual(['custom']);
  });
});

describe('review records', () => {
  const review = valid.reviews;

  it('refuses a review completed before it started, but not one completed the day it started', () => {
    expect(problems(SCHEMAS.reviews, { ...review, completed: '2026-01-09' })).toEqual([
      'completed: cannot be before the start date 2026-01-10',
    ]);
    expect(problems(SCHEMAS.reviews, { ...review, completed: '2026-01-10' })).toEqual([]);
    expect(codes(SCHEMAS.reviews, { ...review, completed: '2026-01-09' })).toEqual(['custom']);
  });

  it('needs the completion date once completed, and none while in progress', () => {
    const { completed: _completed, ...open } = review;
    expect(problems(SCHEMAS.reviews, open)).toEqual(['completed: a completed review needs the date it completed (YYYY-MM-DD)']);
    expect(problems(SCHEMAS.reviews, { ...open, state: 'in-progress' })).toEqual([]);
    expect(codes(SCHEMAS.reviews, open)).toEqual(['custom']);
  });

  it('needs the trigger of an out-of-cycle review', () => {
    expect(problems(SCHEMAS.reviews, { ...review, reviewType: 'out-of-cycle' })).toEqual([
      'trigger: an out-of-cycle review must say what new evidence triggered it',
    ]);
    expect(problems(SCHEMAS.reviews, { ...review, reviewType: 'out-of-cycle', trigger: 'A new trial.' })).toEqual([]);
    expect(problems(SCHEMAS.reviews, { ...review, reviewType: 'out-of-cycle', trigger: '  ' })).toEqual([
      'trigger: an out-of-cycle review must say what new evidence triggered it',
    ]);
    expect(codes(SCHEMAS.reviews, { ...review, reviewType: 'out-of-cycle' })).toEqual(['custom']);
  });

  it('needs an explanation of a declined or changed recommendation, and unique recommendation ids', () => {
    const rec = (id: string, decision: string, explanation?: string) => ({ id, text: 'Do it.', response: { decision, explanation } });
    expect(problems(SCHEMAS.reviews, { ...review, recommendations: [rec('r1', 'declined')] })).toEqual([
      'recommendations.0.response.explanation: a recommendation the department has declined needs a published explanation',
    ]);
    expect(problems(SCHEMAS.reviews, { ...review, recommendations: [rec('r1', 'accepted-with-changes')] })).toEqual([
      'recommendations.0.response.explanation: a recommendation the department has accepted with changes needs a published explanation',
    ]);
    expect(
      problems(SCHEMAS.reviews, {
        ...review,
        recommendations: [rec('r1', 'accepted'), rec('r2', 'awaiting'), rec('r3', 'declined', 'Out of scope.')],
      }),
    ).toEqual([]);
    expect(problems(SCHEMAS.reviews, { ...review, recommendations: [rec('r1', 'declined', ' \n ')] })).toEqual([
      'recommendations.0.response.explanation: a recommendation the department has declined needs a published explanation',
    ]);
    expect(codes(SCHEMAS.reviews, { ...review, recommendations: [rec('r1', 'declined')] })).toEqual(['custom']);
    expect(codes(SCHEMAS.reviews, { ...review, recommendations: [rec('r1', 'accepted'), rec('r1', 'accepted')] })).toEqual(['custom']);
    expect(
      problems(SCHEMAS.reviews, { ...review, recommendations: [rec('r1', 'accepted'), rec('r2', 'accepted'), rec('r1', 'accepted')] }),
    ).toEqual(['recommendations: recommendation id "r1" is used twice']);
    expect(parsed(SCHEMAS.reviews, review)).toMatchObject({ findings: [], recommendations: [] });
  });

  it('covers at least one entry at a positive whole version', () => {
    expect(problems(SCHEMAS.reviews, { ...review, covers: [] })).toEqual(['covers: must list at least one']);
    expect(problems(SCHEMAS.reviews, { ...review, covers: [{ entry: 'interventions/x', version: 0 }] })).toHaveLength(1);
  });
});

describe('dates, slugs and references', () => {
  it('accepts a real date written YYYY-MM-DD, and a date a YAML parser made into a Date', () => {
    for (const date of ['2026-02-28', '2024-02-29', '2026-12-31', '2026-01-01']) expect(isoDate.parse(date)).toBe(date);
    expect(isoDate.parse(new Date('2026-03-04T00:00:00Z'))).toBe('2026-03-04');
  });

  it('refuses a date that does not exist', () => {
    // 0026 too: Date would read a two-digit year as 1926, so such a year is never what was meant.
    for (const date of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '0026-03-04']) {
      expect(problems(isoDate, date), date).toEqual([': expected a real calendar date']);
    }
  });

  it('refuses a date written another way, once', () => {
    for (const date of ['2026-3-04', '26-03-04', '2026-03-04T10:00', ' 2026-03-04', '04/03/2026', 20260304, new Date('nonsense')]) {
      expect(problems(isoDate, date), String(date)).toEqual([': expected a date written YYYY-MM-DD']);
    }
  });

  it('knows a slug: lower-case words joined by single hyphens', () => {
    expect(problems(slug, 'now-and-next-2')).toEqual([]);
    for (const bad of ['Now', 'now--next', '-now', 'now-', 'now_next', 'now next', '']) {
      expect(problems(slug, bad), bad).toEqual([': expected lower-case words joined by hyphens']);
    }
  });

  it('knows a reference to an entry: a kind and a slug', () => {
    expect(problems(entryRef, 'interventions/neli')).toEqual([]);
    expect(problems(entryRef, 'areas-of-development/sensory')).toEqual([]);
    const message =
      ': expected "<kind>/<slug>" where kind is one of: areas-of-development, strategies, interventions, tools, packages, reviews';
    for (const bad of ['widgets/neli', 'interventions/Neli', 'interventions/', 'xinterventions/neli', 'interventions/neli/1', 'neli']) {
      expect(problems(entryRef, bad), bad).toEqual([message]);
    }
  });
});

describe('sources', () => {
  const source = {
    type: 'guidance',
    authors: 'Education Endowment Foundation',
    year: 2020,
    title: 'A report',
    url: 'https://example.org/report',
  };

  it('accepts one author or a list, and a url or a doi', () => {
    expect(problems(sourceSchema, source)).toEqual([]);
    expect(problems(sourceSchema, { ...source, authors: ['A. Author', 'B. Author'] })).toEqual([]);
    const { url: _url, ...withoutUrl } = source;
    expect(problems(sourceSchema, { ...withoutUrl, doi: '10.1111/jcpp.13331' })).toEqual([]);
  });

  it('needs a way for readers to find it', () => {
    const { url: _url, ...withoutUrl } = source;
    expect(problems(sourceSchema, withoutUrl)).toEqual(['url: a source needs a url or a doi so readers can find it']);
    for (const url of ['ftp://example.org/report', 'xhttp://example.org/report', 'httpsx://example.org/report']) {
      expect(problems(sourceSchema, { ...source, url }), url).toEqual(['url: expected an http(s) web address']);
    }
    expect(problems(sourceSchema, { ...source, url: 'http://example.org/report' })).toEqual([]);
    expect(problems(sourceSchema, { ...source, doi: '10.1111/jcpp 13331' })).toEqual(['doi: expected a DOI such as 10.1000/xyz123']);
    expect(codes(sourceSchema, withoutUrl)).toEqual(['custom']);
    expect(problems(sourceSchema, { ...source, doi: 'doi:10.1111/x' })).toEqual(['doi: expected a DOI such as 10.1000/xyz123']);
    expect(problems(sourceSchema, { ...source, doi: '10.111/x' })).toEqual(['doi: expected a DOI such as 10.1000/xyz123']);
  });

  it('has a year between 1900 and 2100 and authors who are named', () => {
    expect(problems(sourceSchema, { ...source, year: 1900 })).toEqual([]);
    expect(problems(sourceSchema, { ...source, year: 2100 })).toEqual([]);
    expect(problems(sourceSchema, { ...source, year: 1899 })).toHaveLength(1);
    expect(problems(sourceSchema, { ...source, year: 2101 })).toHaveLength(1);
    expect(problems(sourceSchema, { ...source, authors: [] })).not.toEqual([]);
  });

  it('refuses a list whose commas split surnames from initials, naming the item', () => {
    expect(problems(sourceSchema, { ...source, authors: ['Fricke, S.', 'Hulme, C. J.'] })).toEqual([]);
    // YAML reads [Fricke, S., Hulme, C.] as four items.
    expect(problems(sourceSchema, { ...source, authors: ['Fricke', 'S.', 'Hulme', 'C.'] })).toEqual([
      'authors.1: found "S.", initials on their own: put each author in quotes, such as ["Fricke, S.", "Hulme, C."]',
    ]);
    expect(problems(sourceSchema, { ...source, authors: ['Haley', 'A. J.'] })).toHaveLength(1);
    expect(problems(sourceSchema, { ...source, authors: 'S.' })).toEqual([]);
  });

  it('are keyed by slugs in the bibliography file', () => {
    expect(problems(sourcesFileSchema, { 'eef-2020': source })).toEqual([]);
    expect(problems(sourcesFileSchema, { EEF: source })).not.toEqual([]);
  });
});
