/**
 * Open data from the fixture library, without building the site: every record carries its review
 * cycle, the CSV's columns hold what their headers say, and the JSON Schemas accept the documents
 * and refuse broken ones. tests/build/open-data.test.ts checks the published files themselves.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary, type Entry } from '../../src/domain/library.ts';
import {
  csvColumns,
  kindCsv,
  kindDocument,
  kindDocumentSchema,
  kindJsonSchema,
  libraryDocument,
  libraryDocumentSchema,
  libraryJsonSchema,
  toRecord,
} from '../../src/domain/open-data.ts';
import { KIND_IDS } from '../../src/domain/vocabulary.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });
const SITE = 'https://example.org/';
const input = { entries: library.entries, asOf: FIXTURE_AS_OF, site: SITE };
const entry = (key: string) => library.get(key)!;

/** The fixture entry with other data in its current version, to reach cells the fixture lacks. */
function withData(key: string, changes: Record<string, unknown>): Entry {
  const e = entry(key);
  return { ...e, current: { ...e.current, data: { ...e.current.data, ...changes } as Entry['current']['data'] } };
}

describe('records', () => {
  it('carry identity, absolute URLs, the review cycle and the current version metadata without its kind', () => {
    const e = entry('interventions/fixture-language-groups');
    const { kind: _kind, ...metadata } = e.current.data;
    expect(toRecord(e, SITE)).toEqual({
      id: 'interventions/fixture-language-groups',
      kind: 'interventions',
      slug: 'fixture-language-groups',
      version: 2,
      url: 'https://example.org/interventions/fixture-language-groups/',
      versionUrl: 'https://example.org/interventions/fixture-language-groups/v2/',
      reviewCycle: { status: 'current', lastReviewed: '2026-05-15', nextDue: '2028-05-15' },
      metadata,
      evidence: expect.objectContaining({ strength: { computed: 'strong', shown: 'strong' }, findings: [] }),
    });
    expect(metadata).toMatchObject({ title: 'Fixture language groups', status: 'published', layer: 'targeted' });
  });

  it('give every entry with a clock its own review cycle', () => {
    const records = libraryDocument(input).records;
    const cycles = Object.fromEntries(records.map((r) => [r.id, r.reviewCycle]));
    expect(cycles['strategies/fixture-now-and-next-boards']).toEqual({
      status: 'overdue',
      lastReviewed: '2024-09-02',
      nextDue: '2026-09-02',
    });
    expect(cycles['packages/fixture-package']).toEqual({ status: 'current', lastReviewed: '2026-03-01', nextDue: '2031-03-01' });
    for (const record of records.filter((r) => r.kind !== 'reviews')) {
      const clock = entry(record.id).clock!;
      expect(record.reviewCycle, record.id).toEqual({ status: clock.status, lastReviewed: clock.lastReviewed, nextDue: clock.nextDue });
    }
  });

  it('leave the review cycle out of a review record (reviews have no cycle)', () => {
    const record = toRecord(entry('reviews/fixture-review'), SITE);
    expect('reviewCycle' in record).toBe(false);
    expect(record.metadata).toMatchObject({ reviewType: 'out-of-cycle', state: 'completed' });
  });
});

describe('documents', () => {
  const envelope = {
    licence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    publisher: 'National Inclusion Standards',
    asOf: FIXTURE_AS_OF,
  };

  it('hold one kind, sorted by id, with the licence, publisher, date and count', () => {
    const document = kindDocument('strategies', input);
    expect(document).toEqual({
      ...envelope,
      count: 2,
      kind: 'strategies',
      records: [
        toRecord(entry('strategies/fixture-now-and-next-boards'), SITE),
        toRecord(entry('strategies/fixture-visual-timetables'), SITE),
      ],
    });
    const reversed = { ...input, entries: [...library.entries].reverse() };
    expect(kindDocument('strategies', reversed)).toEqual(document);
    expect(libraryDocument(reversed)).toEqual(libraryDocument(input));
  });

  it('hold every entry of the library, sorted by id rather than by title', () => {
    const document = libraryDocument(input);
    const ids = library.entries.map((e) => e.key);
    expect(document).toMatchObject({ ...envelope, count: ids.length });
    expect('kind' in document).toBe(false);
    expect(document.records.map((r) => r.id)).toEqual([...ids].sort());
    expect(ids).not.toEqual([...ids].sort());
  });
});

