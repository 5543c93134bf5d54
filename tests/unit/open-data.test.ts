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

/** A small RFC 4180 reader: rows of fields, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

/** A kind's CSV as one object per row, keyed by the header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

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
    });
    expect(metadata).toMatchObject({ title: 'Fixture language groups', status: 'published', layer: 'targeted' });
  });

  it('give every entry with a clock its own review cycle', () => {
    const records = libraryDocument(input).records;
    const cycles = Object.fromEntries(records.map((r) => [r.id, r.reviewCycle]));
    expect(cycles['strategies/fixture-now-and-next-boards']).toEqual({ status: 'overdue', lastReviewed: '2024-09-02', nextDue: '2026-09-02' });
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
      records: [toRecord(entry('strategies/fixture-now-and-next-boards'), SITE), toRecord(entry('strategies/fixture-visual-timetables'), SITE)],
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
      ...['title', 'summary', 'status', 'published', 'changes.summary', 'changes.conclusionsChanged', 'changes.ratingsChanged', 'review', 'sample', 'sources'],
      ...['areas', 'components', 'phases', 'ratings.strength.value', 'ratings.strength.sources', 'ratings.strength.note', 'ratings.impact.months'],
      ...['ratings.impact.value', 'ratings.impact.sources', 'ratings.impact.note', 'ratings.cost.value', 'ratings.cost.sources', 'ratings.cost.note'],
      ...['related', 'layer', 'delivery', 'deliveredBy', 'duration', 'training'],
    ]);
    expect(csvColumns('packages')).toEqual(expect.arrayContaining(['resources.staffing', 'resources.training', 'resources.equipment']));
  });

  it('puts the review cycle under its own headers: status, last reviewed, next review due', () => {
    const rows = csvRecords(kindCsv('strategies', input));
    expect(rows.map((r) => [r.id, r.reviewStatus, r.lastReviewed, r.nextReviewDue])).toEqual([
      ['strategies/fixture-now-and-next-boards', 'overdue', '2024-09-02', '2026-09-02'],
      ['strategies/fixture-visual-timetables', 'current', '2026-03-01', '2028-03-01'],
    ]);
  });

  it('writes each record as a row of text: numbers, booleans, lists and empty cells', () => {
    const [row] = csvRecords(kindCsv('interventions', input));
    expect(row).toMatchObject({
      id: 'interventions/fixture-language-groups',
      kind: 'interventions',
      slug: 'fixture-language-groups',
      version: '2',
      url: 'https://example.org/interventions/fixture-language-groups/',
      versionUrl: 'https://example.org/interventions/fixture-language-groups/v2/',
      summary: 'Small-group and one-to-one oral language sessions for reception children, led by a trained teaching assistant.',
      'changes.ratingsChanged': 'true',
      'ratings.impact.months': '4',
      'ratings.strength.sources': 'eef-neli-2020',
      'ratings.strength.note': '',
      delivery: 'small-group; one-to-one',
      sources: '',
      training: '',
    });
  });

  it('writes a review record with no review cycle and its lists of objects as JSON', () => {
    const [row] = csvRecords(kindCsv('reviews', input));
    expect(row).toMatchObject({ id: 'reviews/fixture-review', reviewStatus: '', lastReviewed: '', nextReviewDue: '' });
    expect(row!.covers).toBe('{"entry":"interventions/fixture-language-groups","version":1}');
    expect(JSON.parse(`[${row!.recommendations!.split('; ').join(',')}]`)).toHaveLength(2);
  });

  it('quotes a field with a comma, a quote or a line break (RFC 4180), and only those, with CRLF line ends', () => {
    const cases = { comma: 'a, b', quote: 'say "hi"', lf: 'one\ntwo', crlf: 'one\r\ntwo', plain: 'plain text' };
    const entries = Object.entries(cases).map(([name, title]) => withData(`strategies/fixture-${name === 'plain' ? 'visual-timetables' : 'now-and-next-boards'}`, { title }));
    const texts = entries.map((e) => kindCsv('strategies', { ...input, entries: [e] }));
    for (const [i, title] of Object.values(cases).entries()) {
      expect(csvRecords(texts[i]!)[0]!.title).toBe(title);
    }
    expect(texts[0]).toContain(',"a, b",');
    expect(texts[1]).toContain(',"say ""hi""",');
    expect(texts[2]).toContain(',"one\ntwo",');
    expect(texts[3]).toContain(',"one\r\ntwo",');
    expect(texts[4]).toContain(',plain text,');
    for (const text of texts) expect(text.endsWith('\r\n')).toBe(true);
    expect(texts[4]!.split('\r\n')).toHaveLength(3);
  });

  it('writes an empty list as an empty cell, and a value that is not text as JSON', () => {
    const e = withData('strategies/fixture-visual-timetables', { sources: [], title: { en: 'Timetables' }, summary: null, published: undefined, changes: null });
    const [row] = csvRecords(kindCsv('strategies', { ...input, entries: [e] }));
    expect(row).toMatchObject({ sources: '', title: '{"en":"Timetables"}', summary: '', published: '', 'changes.summary': '' });
  });

  it('holds a header row and one row per record of the kind, and nothing for a kind with no entries', () => {
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
