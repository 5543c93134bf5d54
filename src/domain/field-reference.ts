/**
 * The frontmatter field reference for editors (docs/field-reference.md), generated from the zod
 * schemas and the vocabulary so that it cannot drift from what `npm run check` accepts. Each schema
 * becomes JSON Schema (zod's own conversion, as for open data) and each field a table row: its
 * `.describe()` text, whether it is required, and its allowed values in words, with the
 * vocabulary's labels. A field without a description, or a shape this module has no words for,
 * throws: the test that compares the committed file then fails with the reason.
 */
import { z } from 'zod';
import { SCHEMAS, entryRef, isoDate, slug, sourceSchema } from './schemas.ts';
import { findingObject, findingsFile } from './findings.ts';
import {
  AREAS,
  COMPONENTS,
  DELIVERY_MODES,
  ENTRY_KINDS,
  LAYERS,
  PHASES,
  RATING_SCALES,
  RESPONSE_DECISIONS,
  REVIEW_STATES,
  REVIEW_TYPES,
  SOURCE_TYPES,
  UNIVERSAL_OFFER_COMPONENTS,
  byId,
} from './vocabulary.ts';

/** Where the reference is committed, relative to the repository. */
export const FIELD_REFERENCE_PATH = 'docs/field-reference.md';

/** The parts of JSON Schema that zod writes for the content schemas. */
export interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  /** A fixed-length list (zod's tuple), one schema per place. */
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  /** One allowed value (zod's literal), such as "not reported". */
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/**
 * Editors write the INPUT of the schemas: a field with a default may be left out, so it is optional
 * here although the output (and the open data) always has it.
 */
export const toJsonSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;

/** A list of values from the vocabulary, as the reference names and lists it. */
interface Vocabulary {
  title: string;
  values: readonly { id: string; label: string }[];
}

/** Every vocabulary list a schema draws an enumeration from. Rating scales take their names from RATING_SCALES. */
const VOCABULARIES: readonly Vocabulary[] = [
  { title: 'Areas of development', values: AREAS },
  { title: 'Components', values: COMPONENTS },
  { title: 'Phases', values: PHASES },
  { title: 'Layers of support', values: LAYERS },
  { title: 'Universal offer components', values: UNIVERSAL_OFFER_COMPONENTS },
  { title: 'Delivery', values: DELIVERY_MODES },
  ...Object.values(RATING_SCALES).map((scale) => ({ title: scale.label, values: scale.values })),
  { title: 'Review types', values: REVIEW_TYPES },
  { title: 'Review states', values: REVIEW_STATES },
  { title: 'Responses to recommendations', values: RESPONSE_DECISIONS },
  { title: 'Source types', values: SOURCE_TYPES },
];

/** Enumerations longer than this are listed once, under "Long lists of values", and linked from the table. */
export const INLINE_VALUES_MAX = 6;

/**
 * The vocabulary list an enumeration comes from: the one holding exactly its values, else the only
 * one holding all of them (interventions take two of the four layers). Undefined for enumerations
 * outside the vocabulary (a version's status); a tie is a bug to resolve here, so it throws.
 */
export function vocabularyOf(values: readonly unknown[]): Vocabulary | undefined {
  const holding = VOCABULARIES.filter((v) => values.every((value) => v.values.some((item) => item.id === value)));
  const exact = holding.filter((v) => v.values.length === values.length);
  const found = exact.length ? exact : holding;
  if (found.length > 1)
    throw new Error(`field reference: the values ${values.join(', ')} belong to ${found.map((v) => v.title).join(' and ')}`);
  return found[0];
}

/** A GitHub heading anchor: lower case, punctuation dropped, spaces as hyphens. */
export const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const code = (value: unknown) => `\`${String(value)}\``;
/** Table cells: a pipe would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The patterns of the shared string schemas, so a field built on one is described by name. */
const PATTERNS = new Map<string | undefined, string>([
  [toJsonSchema(isoDate).pattern, 'A date written YYYY-MM-DD, for example `2026-11-22`'],
  [toJsonSchema(slug).pattern, 'Lower-case letters and numbers, words joined by hyphens'],
  [
    toJsonSchema(entryRef).pattern,
    `An entry written \`<kind>/<slug>\`, for example \`interventions/neli\`; kind is one of ${ENTRY_KINDS.map((k) => code(k.id)).join(', ')}`,
  ],
]);