describe('the CSV', () => {
  it('starts with the fixed columns, then every metadata field, nested ones dotted', () => {
    expect(csvColumns('interventions')).toEqual([
      ...['id', 'kind', 'slug', 'version', 'url', 'versionUrl', 'reviewStatus', 'lastReviewed', 'nextReviewDue'],
      ...[
        'title',
        'summary',
        'status',
        'published',
        'changes.summary',
        'changes.conclusionsChanged',
        'changes.ratingsChanged',
        'review',
        'sample',
        'sources',
      ],
      ...[
        'areas',
        'components',
        'phases',
        'ratings.strength.value',
        'ratings.strength.sources',
        'ratings.strength.note',
        'ratings.strength.findings',
        'ratings.strength.adjust.direction',
        'ratings.strength.adjust.reason',
        'ratings.strength.adjust.because',
        'ratings.impact.months',
      ],
      ...[
        'ratings.impact.value',
        'ratings.impact.sources',
        'ratings.impact.note',
        'ratings.impact.findings',
        'ratings.impact.adjust.direction',
        'ratings.impact.adjust.reason',
        'ratings.impact.adjust.because',
        'ratings.cost.value',
        'ratings.cost.sources',
        'ratings.cost.note',
        'ratings.indirect.about',
        'ratings.indirect.findings',
        'verdict.useInstead',
      ],
      ...['related', 'forFamilies', 'noticed', 'layer', 'delivery', 'deliveredBy', 'duration', 'training'],
    ]);
    expect(csvColumns('packages')).toEqual(expect.arrayContaining(['resources.staffing', 'resources.training', 'resources.equipment']));
  });

  // Rows written out cell by cell: the CSV is published, so its bytes are what the tests hold.
  // Empty cells for the issue 15 fields these legacy versions do not use: findings and adjust on
  // strength and impact, then indirect evidence and verdict after cost.
  const withFindingsColumns = (row: string[]) => [
    ...row.slice(0, 25),
    ...['', '', '', ''],
    ...row.slice(25, 29),
    ...['', '', '', ''],
    ...row.slice(29, 32),
    ...['', '', ''],
    ...row.slice(32),
  ];
  const boards = withFindingsColumns([
    'strategies/fixture-now-and-next-boards',
    'strategies',
    'fixture-now-and-next-boards',
    '1',
    'https://example.org/strategies/fixture-now-and-next-boards/',
    'https://example.org/strategies/fixture-now-and-next-boards/v1/',
    'overdue',
    '2024-09-02',
    '2026-09-02',
    'Fixture now-and-next boards',
    '"A two-part board showing the current activity and the one that follows, to ease transitions. Published in 2024 and never reviewed, so its review is overdue in the fixture."',
    'published',
    '2024-09-02',
    '',
    '',
    '',
    '',
    'true',
    '',
    'executive-function',
    'planning-and-organisation',
    'primary',
    'practice-based',
    '',
    '',
    '',
    'unknown',
    '',
    '',
    'very-low',
    'eef-send-2020',
    '',
    '',
    '',
    '',
    'inclusive-environments',
    'one-to-one',
    '',
    '',
  ]);
  const timetables = withFindingsColumns([
    'strategies/fixture-visual-timetables',
    'strategies',
    'fixture-visual-timetables',
    '1',
    'https://example.org/strategies/fixture-visual-timetables/',
    'https://example.org/strategies/fixture-visual-timetables/v1/',
    'current',
    '2026-03-01',
    '2028-03-01',
    'Fixture visual timetables',
    'A picture sequence of the day so that children can anticipate what comes next.',
    'published',
    '2026-03-01',
    '',
    '',
    '',
    '',
    'true',
    '',
    'executive-function; speech-language-communication',
    'planning-and-organisation; communication',
    'early-years; primary',
    'practice-based',
    '',
    '',
    '',
    'unknown',
    '',
    '',
    'very-low',
    'eef-send-2020',
    '',
    '',
    '',
    'Loses track of instructions when the day changes without warning',
    'teaching-and-curriculum; inclusive-environments',
    'whole-class',
    '',
    '',
  ]);
  const csv = (kind: 'strategies' | 'reviews', ...rows: string[][]) =>
    [csvColumns(kind).join(','), ...rows.map((row) => row.join(',')), ''].join('\r\n');

  it('writes a header, then one row per record: the review cycle under its own headers, lists joined, empty cells empty', () => {
    expect(csvColumns('strategies').slice(6, 9)).toEqual(['reviewStatus', 'lastReviewed', 'nextReviewDue']);
    expect(kindCsv('strategies', input)).toBe(csv('strategies', boards, timetables));
  });

  it('writes a review record with no review cycle and its lists of objects as JSON', () => {
    const review = [
      'reviews/fixture-review',
      'reviews',
      'fixture-review',
      '1',
      'https://example.org/reviews/fixture-review/',
      'https://example.org/reviews/fixture-review/v1/',
      '',
      '',
      '',
      'Fixture review of language groups',
      'An out-of-cycle review after a new evaluation.',
      'published',
      '2026-05-20',
      '',
      '',
      '',
      '',
      'true',
      '',
      'out-of-cycle',
      'A new scale-up evaluation was published.',
      'completed',
      '2026-04-01',
      '2026-05-15',
      '"{""entry"":""interventions/fixture-language-groups"",""version"":1}"',
      'Independent chair; Speech and language therapist',
      'The newer evaluation supports a stronger rating.',
      '"{""id"":""r1"",""text"":""Raise the strength rating."",""response"":{""decision"":""accepted"",""date"":""2026-05-20""}}; ' +
        '{""id"":""r2"",""text"":""Fund the programme for every school."",""response"":{""decision"":""declined"",""explanation"":""Funding is outside the scope of the standards."",""date"":""2026-05-20""}}"',
      '', // appraisal (issue 15): none recorded
    ];
    expect(kindCsv('reviews', input)).toBe(csv('reviews', review));
  });

  it('quotes a field with a comma, a quote or a line break (RFC 4180), and only those', () => {
    const cases: [string, string][] = [
      ['a, b', '"a, b"'],
      ['say "hi"', '"say ""hi"""'],
      ['one\ntwo', '"one\ntwo"'],
      ['one\r\ntwo', '"one\r\ntwo"'],
      ['plain text', 'plain text'],
    ];
    for (const [title, cell] of cases) {
      const expected = [...timetables];
      expected[9] = cell;
      expect(kindCsv('strategies', { ...input, entries: [withData('strategies/fixture-visual-timetables', { title })] }), title).toBe(
        csv('strategies', expected),
      );
    }
  });

  it('writes a missing value or group as an empty cell, and a value that is not text as JSON', () => {
    const e = withData('strategies/fixture-visual-timetables', {
      title: { en: 'Timetables' },
      summary: null,
      published: undefined,
      changes: null,
    });
    const expected = [...timetables];
    expected.splice(9, 4, '"{""en"":""Timetables""}"', '', 'published', '');
    expect(kindCsv('strategies', { ...input, entries: [e] })).toBe(csv('strategies', expected));
  });

  it('holds only the header for a kind with no entries', () => {
    expect(kindCsv('interventions', input).split('\r\n')).toHaveLength(4);
    expect(kindCsv('interventions', { ...input, entries: [] })).toBe(`${csvColumns('interventions').join(',')}\r\n`);
  });
});

