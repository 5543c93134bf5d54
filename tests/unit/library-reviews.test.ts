/**
 * The library's facets and review links beyond tests/unit/library.test.ts: what an area entry holds,
 * empty indexes, an entry covered by several reviews, and reviews that cover what is not there.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import type { VersionRecord } from '../../src/domain/versions.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });
const fixtureReview = fixture.records.find((r) => r.kind === 'reviews')!;
/** Another review record, a copy of the fixture's with its own slug and dates. */
const review = (slug: string, changes: Record<string, unknown>): VersionRecord =>
  ({ ...fixtureReview, slug, file: `content/reviews/${slug}/1.mdx`, data: { ...fixtureReview.data, ...changes } }) as VersionRecord;
const withReviews = (...reviews: VersionRecord[]) =>
  buildLibrary([...fixture.records, ...reviews], fixture.sources, { asOf: FIXTURE_AS_OF });

describe('library facets', () => {
  it('give an area of development itself as its area and its components, and no layer or phase', () => {
    const area = library.get('areas-of-development/sensory')!;
    expect(area).toMatchObject({
      areas: ['sensory'],
      components: ['external-senses', 'internal-senses', 'sensory-processing'],
      phases: [],
      delivery: [],
      layers: [],
    });
  });

  it('give a review record no facets and no clock', () => {
    expect(library.get('reviews/fixture-review')).toMatchObject({
      areas: [],
      components: [],
      phases: [],
      delivery: [],
      layers: [],
      clock: undefined,
      reviewedBy: [],
    });
  });

  it('index nothing under a value no entry has', () => {
    expect(library.inPhase('post-16')).toEqual([]);
    expect(library.inLayer('targeted-plus').map((e) => e.key)).toEqual(['interventions/fixture-memory-games']);
  });
});

describe('reviews of an entry', () => {
  const key = 'interventions/fixture-language-groups';

  it('are listed newest first, by completion date or, while running, start date', () => {
    const lib = withReviews(
      review('older', { completed: '2026-04-20', started: '2026-04-02' }),
      review('running', { state: 'in-progress', completed: undefined, started: '2026-06-01' }),
    );
    expect(lib.get(key)!.reviewedBy.map((r) => r.slug)).toEqual(['running', 'fixture-review', 'older']);
    expect(lib.get(key)!.clock).toMatchObject({ lastReviewed: '2026-05-15', status: 'under-review' });
  });

  it('restart the clock only when completed, even if a running one has a date', () => {
    const lib = withReviews(review('running', { state: 'in-progress', completed: '2026-10-01', started: '2026-09-01' }));
    expect(lib.get(key)!.clock).toMatchObject({ lastReviewed: '2026-05-15', nextDue: '2028-05-15', status: 'under-review' });
  });

  it('may cover an entry that is not in the library without failing to build it', () => {
    const lib = withReviews(
      review('elsewhere', {
        completed: '2026-05-10',
        covers: [
          { entry: 'strategies/not-here', version: 1 },
          { entry: key, version: 2 },
        ],
      }),
    );
    expect(lib.get(key)!.reviewedBy.map((r) => r.slug)).toEqual(['fixture-review', 'elsewhere']);
  });
});
