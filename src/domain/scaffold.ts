/**
 * The frontmatter `npm run new` writes, derived from the kind's schema so that a field added to a
 * schema appears in every new scaffold: each field the editor must fill holds a placeholder
 * (`npm run publish` refuses a version that still has one), each enumeration says its allowed
 * values in a comment, and optional fields are listed as comments the editor can turn into fields.
 */
import { z } from 'zod';
import { SCHEMAS, entryRef, isoDate } from './schemas.ts';
import { AREAS, RESPONSE_DECISIONS, type KindId } from './vocabulary.ts';

/** The placeholder every scaffold uses; `npm run publish` refuses a file that contains it. */
import { PLACEHOLDER } from './placeholders.ts';

const placeholder = (hint?: string) => JSON.stringify(hint ? `${PLACEHOLDER}: ${hint}` : PLACEHOLDER);

/**
 * Optional fields that a rule of the schema requires in some cases (its refinements cannot be read
 * from the schema): written as placeholders, with the rule, so the editor fills or deletes them.
 */
const CONDITIONAL: Record<string, string> = {
  trigger: 'Required for an out-of-cycle review: the new evidence that prompted it; delete this line for a scheduled review',
  completed: 'The date the panel reported, YYYY-MM-DD; required once the state is completed, delete this line until then',
  'recommendations.response.explanation': `Required when the decision is ${RESPONSE_DECISIONS.filter((d) => d.needsExplanation)
    .map((d) => d.id)
    .join(' or ')}: published as the reason; delete this line otherwise`,
};

/** Lists that are empty by default but that a new record is expected to fill: scaffolded with one example item. */
const EXAMPLE_ITEM = new Set(['findings', 'recommendations']);

/**
 * Lines written without a comment. `npm run publish` changes only the status line's value, so a
 * comment there would outlive publishing (and the schema's description of `status` is about drafts).
 */
const NO_COMMENT = new Set(['status']);

/**
 * Values the scaffold knows, by field path: a value, the lines under the key (a block), or `null`
 * to leave the field out.
 */
type Known = Record<string, string | string[] | null>;

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
}

function unwrap(schema: z.ZodType): Unwrapped {
  if (schema instanceof z.ZodOptional) return { ...unwrap(schema.unwrap() as z.ZodType), optional: true };
  if (schema instanceof z.ZodDefault) return { ...unwrap(schema.unwrap() as z.ZodType), defaultValue: schema.def.defaultValue };
  return { schema, optional: false };
}

/** The same schema, or a copy of it that `.describe()` made (a copy shares its definition). */
const isSchema = (schema: z.ZodType, shared: z.ZodType) => schema.def === shared.def;

/**
 * What a field may hold, where that says more than its description: the allowed values, or the
 * form they are written in. Undefined for plain text and for lists of it.
 */
