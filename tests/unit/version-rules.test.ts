/**
 * The exact words of the version and ledger rules (tests/unit/versions.test.ts checks which rule
 * fires), the order versions are grouped in, and small rules elsewhere in the domain: the review
 * dashboard's lists, dates across the review cycle and vocabulary look-ups.
 */
import { describe, expect, it } from 'vitest';
import { LEDGER, ledgerInput } from '../helpers/ledger-input.ts';
import {
  checkLedger,
  checkNumbering,
  groupVersions,
  parseVersionPath,
  RESERVED_REVIEW_SLUGS,
  type VersionRecord,
} from '../../src/domain/versions.ts';
import { addDays, addYears, asOfDate, daysBetween } from '../../src/domain/review-cycle.ts';
import { byId, idsOf, AREAS } from '../../src/domain/vocabulary.ts';
import {
  compareRows,
  declinedRegister,
  kindCounts,
  ofKind,
  REVIEWED_KINDS,
  reviewRecords,
  type DashboardRow,
} from '../../src/domain/review-dashboard.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { reviewDate } from '../../src/domain/entry-data.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import type { ReviewVersion, VersionData } from '../../src/domain/schemas.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

function record(slug: string, version: number, status: 'published' | 'draft', extra: Record<string, unknown> = {}): VersionRecord {
  return {
    kind: 'strategies',
    slug,
    version,
    file: `content/strategies/${slug}/${version}.mdx`,
    data: {
      kind: 'strategies',
      title: slug,
      summary: 's',
      status,
      published: status === 'published' ? `2026-0${version}-01` : undefined,
      changes: version > 1 ? {} : undefined,
      ...extra,
    } as unknown as VersionData,
  };
}

describe('version paths', () => {
  it('say what is wrong and what is expected', () => {
    const error = (path: string) => (parseVersionPath(path) as { error: string }).error;
    expect(error('interventions/neli.mdx')).toBe(
      'is not where an entry version belongs; expected content/<kind>/<slug>/<version>.mdx, for example content/interventions/neli/1.mdx',
    );
    expect(error('widgets/neli/1.mdx')).toBe(
      'is in an unknown kind folder "widgets"; expected one of: areas-of-development, strategies, interventions, tools, packages, reviews',
    );
    expect(error('reviews/kind/1.mdx')).toBe(
      'has a folder name "kind" that is reserved for the review dashboard (/reviews/status/, /reviews/kind/, /reviews/declined/); choose another slug',
    );
    expect(error('interventions/neli/1.mdx.bak')).toBe('has a file name "1.mdx.bak" that is not a version; expected 1.mdx, 2.mdx, ...');
    expect(error('interventions/neli/1a.mdx')).toMatch(/^has a file name "1a.mdx" that is not a version/);
    expect(RESERVED_REVIEW_SLUGS).toEqual(['status', 'kind', 'declined']);
  });

  it('allow the reserved words in any kind but reviews, and numbers past 9', () => {
    expect(parseVersionPath('strategies/status/1.mdx')).toEqual({ kind: 'strategies', slug: 'status', version: 1 });
    expect(parseVersionPath('strategies/kind/10.mdx')).toEqual({ kind: 'strategies', slug: 'kind', version: 10 });
  });
});

describe('grouping versions', () => {
  it('orders versions by number whatever order the files come in, drafts last only when newest', () => {
    const [entry] = groupVersions([
      record('a', 10, 'draft'),
      record('a', 2, 'published'),
      record('a', 9, 'published'),
      record('a', 1, 'published'),
    ]);
    expect(entry!.versions.map((v) => v.version)).toEqual([1, 2, 9, 10]);
    expect(entry!.published.map((v) => v.version)).toEqual([1, 2, 9]);
    expect(entry!.current!.version).toBe(9);
    expect(entry!.draft!.version).toBe(10);
    expect(groupVersions([record('a', 1, 'published'), record('a', 2, 'draft')])[0]!.current!.version).toBe(1);
    expect(groupVersions([record('a', 1, 'published'), record('a', 2, 'draft')], true)[0]!.current!.version).toBe(2);
  });
});

