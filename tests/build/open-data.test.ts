/**
 * Open data: /data/<kind>.json and /data/library.json validate against the published JSON Schemas
 * (draft 2020-12, generated from the zod content schemas), /data/<kind>.csv carries the same
 * records with proper quoting, and the sitemap lists every page but those that ask not to be
 * indexed, with robots.txt pointing at it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { KIND_IDS } from '../../src/domain/vocabulary.ts';
import { csvField, cellText, kindCsv, kindDocument } from '../../src/domain/open-data.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary, type Entry } from '../../src/domain/library.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT, FIXTURE_DIST, page, textOf } from '../helpers/fixture.ts';
import { builtPages } from '../../src/built-site/pages.ts';
import { sitemapFiles, sitemapPaths } from '../helpers/sitemap.ts';
import { FILES } from '../../src/domain/routes.ts';

const json = (path: string) => JSON.parse(readFileSync(join(FIXTURE_DIST, path), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const validatorFor = (schemaPath: string) => {
  const schema = json(schemaPath);
  return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
};

/** A small RFC 4180 reader, to prove the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('open data files', () => {
  const library = json('data/library.json');

  it.each(KIND_IDS)('/data/%s.json validates against /data/schema/<kind>.json', (kind) => {
    const document = json(`data/${kind}.json`);
    const validate = validatorFor(`data/schema/${kind}.json`);
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(document.kind).toBe(kind);
    expect(document.count).toBe(document.records.length);
    expect(document.licence.name).toBe('Open Government Licence v3.0');
    for (const record of document.records) {
      // The canonical URL is a built page, and the version number is the current one.
      const path = new URL(record.url).pathname;
      expect(existsSync(join(FIXTURE_DIST, path, 'index.html')), path).toBe(true);
      expect(record.versionUrl).toBe(`${record.url}v${record.version}/`);
      expect(existsSync(join(FIXTURE_DIST, path, `v${record.version}`, 'index.html'))).toBe(true);
      expect(existsSync(join(FIXTURE_DIST, path, `v${record.version + 1}`))).toBe(false);
    }
  });

  it('/data/library.json validates and holds every record of every kind', () => {
    const validate = validatorFor('data/schema/library.json');
    expect(validate(library), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const total = KIND_IDS.reduce((n, kind) => n + json(`data/${kind}.json`).count, 0);
    expect(library.count).toBe(total);
    expect(total).toBeGreaterThan(5);
  });

  it('the schema rejects a record that breaks it (the gate can fail)', () => {
    const document = json('data/interventions.json');
    const validate = validatorFor('data/schema/interventions.json');
    const broken = structuredClone(document);
    broken.records[0].metadata.ratings.strength.value = 'excellent';
    delete broken.records[0].version;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/records/0', '/records/0/metadata/ratings/strength/value']),
    );
  });

  it.each(KIND_IDS)('/data/%s.csv has one row per record with the JSON values', (kind) => {
    const text = readFileSync(join(FIXTURE_DIST, `data/${kind}.csv`), 'utf8');
    const [header, ...rows] = parseCsv(text);
    const document = json(`data/${kind}.json`);
    expect(rows).toHaveLength(document.records.length);
    expect(header!.slice(0, 4)).toEqual(['id', 'kind', 'slug', 'version']);
    for (const [i, record] of document.records.entries()) {
      const row = Object.fromEntries(header!.map((h, j) => [h, rows[i]![j]]));
      expect(row.id).toBe(record.id);
      expect(row.version).toBe(String(record.version));
      expect(row.url).toBe(record.url);
      expect(row.title).toBe(record.metadata.title);
      expect(row.summary).toBe(record.metadata.summary);
      if ('phases' in record.metadata) expect(row.phases).toBe(record.metadata.phases.join('; '));
      if ('ratings' in record.metadata) expect(row['ratings.strength.value']).toBe(record.metadata.ratings.strength.value);
    }
  });

  it('quotes CSV fields properly', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(cellText(['a', 'b'])).toBe('a; b');
    expect(cellText(undefined)).toBe('');
    expect(parseCsv(`x,y\r\n${csvField('a, "b"\nc')},2\r\n`)).toEqual([
      ['x', 'y'],
      ['a, "b"\nc', '2'],
    ]);
    expect(kindCsv('tools', { entries: [], asOf: '2026-11-22', site: 'https://x.example/' }).split('\r\n')[0]).toContain(
      'ratings.cost.value',
    );
  });

  it('the open data page links every file and the licence, and the footer links it', () => {
    const html = page('/open-data/');
    for (const kind of KIND_IDS)
      for (const file of [`/data/${kind}.json`, `/data/${kind}.csv`, `/data/schema/${kind}.json`]) expect(html).toContain(`href="${file}"`);
    expect(html).toContain('href="/data/library.json"');
    expect(html).toContain('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(page('/')).toContain('href="/open-data/"');
  });
});

describe('formulas in the CSV (CSV injection)', () => {
  const read = checkContent(FIXTURE_CONTENT);
  const entry = buildLibrary(read.records, read.sources, { asOf: FIXTURE_AS_OF }).get('interventions/fixture-language-groups')!;
  const site = 'https://x.example/';
  /** The fixture's entry with another summary and months figure, as a probe entry would publish them. */
  const probe = (summary: string, months: number): Entry => {
    const data = entry.current.data;
    if (data.kind !== 'interventions') throw new Error('the probe is an intervention');
    const ratings = { ...data.ratings, impact: { ...data.ratings.impact, value: 'none' as const, months } };
    return { ...entry, current: { ...entry.current, data: { ...data, summary, ratings } } };
  };
  /** The row of the only record, by column. */
  const csvRow = (input: Entry) => {
    const [header, row] = parseCsv(kindCsv('interventions', { entries: [input], asOf: FIXTURE_AS_OF, site }));
    return Object.fromEntries(header!.map((column, i) => [column, row![i]!]));
  };
  const hyperlink = '=HYPERLINK("http://example.org","click")';

  it('puts an apostrophe before a summary that would run as a formula; the JSON keeps it as written', () => {
    expect(csvRow(probe(hyperlink, -2)).summary).toBe(`'${hyperlink}`);
    const [record] = kindDocument('interventions', { entries: [probe(hyperlink, -2)], asOf: FIXTURE_AS_OF, site }).records;
    expect(JSON.parse(JSON.stringify(record)).metadata.summary).toBe(hyperlink);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a cell beginning %j', (text) => {
    expect(csvRow(probe(text, 2)).summary).toBe(`'${text}`);
  });

  it('leaves numbers, a negative months figure included, and text that only contains the characters', () => {
    const row = csvRow(probe('Costs = time + effort, -ish', -2));
    expect(row['ratings.impact.months']).toBe('-2');
    expect(row.version).toBe(String(entry.current.version));
    expect(row.summary).toBe('Costs = time + effort, -ish');
  });

  it('says so on the open data page', () => {
    expect(textOf(page('/open-data/'))).toMatch(/begins with = , \+ , - or @ , a tab or a carriage return has an apostrophe \( ' \)/);
  });
});

