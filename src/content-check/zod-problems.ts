/**
 * Turn zod issues into problems a content editor can act on: the field path first, then what was
 * found, then what is allowed (every allowed value listed), with the line in the file when the YAML
 * document can tell us. Wording is pinned by tests/unit/check-messages.test.ts.
 */
import type { z } from 'zod';
import { isMap, isSeq, type Document } from 'yaml';
import type { Problem } from '../domain/problems.ts';
import { formatFieldPath, parseFieldPath, type FieldPath } from '../domain/field-path.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** What one simple issue expected, in words: a type, or the values allowed. */
function expectedOf(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') return TYPE_NAMES[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => `"${String(v)}"`).join(', ');
  return undefined;
}

export function issueMessage(issue: Issue, allowedKeys?: readonly string[]): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is missing; expected ${expected}`;
      return `found ${describeFound(issue.input)}; expected ${expected}`;
    }
    case 'invalid_value':
      return `found ${describeFound(issue.input)}; expected one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const allowed = allowedKeys?.length ? `; allowed fields here: ${allowedKeys.join(', ')}` : '';
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${allowed}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `found ${describeFound(issue.input)} with too few items: ${issue.message}`;
      if (issue.origin === 'string') return `found ${describeFound(issue.input)}: ${issue.message}`;
      return `found ${describeFound(issue.input)}; expected at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long: ${issue.message}`;
      return `found ${describeFound(issue.input)}; expected at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `found ${describeFound(issue.input)}; ${issue.message}`;
    case 'invalid_union': {
      // Each form refused at this very field by its type or value (a number, or "not reported"): name them plainly.
      const simple = issue.errors.map((branch) =>
        branch.length === 1 && branch[0]!.path.length === 0 ? expectedOf(branch[0]! as Issue) : undefined,
      );
      if (simple.every((s) => s !== undefined)) {
        const expected = simple.join(', or ');
        return issue.input === undefined ? `is missing; expected ${expected}` : `found ${describeFound(issue.input)}; expected ${expected}`;
      }
      const alternatives = issue.errors.map((branch) => branch.map((b) => issueMessage(b as Issue)).join('; ')).join(' | or | ');
      return `found ${describeFound(issue.input)}, which matches none of the accepted forms: ${alternatives}`;
    }
    case 'custom':
      return issue.input !== undefined && typeof issue.input !== 'object'
        ? `found ${describeFound(issue.input)}; ${issue.message}`
        : issue.message;
    default:
      return issue.message;
  }
}

/** The keys an object schema accepts at a path, for "unknown field" messages. */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown; left?: unknown } };
    for (let i = 0; i < 10 && node?.def; i++) {
      const t = node.def.type;
      if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'prefault') node = node.def.innerType as typeof node;
      else if (t === 'pipe') node = node.def.in as typeof node;
      else break;
    }
    return node;
  };
  for (const key of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def?.type === 'array' && typeof key === 'number') current = def.element;
    else return undefined;
  }
  current = unwrap(current);
  const def = (current as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** The 1-based line of the value at `path` in a YAML document (or of its nearest existing parent). */
export function lineOf(doc: Document, path: readonly PropertyKey[], source: string, lineOffset: number): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number] } | undefined;
    const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
    if (range) {
      // For a key whose value is missing, point at the parent's first line.
      const offset = range[0];
      return source.slice(0, offset).split('\n').length + lineOffset;
    }
  }
  return undefined;
}

/** The printed name of the field at `path`, naming list items by their id where the document has one. */
export function fieldName(doc: Document | undefined, path: FieldPath): string {
  return formatFieldPath(path, (item) => doc?.getIn([...item, 'id']));
}

/** The line of a field named as problems print it (see src/domain/field-path.ts); undefined for the body. */
export function lineOfField(doc: Document, field: string, source: string, lineOffset: number): number | undefined {
  const path = parseFieldPath(field, (list, id) => {
    const items = doc.getIn(list as (string | number)[], true);
    const index = isSeq(items) ? items.items.findIndex((item) => isMap(item) && item.get('id') === id) : -1;
    return index >= 0 ? index : undefined;
  });
  return path && lineOf(doc, path, source, lineOffset);
}

export function zodProblems(
  issues: readonly Issue[],
  file: string,
  schema: z.ZodType,
  doc: Document | undefined,
  source: string,
  lineOffset: number,
): Problem[] {
  return issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? issue.path : issue.path;
    const fieldPath = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    const allowed = issue.code === 'unrecognized_keys' ? allowedKeysAt(schema, path) : undefined;
    return {
      code: 'schema',
      file,
      line: doc ? lineOf(doc, fieldPath, source, lineOffset) : undefined,
      field: issue.path.length ? fieldName(doc, issue.path as FieldPath) : undefined,
      message: issueMessage(issue, allowed),
    };
  });
}