describe('numbering and ledger messages', () => {
  const entry = (...records: VersionRecord[]) => groupVersions(records)[0]!;

  it('let a draft leave its change record for later, and two versions share a publication date', () => {
    expect(checkNumbering(entry(record('a', 1, 'published'), record('a', 2, 'draft', { changes: undefined })))).toEqual([]);
    expect(
      checkNumbering(
        entry(record('a', 1, 'published', { published: '2026-05-01' }), record('a', 2, 'published', { published: '2026-05-01' })),
      ),
    ).toEqual([]);
  });

  it('name the draft that is not the newest, a missing change record and dates out of order', () => {
    expect(checkNumbering(entry(record('a', 1, 'published'), record('a', 2, 'draft'), record('a', 3, 'published')))).toEqual([
      {
        code: 'draft-not-newest',
        file: 'content/strategies/a/2.mdx',
        field: 'status',
        message: 'is a draft but a later version exists; only the newest version of an entry may be a draft',
      },
    ]);
    expect(checkNumbering(entry(record('a', 1, 'published'), record('a', 2, 'published', { changes: undefined })))).toEqual([
      {
        code: 'changes-missing',
        file: 'content/strategies/a/2.mdx',
        field: 'changes',
        message: 'is missing; every published version after the first records {summary, conclusionsChanged, ratingsChanged}',
      },
    ]);
    expect(
      checkNumbering(
        entry(record('a', 1, 'published', { published: '2026-05-01' }), record('a', 2, 'published', { published: '2026-04-01' })),
      ),
    ).toEqual([
      {
        code: 'published-out-of-order',
        file: 'content/strategies/a/2.mdx',
        field: 'published',
        message: 'found 2026-04-01, earlier than version 1 (2026-05-01); versions are published in order',
      },
    ]);
  });

  const input = ledgerInput;

  it('give the command that fixes each ledger problem', () => {
    expect(checkLedger([input('strategies/a-b/3', 'h3')], {}, LEDGER)).toEqual([
      {
        code: 'not-in-ledger',
        file: 'content/strategies/a-b/3.mdx',
        message:
          'is marked published but is not in the ledger content/versions.lock.json; publish versions with the publish command, which records them',
        fix: 'set "status: draft", then run npm run publish -- strategies/a-b',
      },
    ]);
    expect(checkLedger([input('strategies/a-b/2', 'x', 'draft')], { 'strategies/a-b/2': 'h2' }, LEDGER)).toEqual([
      {
        code: 'published-made-draft',
        file: 'content/strategies/a-b/2.mdx',
        field: 'status',
        message:
          'reuses version number 2, which was published and is recorded in content/versions.lock.json; a published version cannot become a draft',
        fix: 'restore the published file from version control and write changes as the next version',
      },
    ]);
    expect(checkLedger([input('strategies/a-b/2', 'x')], { 'strategies/a-b/2': 'h2' }, LEDGER)).toEqual([
      {
        code: 'ledger-hash-mismatch',
        file: 'content/strategies/a-b/2.mdx',
        message: 'was edited after it was published (its hash no longer matches content/versions.lock.json); published versions are frozen',
        fix: 'restore it (git checkout -- content/strategies/a-b/2.mdx) and put the change in a new version: npm run new -- strategies a-b',
      },
    ]);
    expect(checkLedger([], { 'strategies/a-b/2': 'h2' }, LEDGER)).toEqual([
      {
        code: 'published-deleted',
        file: 'content/strategies/a-b/2.mdx',
        message:
          'was published (it is recorded in content/versions.lock.json) but the file is missing; published versions are never deleted',
        fix: 'restore it from version control: git checkout HEAD -- content/strategies/a-b/2.mdx',
      },
    ]);
  });
});

describe('dates across the review cycle', () => {
  it('add days across months and years, and back', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-01', 90)).toBe('2026-05-30');
    expect(daysBetween('2026-03-01', addDays('2026-03-01', 400))).toBe(400);
  });

  it('land 29 February on 28 February in a century year that is not a leap year', () => {
    expect(addYears('2024-02-29', 76)).toBe('2100-02-28');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
  });

  it('refuse an as-of date with anything before or after it', () => {
    for (const value of ['x2026-01-01', '2026-01-01x', '2026-01-01T00:00']) {
      expect(() => asOfDate({ NIS_AS_OF: value }), value).toThrow(`NIS_AS_OF: found "${value}"; expected a real date written YYYY-MM-DD`);
    }
  });
});

