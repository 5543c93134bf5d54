/**
 * The library as open data: one record per entry (its current version number, every metadata field
 * of that version and its canonical URL), the documents published at /data/<kind>.json and
 * /data/library.json, their CSV form, and JSON Schemas generated from the same zod schemas that
 * validate the content, so the published schema can never drift from the content model. Pure: the
 * endpoints in src/pages/data/ only hand this module the library and the site URL.
 */
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import { SCHEMAS, isoDate, slug } from './schemas.ts';
import { KIND_IDS, REVIEW_STATUS_IDS, type KindId } from './vocabulary.ts';
import type { Entry } from './library.ts';
import { SITE_NAME, kindLabel } from './labels.ts';
import { dataPaths, versionUrl } from './routes.ts';

export const OPEN_DATA_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;
export const PUBLISHER = SITE_NAME;

// Web addresses as a pattern, not z.url(): JSON Schema's "format" is not checked by most validators.
const absoluteUrl = z.string().regex(/^https?:\/\/\S+$/);

/** The schema of one published record of a kind: identity, URLs, review clock and the version's metadata. */
export function recordSchema<K extends KindId>(kind: K) {
  return z.strictObject({
    /** "<kind>/<slug>", the key other entries use to refer to this one. */
    id: z.string(),
    kind: z.literal(kind),
    slug,
    /** The number of the current published version. */
    version: z.number().int().positive(),
    /** The stable URL of the entry, always showing the current version. */
    url: absoluteUrl,
    /** The permanent URL of this version. */
    versionUrl: absoluteUrl,
    /** Where the evidence stands in its review cycle on the date the site was built. */
    reviewCycle: z
      .strictObject({
        status: z.enum(REVIEW_STATUS_IDS),
        lastReviewed: isoDate,
        nextDue: isoDate,
      })
      .optional(),
    /** Every frontmatter field of the current version, as validated by the content schema. */
    metadata: SCHEMAS[kind] as (typeof SCHEMAS)[K],
  });
}

const envelope = {
  licence: z.strictObject({ name: z.string(), url: absoluteUrl }),
  publisher: z.string(),
  /** The date the site was built; review statuses are worked out against it. */
  asOf: isoDate,
  count: z.number().int().nonnegative(),
};

export function kindDocumentSchema<K extends KindId>(kind: K) {
  return z.strictObject({ ...envelope, kind: z.literal(kind), records: z.array(recordSchema(kind)) });
}

export function libraryDocumentSchema() {
  const records = KIND_IDS.map((kind) => recordSchema(kind));
  return z.strictObject({
    ...envelope,
    records: z.array(z.discriminatedUnion('kind', records as unknown as [ReturnType<typeof recordSchema>])),
  });
}

/**
 * JSON Schema (draft 2020-12) of a published document. Generated for the OUTPUT of the schemas,
 * which is what the JSON carries (defaults filled, dates as strings); refinements that JSON Schema
 * cannot express (superRefine cross-field rules) are dropped rather than failing the build.
 */
export function jsonSchemaFor(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, ...rest };
}

export const kindJsonSchema = (kind: KindId, site: string) =>
  jsonSchemaFor(
    kindDocumentSchema(kind),
    new URL(dataPaths.schema(kind), site).href,
    `${kindLabel(kind, 'plural')}: ${PUBLISHER} open data`,
  );

export const libraryJsonSchema = (site: string) =>
  jsonSchemaFor(libraryDocumentSchema(), new URL(dataPaths.librarySchema, site).href, `${PUBLISHER}: every entry, open data`);

export interface OpenDataRecord {
  id: string;
  kind: KindId;
  slug: string;
  version: number;
  url: string;
  versionUrl: string;
  reviewCycle?: { status: string; lastReviewed: string; nextDue: string };
  metadata: Record<string, unknown>;
}

