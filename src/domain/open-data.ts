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
import { findingObject } from './findings.ts';
import { entryEvidence } from './evidence-rating.ts';
import { isProvision } from './entry-data.ts';
import { EVIDENCE_STRENGTH_IDS, IMPACT_BAND_IDS, VERDICT_IDS } from './vocabulary.ts';
import { NOT_REPORTED, type Finding } from './evidence-types.ts';

/** A computed rating as open data: the rule's label, the label shown after the panel's step, and the step. */
const computedRating = <T extends z.ZodType>(ids: T) =>
  z.strictObject({
    computed: ids,
    shown: ids,
    adjustment: z.strictObject({ direction: z.enum(['up', 'down']), reason: z.string(), because: z.string() }).optional(),
  });

/**
 * The evidence of a provision entry's current version as the rule computes it (issue 15), with the
 * stable ids of the findings it rests on; the findings themselves are at /data/findings.json.
 */
export const evidenceRecordSchema = z.strictObject({
  /** False when the entry's own programme was never evaluated. */
  directlyEvaluated: z.boolean(),
  strength: computedRating(z.enum(EVIDENCE_STRENGTH_IDS)),
  impact: computedRating(z.enum(IMPACT_BAND_IDS)).extend({
    months: z.union([z.number(), z.literal(NOT_REPORTED)]),
    monthsBasis: z.enum(['reported', 'converted', 'none']),
  }),
  verdict: z.strictObject({ id: z.enum(VERDICT_IDS), useInstead: z.array(z.string()) }),
  /** Global ids ("<source-key>/<id>") of the direct findings. */
  findings: z.array(z.string()),
  indirect: z.strictObject({ about: z.string(), findings: z.array(z.string()) }).optional(),
});
export type EvidenceRecord = z.output<typeof evidenceRecordSchema>;

export function evidenceRecord(
  ratings: Parameters<typeof entryEvidence>[0],
  findings: ReadonlyMap<string, Finding>,
  useInstead: readonly string[] = [],
): EvidenceRecord {
  const e = entryEvidence(ratings, findings, useInstead);
  const rated = <R extends { computed: string; shown: string; adjustment?: unknown }>({ computed, shown, adjustment }: R) => ({
    computed,
    shown,
    ...(adjustment ? { adjustment } : {}),
  });
  return {
    directlyEvaluated: e.directlyEvaluated,
    strength: rated(e.strength),
    impact: { ...rated(e.impact), months: e.impact.months, monthsBasis: e.impact.monthsBasis },
    verdict: { id: e.verdict.id, useInstead: e.verdict.useInstead },
    findings: e.findings.map((f) => f.key),
    ...(e.indirect ? { indirect: { about: e.indirect.about, findings: e.indirect.findings.map((f) => f.key) } } : {}),
  } as EvidenceRecord;
}

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
    /** Provision entries: the ratings the rule computes and the findings they rest on. */
    evidence: evidenceRecordSchema.optional(),
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
  evidence?: EvidenceRecord;
}

/** One entry as a record. `site` is the site's origin, for absolute URLs. */
export function toRecord(entry: Entry, site: string, findings: ReadonlyMap<string, Finding> = new Map()): OpenDataRecord {
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
  const data = entry.current.data;
  if (isProvision(data)) record.evidence = evidenceRecord(data.ratings, findings, data.verdict?.useInstead);
  if (entry.clock) {
    record.reviewCycle = { status: entry.clock.status, lastReviewed: entry.clock.lastReviewed, nextDue: entry.clock.nextDue };
  }
  return record;
}

export interface DocumentInput {
  entries: readonly Entry[];
  asOf: string;
  site: string;
  /** Every finding by global id, so each record carries its computed ratings (issue 15). */
  findings?: ReadonlyMap<string, Finding>;
}

const byId = (a: OpenDataRecord, b: OpenDataRecord) => a.id.localeCompare(b.id, 'en');

export function kindDocument(kind: KindId, { entries, asOf, site, findings }: DocumentInput) {
  const records = entries
    .filter((e) => e.kind === kind)
    .map((e) => toRecord(e, site, findings))
    .sort(byId);
  return { licence: OPEN_DATA_LICENCE, publisher: PUBLISHER, asOf, count: records.length, kind, records };
}

export function libraryDocument({ entries, asOf, site, findings }: DocumentInput) {
  const records = entries.map((e) => toRecord(e, site, findings)).sort(byId);
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

// ---- Findings (issue 15) ----

/** One finding as open data: its stable global id "<source-key>/<id>", its source, and every field of the file. */
export const findingRecordSchema = findingObject.extend({
  key: z.string().describe('The stable global id: "<source-key>/<id>".'),
  source: slug.describe('The key of the source in the bibliography.'),
});

export function findingsDocumentSchema() {
  return z.strictObject({ ...envelope, records: z.array(findingRecordSchema) });
}

export const findingsJsonSchema = (site: string) =>
  jsonSchemaFor(findingsDocumentSchema(), new URL(dataPaths.findingsSchema, site).href, `${PUBLISHER}: study findings, open data`);

/** Every finding, ordered by global id, with its id first. */
export function findingsDocument({ findings, asOf }: { findings: ReadonlyMap<string, Finding>; asOf: string }) {
  const records = [...findings.values()]
    .sort((a, b) => a.key.localeCompare(b.key, 'en'))
    .map(({ key, source, ...rest }) => ({ key, source, ...rest }));
  return { licence: OPEN_DATA_LICENCE, publisher: PUBLISHER, asOf, count: records.length, records };
}

/** The findings CSV's columns: every field path of a finding, the effect's as effect.smd, effect.ci and so on. */
export function findingsCsvColumns(): string[] {
  return leafPaths(z.toJSONSchema(findingRecordSchema, { io: 'output', unrepresentable: 'any' }) as JsonSchemaNode, '');
}

/** Every finding as CSV (an interval as "low; high"), one row each, under the same rules as the kinds' CSV. */
export function findingsCsv(input: { findings: ReadonlyMap<string, Finding>; asOf: string }): string {
  const columns = ['key', 'source', ...findingsCsvColumns().filter((c) => c !== 'key' && c !== 'source')];
  const rows = findingsDocument(input).records.map((record) => columns.map((column) => csvCell(pick(record, column))));
  return stringify([columns, ...rows], CSV_OPTIONS);
}