describe('JSON Schemas of the documents', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = (schema: Record<string, unknown>, document: unknown) => {
    const check = ajv.compile(schema);
    return check(JSON.parse(JSON.stringify(document))) ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };

  it.each(KIND_IDS)('describe the %s document, which validates against it', (kind) => {
    const schema = kindJsonSchema(kind, SITE);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://example.org/data/schema/${kind}.json`);
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
    expect(validate(schema, kindDocument(kind, input))).toEqual([]);
    expect(kindDocumentSchema(kind).safeParse(JSON.parse(JSON.stringify(kindDocument(kind, input)))).success).toBe(true);
  });

  it('name the kind and the publisher in their titles', () => {
    expect(kindJsonSchema('interventions', SITE).title).toBe('Interventions: National Inclusion Standards open data');
    expect(libraryJsonSchema(SITE)).toMatchObject({
      $id: 'https://example.org/data/schema/library.json',
      title: 'National Inclusion Standards: every entry, open data',
    });
  });

  it('describe the library document, which validates against it', () => {
    const document = JSON.parse(JSON.stringify(libraryDocument(input)));
    expect(validate(libraryJsonSchema(SITE), document)).toEqual([]);
    expect(libraryDocumentSchema().safeParse(document).success).toBe(true);
  });

  it('refuse a record that breaks them', () => {
    const good = JSON.parse(JSON.stringify(kindDocument('interventions', input)));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- breaking a document on purpose, field by field
    const broken = (change: (record: Record<string, any>, document: Record<string, any>) => void) => {
      const document = structuredClone(good);
      change(document.records[0], document);
      return kindDocumentSchema('interventions').safeParse(document).success;
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((r) => (r.version = 0))).toBe(false);
    expect(broken((r) => (r.version = 1.5))).toBe(false);
    expect(broken((r) => (r.url = 'ftp://example.org/x/'))).toBe(false);
    expect(broken((r) => (r.url = 'see https://example.org/x/'))).toBe(false);
    expect(broken((r) => (r.versionUrl = 'https://example.org/a b/'))).toBe(false);
    expect(broken((r) => (r.versionUrl = 'http://example.org/x/'))).toBe(true);
    expect(broken((r) => (r.kind = 'tools'))).toBe(false);
    expect(broken((r) => (r.slug = 'Not A Slug'))).toBe(false);
    expect(broken((r) => (r.reviewCycle.status = 'late'))).toBe(false);
    expect(broken((r) => (r.reviewCycle.nextDue = '2028-02-30'))).toBe(false);
    expect(broken((r) => (r.reviewCycle.extra = true))).toBe(false);
    expect(broken((r) => delete r.reviewCycle)).toBe(true);
    expect(broken((r) => (r.metadata.ratings.strength.value = 'excellent'))).toBe(false);
    expect(broken((r) => (r.extra = 1))).toBe(false);
    expect(broken((_r, d) => (d.count = -1))).toBe(false);
    expect(broken((_r, d) => (d.count = 0.5))).toBe(false);
    expect(broken((_r, d) => (d.licence.url = 'not a url'))).toBe(false);
    expect(broken((_r, d) => (d.asOf = '22/11/2026'))).toBe(false);
  });
});