/** One entry as a record. `site` is the site's origin, for absolute URLs. */
export function toRecord(entry: Entry, site: string): OpenDataRecord {
  const { kind: _kind, ...metadata } = entry.current.data;
  const record: OpenDataRecord = {
    id: entry.key,
    kind: entry.kind,
    slug: entry.slug,
    version: entry.current.version,
    url: new URL(entry.url, site).href,
    versionUrl: new URL(versionUrl(entry.kind, entry.slug, entry.current.version), site).href,
    metadata,
  };
  if (entry.clock) {
    record.reviewCycle = { status: entry.clock.status, lastReviewed: entry.clock.lastReviewed, nextDue: entry.clock.nextDue };
  }
  return record;
}

export interface DocumentInput {
  entries: readonly Entry[];
  asOf: string;
  site: string;
}

const byId = (a: OpenDataRecord, b: OpenDataRecord) => a.id.localeCompare(b.id, 'en');

export function kindDocument(kind: KindId, { entries, asOf, site }: DocumentInput) {
  const records = entries
    .filter((e) => e.kind === kind)
    .map((e) => toRecord(e, site))
    .sort(byId);
  return { licence: OPEN_DATA_LICENCE, publisher: PUBLISHER, asOf, count: records.length, kind, records };
}

export function libraryDocument({ entries, asOf, site }: DocumentInput) {
  const records = entries.map((e) => toRecord(e, site)).sort(byId);
  return { licence: OPEN_DATA_LICENCE, publisher: PUBLISHER, asOf, count: records.length, records };
}

// ---- CSV ----

const FIXED_COLUMNS = ['id', 'kind', 'slug', 'version', 'url', 'versionUrl', 'reviewStatus', 'lastReviewed', 'nextReviewDue'] as const;

/** The columns of a kind's CSV: fixed identity columns, then every metadata field path in schema order. */
export function csvColumns(kind: KindId): string[] {
  const schema = z.toJSONSchema(SCHEMAS[kind], { io: 'output', unrepresentable: 'any' }) as JsonSchemaNode;
  return [...FIXED_COLUMNS, ...leafPaths(schema, '')];
}

interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
}

/** Nested objects become dotted columns (ratings.strength.value); anything else is one column. */
function leafPaths(node: JsonSchemaNode, prefix: string): string[] {
  if (node.type !== 'object' || !node.properties) return [prefix];
  return Object.entries(node.properties).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** A cell's text: lists joined with "; ", objects inside lists written as compact JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value))
    return value.map((item) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A cell as csv-stringify gets it: numbers stay numbers (so formula escaping leaves "-3" months alone), the rest is text. */
const csvCell = (value: unknown): string | number => (typeof value === 'number' ? value : cellText(value));

/**
 * RFC 4180 as csv-stringify writes it: CRLF line ends (a last one too), a field quoted only when it
 * holds a comma, a quote or a line break, quotes doubled. quote_record_delimiter: with a record
 * delimiter set, csv-stringify would otherwise leave a lone "\n" or "\r" in a field unquoted.
 * escape_formulas: text beginning with =, +, -, @, a tab or a carriage return (or a full-width
 * =, +, -, @) gets an apostrophe in front, so a spreadsheet shows it rather than running it as a
 * formula (OWASP's advice on CSV injection); numbers are left as they are. The JSON keeps the text
 * as written.
 */
const CSV_OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true } as const;

/** One field as it stands in the CSV, quoted if it needs to be. */
export const csvField = (text: string): string => stringify([[text]], { ...CSV_OPTIONS, eof: false });

const pick = (object: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      object,
    );

/** A kind's records as CSV text (CRLF line ends, header row first). */
export function kindCsv(kind: KindId, input: DocumentInput): string {
  const columns = csvColumns(kind);
  const rows = kindDocument(kind, input).records.map((record) => {
    const fixed: Record<string, unknown> = {
      id: record.id,
      kind: record.kind,
      slug: record.slug,
      version: record.version,
      url: record.url,
      versionUrl: record.versionUrl,
      reviewStatus: record.reviewCycle?.status,
      lastReviewed: record.reviewCycle?.lastReviewed,
      nextReviewDue: record.reviewCycle?.nextDue,
    };
    return columns.map((column, i) => (i < FIXED_COLUMNS.length ? fixed[column] : pick(record.metadata, column)));
  });
  return stringify([columns, ...rows.map((row) => row.map(csvCell))], CSV_OPTIONS);
}