describe('sitemap and feed discovery', () => {
  it('the sitemap lists every built page except those that ask not to be indexed (the 404, current-version pointers)', () => {
    const listed = sitemapPaths();
    const noindex = builtPages(FIXTURE_DIST)
      .filter((p) => readFileSync(p.file, 'utf8').includes('<meta name="robots" content="noindex"'))
      .map((p) => p.path);
    expect(noindex).toEqual(
      expect.arrayContaining(['/404.html', '/interventions/fixture-language-groups/v2/', '/strategies/fixture-visual-timetables/v1/']),
    );
    expect(listed).toEqual(
      builtPages(FIXTURE_DIST)
        .map((p) => p.path)
        .filter((path) => !noindex.includes(path)),
    );
    expect(listed).toContain('/interventions/fixture-language-groups/v1/');
    expect(listed).toEqual(expect.arrayContaining(['/', '/open-data/', '/interventions/']));
    expect(readFileSync(join(FIXTURE_DIST, FILES.sitemap), 'utf8')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(sitemapFiles()).toEqual(['/sitemap-0.xml']);
    expect(readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
  });

  it('dates each entry page by its current version, or a later review record covering it; other pages have no date', () => {
    const xml = readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8');
    const dated = Object.fromEntries(
      [...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [new URL(m[1]!).pathname, m[2]]),
    );
    const library = JSON.parse(readFileSync(join(FIXTURE_DIST, 'data/library.json'), 'utf8')) as { records: { url: string }[] };
    expect(Object.keys(dated).sort()).toEqual(library.records.map((r) => new URL(r.url).pathname).sort());
    // Version 2 (1 June) is later than the review that covered version 1 (published 20 May).
    expect(dated['/interventions/fixture-language-groups/']).toBe('2026-06-01T00:00:00.000Z');
    expect(dated['/reviews/fixture-review/']).toBe('2026-05-20T00:00:00.000Z');
    expect(dated['/strategies/fixture-now-and-next-boards/']).toBe('2024-09-02T00:00:00.000Z');
  });

  it('robots.txt points crawlers at the sitemap index', () => {
    const robots = readFileSync(join(FIXTURE_DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(new URL(sitemap!).pathname).toBe(FILES.sitemap);
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
  });

  it('every page links the Atom feed from its head', () => {
    const missing = [...sitemapPaths(), '/404.html'].filter((path) => {
      const head = page(path).split('</head>')[0]!;
      return !/<link rel="alternate" type="application\/atom\+xml"[^>]* href="\/feed.xml"/.test(head);
    });
    expect(missing).toEqual([]);
  });
});