function enumeration(values: readonly unknown[]): string {
  const vocabulary = vocabularyOf(values);
  if (!vocabulary) return values.map(code).join(' or ');
  if (values.length > INLINE_VALUES_MAX)
    return `One of the ${values.length} [${vocabulary.title.toLowerCase()}](#${anchorOf(vocabulary.title)})`;
  return values.map((value) => `${code(value)} (${vocabulary.values.find((v) => v.id === value)!.label})`).join('<br>');
}

function text(s: JsonSchema): string {
  if (s.format === 'uri') return 'A web address starting `https://` or `http://`';
  const named = PATTERNS.get(s.pattern);
  if (named) return named;
  // Any other pattern (a DOI) is given in words by the field's description.
  const form = s.pattern ? 'Text in the form the description gives' : 'Text';
  return s.maxLength !== undefined ? `${form}, at most ${s.maxLength} characters` : form;
}

function wholeNumber(s: JsonSchema): string {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
  // zod bounds every integer by the largest safe one: not a limit worth telling an editor.
  const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
  if (min !== undefined && max !== undefined) return `A whole number from ${min} to ${max}`;
  if (min !== undefined) return `A whole number, ${min} or more`;
  return 'A whole number';
}

function decimal(s: JsonSchema): string {
  if (s.minimum !== undefined && s.maximum !== undefined) return `A number from ${s.minimum} to ${s.maximum}, decimals allowed`;
  return 'A number, decimals allowed';
}

function list(s: JsonSchema): string {
  if (s.prefixItems) return `A list of ${s.prefixItems.length}: ${s.prefixItems.map((p) => lowerFirst(allowedValues(p))).join(', then ')}`;
  const items = s.items;
  if (!items) throw new Error(`field reference: a list without items: ${JSON.stringify(s)}`);
  const atLeast = s.minItems ? `at least ${s.minItems === 1 ? 'one' : s.minItems}` : 'none or more';
  const once = s.uniqueItems ? ', each value once' : '';
  if (items.properties) return `A list (${atLeast}) of items, each with the fields below`;
  return `A list (${atLeast}${once}) of:<br>${allowedValues(items)}`;
}

/** What a field may hold, in words. */
export function allowedValues(s: JsonSchema): string {
  const value = (() => {
    if (s.anyOf)
      return s.anyOf
        .map((alternative, i) => (i ? `or ${lowerFirst(allowedValues(alternative))}` : allowedValues(alternative)))
        .join('<br>');
    if (s.enum) return enumeration(s.enum);
    if (s.const !== undefined) return code(String(s.const));
    if (s.type === 'object' && s.properties) return 'The fields below';
    if (s.type === 'array') return list(s);
    if (s.type === 'string') return text(s);
    if (s.type === 'boolean') return '`true` or `false`';
    if (s.type === 'integer') return wholeNumber(s);
    if (s.type === 'number') return decimal(s);
    throw new Error(`field reference: no words for the schema ${JSON.stringify(s)}; add them to src/domain/field-reference.ts`);
  })();
  const hasDefault = s.default !== undefined && !(Array.isArray(s.default) && s.default.length === 0);
  return hasDefault ? `${value}<br>Left out: ${code(JSON.stringify(s.default))}` : value;
}

/** One row of a kind's table. */
export interface FieldRow {
  /** Dotted: `ratings.strength.value` is `value` inside `strength` inside `ratings`. */
  field: string;
  required: boolean;
  description: string;
  allowed: string;
}

/** Every field of an object schema, depth first: a field, then the fields inside it (or inside each of its items). */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    if (!field.description)
      throw new Error(`field reference: ${path} has no description; add .describe('...') to it in src/domain/schemas.ts`);
    const row = {
      field: path,
      required: (schema.required ?? []).includes(name),
      description: field.description,
      allowed: allowedValues(field),
    };
    const inner = field.properties ? field : field.items && field.items.properties ? field.items : undefined;
    return [row, ...(inner ? fieldRows(inner, `${path}.`) : [])];
  });
}