describe('vocabulary look-ups', () => {
  it('find a record by id and name the known ids when it cannot', () => {
    expect(byId(AREAS, 'sensory').label).toBe('Sensory');
    expect(() => byId([{ id: 'a' }, { id: 'b' }], 'c')).toThrow('Unknown id "c"; expected one of: a, b');
  });

  it('refuse an empty vocabulary list', () => {
    expect(idsOf([{ id: 'a' }, { id: 'b' }])).toEqual(['a', 'b']);
    expect(() => idsOf([])).toThrow('A vocabulary list must not be empty');
  });
});

describe('the review dashboard', () => {
  const fixture = checkContent(FIXTURE_CONTENT);
  const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });
  const row = (key: string, kind: DashboardRow['kind'], title = key): DashboardRow => ({
    key,
    kind,
    title,
    url: '/',
    status: 'current',
    lastReviewed: '2024-01-01',
    nextDue: '2027-01-01',
    daysUntilDue: 0,
  });

  it('lists every kind but review records, and filters and counts rows by kind', () => {
    expect(REVIEWED_KINDS.map((k) => k.id)).toEqual(['areas-of-development', 'strategies', 'interventions', 'tools', 'packages']);
    const rows = [row('a', 'strategies'), row('b', 'tools'), row('c', 'strategies')];
    expect(ofKind(rows, 'strategies').map((r) => r.key)).toEqual(['a', 'c']);
    expect(kindCounts(rows)).toEqual([
      { id: 'areas-of-development', label: 'Areas of development', count: 0 },
      { id: 'strategies', label: 'Universal strategies', count: 2 },
      { id: 'interventions', label: 'Interventions', count: 0 },
      { id: 'tools', label: 'Identification tools', count: 1 },
      { id: 'packages', label: 'Specialist Provision Packages', count: 0 },
    ]);
  });

  it('orders rows of the same status and date by title as readers sort it, then by key', () => {
    const rows = [
      row('k2', 'strategies', 'Émile'),
      row('k1', 'strategies', 'zebra'),
      row('k3', 'strategies', 'Emile'),
      row('k0', 'strategies', 'Emile'),
    ];
    expect(rows.sort(compareRows).map((r) => r.key)).toEqual(['k0', 'k3', 'k2', 'k1']);
  });

  it('lists review records newest first, by completion date or else start date, then by key', () => {
    const review = library.get('reviews/fixture-review')!;
    const data = review.current.data as ReviewVersion & { kind: 'reviews' };
    const copy = (slug: string, changes: Partial<ReviewVersion>) => ({
      ...review,
      key: `reviews/${slug}`,
      slug,
      current: { ...review.current, data: { ...data, ...changes } },
    });
    const older = copy('older', { completed: '2026-01-01' });
    const running = copy('running', { state: 'in-progress', completed: undefined, started: '2026-05-16' });
    const sameDay = copy('a-same-day', {});
    const reviews = [older, review, running, sameDay];
    // The library's own list keeps its order: the records are sorted in a copy.
    const withMore = {
      ...library,
      ofKind: (kind: string) => (kind === 'reviews' ? reviews : library.ofKind(kind as never)),
    } as typeof library;
    expect(reviewRecords(withMore).map((r) => r.key)).toEqual([
      'reviews/running',
      'reviews/a-same-day',
      'reviews/fixture-review',
      'reviews/older',
    ]);
    expect(withMore.ofKind('reviews').map((r) => r.key)).toEqual([
      'reviews/older',
      'reviews/fixture-review',
      'reviews/running',
      'reviews/a-same-day',
    ]);
    expect(reviewDate({ ...data, completed: undefined })).toBe('2026-04-01');
    expect(reviewDate(data)).toBe('2026-05-15');
  });

  it('registers each declined recommendation with its review, explanation, date and link', () => {
    expect(declinedRegister(library)).toEqual([
      {
        review: {
          key: 'reviews/fixture-review',
          title: 'Fixture review of language groups',
          url: '/reviews/fixture-review/',
          completed: '2026-05-15',
        },
        id: 'r2',
        text: 'Fund the programme for every school.',
        explanation: 'Funding is outside the scope of the standards.',
        date: '2026-05-20',
        url: '/reviews/fixture-review/#recommendation-r2',
      },
    ]);
  });
});