function form(schema: z.ZodType, optionalList = false): string | undefined {
  if (isSchema(schema, isoDate)) return 'a date, YYYY-MM-DD';
  if (isSchema(schema, entryRef)) return 'an entry, written <kind>/<slug>';
  if (schema instanceof z.ZodEnum) return `one of: ${schema.options.join(', ')}`;
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodNumber) return 'a number';
  if (schema instanceof z.ZodString && schema.maxLength !== null) return `at most ${schema.maxLength} characters`;
  if (schema instanceof z.ZodArray) {
    const item = schema.element as z.ZodType;
    if (item instanceof z.ZodEnum) return `${optionalList ? 'any' : 'one or more'} of: ${item.options.join(', ')}`;
    if (isSchema(item, entryRef)) return 'entries, each written <kind>/<slug>';
  }
  return undefined;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The comment of a field the editor fills in: what it is for (the schema's `.describe()`, which is
 * also the field reference's), then what it may hold, so that every enumeration lists its values.
 */
function commentOf(field: z.ZodType, schema: z.ZodType, optionalList = false): string | undefined {
  const allowed = form(schema, optionalList);
  if (!field.description) return allowed;
  return allowed ? `${field.description} ${capitalised(allowed)}` : field.description;
}

/**
 * Optional in the schema only so that `npm run check` can name the label the rule computes when it is
 * missing (evidence-checks.ts): an editor always writes them, so the scaffold asks for them.
 */
const ALWAYS_WRITTEN = new Set(['ratings.strength.value', 'ratings.impact.value']);

const withComment = (line: string, comment: string | undefined) => (comment ? `${line} # ${comment}` : line);

/** The lines of one field at the given indentation. */
function fieldLines(key: string, field: z.ZodType, path: string, pad: string, known: Known): string[] {
  const { schema, optional, defaultValue } = unwrap(field);
  const value = known[path];
  if (value === null) return [];
  // A value the scaffold writes itself (the status, a review, a change flag) has made its choice: its
  // comment only says what the field is for.
  const described = NO_COMMENT.has(path) ? undefined : field.description;
  if (typeof value === 'string') return [withComment(`${pad}${key}: ${value}`, described)];
  if (value) return [withComment(`${pad}${key}:`, described), ...value];

  const conditional = CONDITIONAL[path];
  if (optional && !conditional && !ALWAYS_WRITTEN.has(path)) return [`${pad}# ${key}: (optional) ${commentOf(field, schema) ?? 'text'}`];
  if (schema instanceof z.ZodObject) return [withComment(`${pad}${key}:`, described), ...objectLines(schema, path, `${pad}  `, known)];
  if (schema instanceof z.ZodArray) {
    const item = schema.element as z.ZodType;
    const empty = defaultValue !== undefined && !EXAMPLE_ITEM.has(path);
    if (empty) return [withComment(`${pad}${key}: []`, commentOf(field, schema, true))];
    if (item instanceof z.ZodObject) return [withComment(`${pad}${key}:`, described), ...listItemLines(item, path, `${pad}  `, known)];
    return [withComment(`${pad}${key}: [${placeholder()}]`, commentOf(field, schema))];
  }
  if (defaultValue !== undefined) return [withComment(`${pad}${key}: ${JSON.stringify(defaultValue)}`, described)];
  return [withComment(`${pad}${key}: ${placeholder()}`, conditional ?? commentOf(field, schema))];
}

function objectLines(schema: z.ZodObject, path: string, pad: string, known: Known): string[] {
  return Object.entries(schema.shape).flatMap(([key, field]) =>
    fieldLines(key, field as z.ZodType, `${path}.${key}`.replace(/^\./, ''), pad, known),
  );
}

/** One item of a list of records, written as a block: `- key: value` then the other keys under it. */
function listItemLines(item: z.ZodObject, path: string, pad: string, known: Known): string[] {
  const lines = objectLines(item, path, `${pad}  `, known);
  // The first real field (not a comment) carries the dash; comments above it keep their indentation.
  const first = lines.findIndex((line) => !line.trimStart().startsWith('#'));
  return lines.map((line, i) => (i === first ? `${pad}- ${line.slice(pad.length + 2)}` : line));
}

/** The frontmatter (without its fences) of the first version of a new entry. */
export function newEntryFrontmatter(kind: KindId, slug: string, review?: string): string {
  const known: Known = {
    status: 'draft',
    // Written by npm run publish, and only on later versions, respectively.
    published: null,
    changes: null,
    'recommendations.id': 'r1',
  };
  if (review) known.review = review;
  if (kind === 'areas-of-development') {
    const area = AREAS.find((a) => a.id === slug);
    if (!area) throw new Error(`"${slug}" is not an area in the vocabulary`);
    known.title = JSON.stringify(area.label);
    // One description per component of the area, each with its id from the vocabulary.
    const item = (unwrap(SCHEMAS[kind].shape.components).schema as z.ZodArray<z.ZodObject>).element;
    known.components = area.components.flatMap((c) => listItemLines(item, 'components', '  ', { 'components.id': c.id }));
  }
  return `${objectLines(SCHEMAS[kind], '', '', known).join('\n')}\n`;
}

/** The change record of a version after the first, derived from the schema like the rest. */
export function changesFrontmatter(kind: KindId, summaryHint: string): string {
  const { schema } = unwrap(SCHEMAS[kind].shape.changes);
  const known: Known = { 'changes.summary': placeholder(summaryHint) };
  // A copy of the previous version changes nothing until the editor says so; npm run check compares.
  for (const [key, field] of Object.entries((schema as z.ZodObject).shape)) {
    if (unwrap(field as z.ZodType).schema instanceof z.ZodBoolean) known[`changes.${key}`] = 'false';
  }
  return `${fieldLines('changes', schema, 'changes', '', known).join('\n')}\n`;
}