function table(rows: readonly FieldRow[]): string {
  return [
    '| Field | Required | What it holds | Allowed values |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${code(r.field)} | ${r.required ? 'Required' : 'Optional'} | ${cell(r.description)} | ${cell(r.allowed)} |`),
  ].join('\n');
}

/** The whole of docs/field-reference.md. */
export function fieldReferenceMarkdown(): string {
  const kinds = ENTRY_KINDS.map((kind) => ({ ...kind, rows: fieldRows(toJsonSchema(SCHEMAS[kind.id])) }));
  const sources = fieldRows(toJsonSchema(sourceSchema));
  const findings = fieldRows(toJsonSchema(findingObject));
  const longLists = VOCABULARIES.filter((v) => v.values.length > INLINE_VALUES_MAX);
  const markdown = [
    '# Frontmatter field reference',
    '',
    '<!-- Generated by `npm run docs:fields` from src/domain/schemas.ts and src/domain/vocabulary.ts. Do not edit by hand. -->',
    '',
    'Every field an editor can write at the top of a content file, for each kind of entry, with the values',
    '`npm run check` accepts. This page is generated from the same schemas and vocabulary that the check',
    "uses, so it is always up to date. For the order of steps, read the [editor's guide](editors-guide.md).",
    '',
    'How to read the tables:',
    '',
    '- **Field** is the name before the colon. A dot means a field inside another one, indented under it:',
    '  `ratings.strength.value` is `value`, under `strength`, under `ratings`. For a list of items, the',
    '  fields after the dot belong to each item (each item starts with `- `).',
    '- **Required** fields must be there. A field inside another one is required whenever the outer one',
    '  is there. Some optional fields become required in some cases: the description says when.',
    '- **Left out** gives the value a field takes when you leave it out.',
    '- Rules that compare fields or files (for example, that a cited source exists in',
    '  `content/sources.yaml`) are not in the tables; `npm run check` reports them.',
    '',
    '## Contents',
    '',
    ...kinds.map((kind) => `- [${kind.plural}](#${anchorOf(kind.plural)})`),
    `- [Sources](#sources)`,
    `- [Findings](#findings)`,
    `- [Long lists of values](#long-lists-of-values)`,
    '',
    ...kinds.flatMap((kind) => [`## ${kind.plural}`, '', `Files: \`content/${kind.id}/<slug>/<version>.mdx\``, '', table(kind.rows), '']),
    '## Sources',
    '',
    'File: `content/sources.yaml`. Each source starts with its key (lower-case words joined by hyphens, for',
    'example `eef-toolkit-sel`) followed by a colon, and has these fields, indented under the key.',
    '',
    table(sources),
    '',
    '## Findings',
    '',
    `File: \`content/${findingsFile('<source-key>')}\`, one file for each source in \`content/sources.yaml\` that`,
    'reports figures. The file is a list: each finding starts with `- id:` and has these fields, indented',
    'under it. A rating names a finding as `<source-key>/<id>`. Write "not reported" wherever the source',
    'does not report a figure: never estimate one.',
    '',
    table(findings),
    '',
    '## Long lists of values',
    '',
    ...longLists.flatMap((v) => [`### ${v.title}`, '', v.values === COMPONENTS ? componentsTable() : valuesTable(v), '']),
  ].join('\n');
  // Links go to headings by anchor; two headings with one anchor would send a link to the first.
  const anchors = [...markdown.matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1]!));
  const repeated = anchors.find((a, i) => anchors.indexOf(a) !== i);
  if (repeated) throw new Error(`field reference: two headings share the anchor #${repeated}`);
  return markdown;
}

function valuesTable(v: Vocabulary): string {
  return ['| Value | Label |', '| --- | --- |', ...v.values.map((item) => `| ${code(item.id)} | ${cell(item.label)} |`)].join('\n');
}

/** Components with the area each belongs to, since an entry must list that area too. */
function componentsTable(): string {
  return [
    '| Value | Label | Area of development |',
    '| --- | --- | --- |',
    ...COMPONENTS.map((c) => `| ${code(c.id)} | ${cell(c.label)} | ${code(c.area)} (${cell(byId(AREAS, c.area).label)}) |`),
  ].join('\n');
}
