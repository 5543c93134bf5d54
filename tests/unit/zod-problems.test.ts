/**
 * How zod's issues become the words of `npm run check`: what was found, what is allowed, the fields
 * an object takes and the line in the YAML. Real zod issues throughout, from small schemas and from
 * the content schemas; tests/unit/check-messages.test.ts pins the same words end to end.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDocument } from 'yaml';
import { allowedKeysAt, describeFound, issueMessage, lineOf, zodProblems } from '../../src/content-check/zod-problems.ts';
import { SCHEMAS, sourceSchema } from '../../src/domain/schemas.ts';

/** The messages of every issue `value` raises against `schema`. */
function messages(schema: z.ZodType, value: unknown, allowed?: string[]): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : result.error.issues.map((issue) => issueMessage(issue, allowed));
}

describe('describeFound', () => {
  it('names what an author wrote, in words', () => {
    expect(describeFound(undefined)).toBe('nothing');
    expect(describeFound(null)).toBe('an empty value');
    expect(describeFound('targetted')).toBe('"targetted"');
    expect(describeFound('')).toBe('""');
    expect(describeFound(['a'])).toBe('a list');
    expect(describeFound(new Date('2026-03-04T10:00:00Z'))).toBe('the date 2026-03-04');
    expect(describeFound({ a: 1 })).toBe('a group of fields');
    expect(describeFound(42)).toBe('number 42');
    expect(describeFound(true)).toBe('boolean true');
  });

  it('cuts text longer than 60 characters to 57 and an ellipsis', () => {
    expect(describeFound('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(describeFound('x'.repeat(61))).toBe(`"${'x'.repeat(57)}..."`);
  });
});

describe('issueMessage', () => {
  it('says what type was expected, in words', () => {
    expect(messages(z.string(), 5)).toEqual(['found number 5; expected text']);
    expect(messages(z.number(), 'five')).toEqual(['found "five"; expected a number']);
    expect(messages(z.boolean(), 'yes')).toEqual(['found "yes"; expected true or false']);
    expect(messages(z.array(z.string()), 'a')).toEqual(['found "a"; expected a list']);
    expect(messages(z.object({}), 'a')).toEqual(['found "a"; expected a group of fields']);
    expect(messages(z.date(), 'a')).toEqual(['found "a"; expected a date']);
    expect(messages(z.bigint(), 'a')).toEqual(['found "a"; expected bigint']);
    expect(messages(z.object({ title: z.string() }), {})).toEqual(['is missing; expected text']);
  });

  it('lists the allowed values of a vocabulary', () => {
    expect(messages(z.enum(['targeted', 'targeted-plus']), 'targetted')).toEqual([
      'found "targetted"; expected one of: targeted, targeted-plus',
    ]);
  });

  it('names unknown fields, and the fields allowed when it knows them', () => {
    const schema = z.strictObject({ title: z.string() });
    expect(messages(schema, { title: 'a', colour: 1 }, ['title'])).toEqual(['has unknown field "colour"; allowed fields here: title']);
    expect(messages(schema, { title: 'a', colour: 1, size: 2 }, ['title', 'summary'])).toEqual([
      'has unknown fields "colour", "size"; allowed fields here: title, summary',
    ]);
    expect(messages(schema, { title: 'a', colour: 1 })).toEqual(['has unknown field "colour"']);
    expect(messages(schema, { title: 'a', colour: 1 }, [])).toEqual(['has unknown field "colour"']);
  });

  it('says what is too small or too big for text, lists and numbers', () => {
    expect(messages(z.string().min(3, { error: 'must be longer' }), 'ab')).toEqual(['found "ab": must be longer']);
    expect(messages(z.array(z.string()).min(1, { error: 'must list at least one' }), [])).toEqual([
      'found a list with too few items: must list at least one',
    ]);
    expect(messages(z.number().min(-12), -13)).toEqual(['found number -13; expected at least -12']);
    expect(messages(z.string().max(3, { error: 'must be short' }), 'abcd')).toEqual(['is too long: must be short']);
    expect(messages(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['found a list; expected at most 1']);
    expect(messages(z.number().max(12), 13)).toEqual(['found number 13; expected at most 12']);
  });

  it('says what a badly formed value should look like', () => {
    expect(messages(z.string().regex(/^[a-z]+$/, { error: 'expected lower-case letters' }), 'ABC')).toEqual([
      'found "ABC"; expected lower-case letters',
    ]);
  });

  it('lists what each accepted form of a union expected', () => {
    const authors = { type: 'guidance', authors: 5, year: 2020, title: 'A report', url: 'https://example.org/' };
    expect(messages(sourceSchema, authors)).toEqual(['found number 5; expected text, or a list']);
  });

  it('joins several problems within one accepted form', () => {
    const form = z.union([z.strictObject({ a: z.string(), b: z.string() }), z.string()]);
    expect(messages(form, { a: 1, b: 2 })).toEqual([
      'found a group of fields, which matches none of the accepted forms: found number 1; expected text; found number 2; expected text | or | found a group of fields; expected text',
    ]);
  });

  it('puts what was found before a rule written as a refinement, unless it is a group of fields', () => {
    expect(
      messages(
        z.string().refine(() => false, { error: 'is not allowed' }),
        'x',
      ),
    ).toEqual(['found "x"; is not allowed']);
    expect(
      messages(
        z.object({}).refine(() => false, { error: 'is not allowed' }),
        {},
      ),
    ).toEqual(['is not allowed']);
    expect(
      messages(
        z.array(z.string()).refine(() => false, { error: 'is not allowed' }),
        [],
      ),
    ).toEqual(['is not allowed']);
    expect(issueMessage({ code: 'custom', message: 'is not allowed', path: [], input: undefined })).toBe('is not allowed');
  });

  it("uses zod's own words for anything else", () => {
    expect(messages(z.number().multipleOf(2, { error: 'must be even' }), 3)).toEqual(['must be even']);
  });
});

describe('allowedKeysAt', () => {
  it('lists the fields a content schema takes at a path, through optional, default and list wrappers', () => {
    expect(allowedKeysAt(SCHEMAS.strategies, ['changes'])).toEqual(['summary', 'conclusionsChanged', 'ratingsChanged']);
    expect(allowedKeysAt(SCHEMAS.strategies, ['ratings', 'impact'])).toEqual(['months', 'value', 'sources', 'note', 'findings', 'adjust']);
    expect(allowedKeysAt(SCHEMAS.reviews, ['recommendations', 0])).toEqual(['id', 'text', 'response']);
    expect(allowedKeysAt(SCHEMAS.reviews, ['recommendations', 0, 'response'])).toEqual(['decision', 'explanation', 'date']);
    expect(allowedKeysAt(SCHEMAS.packages, ['resources'])).toEqual(['staffing', 'training', 'equipment']);
    expect(allowedKeysAt(SCHEMAS.interventions, [])).toEqual(expect.arrayContaining(['title', 'summary', 'layer', 'deliveredBy']));
  });

  it('unwraps nullable, prefault and pipe wrappers too', () => {
    const inner = z.object({ a: z.string(), b: z.number() });
    expect(allowedKeysAt(z.object({ x: inner.nullable() }), ['x'])).toEqual(['a', 'b']);
    expect(allowedKeysAt(z.object({ x: inner.prefault({ a: '', b: 0 }) }), ['x'])).toEqual(['a', 'b']);
    expect(allowedKeysAt(z.object({ x: inner.pipe(z.any()) }), ['x'])).toEqual(['a', 'b']);
    expect(allowedKeysAt(inner.optional().nullable().default({ a: '', b: 0 }), [])).toEqual(['a', 'b']);
  });

  it('knows nothing where the path leads to no group of fields', () => {
    expect(allowedKeysAt(SCHEMAS.strategies, ['title'])).toBeUndefined();
    expect(allowedKeysAt(SCHEMAS.strategies, ['published'])).toBeUndefined();
    expect(allowedKeysAt(SCHEMAS.strategies, [0])).toBeUndefined();
    expect(allowedKeysAt(SCHEMAS.strategies, ['areas', 'first'])).toBeUndefined();
    expect(allowedKeysAt(z.array(z.string()), [0])).toBeUndefined();
    expect(allowedKeysAt(z.array(z.object({ a: z.string() })), ['a'])).toBeUndefined();
    expect(allowedKeysAt(z.object({ a: z.object({ b: z.string() }) }), [0])).toBeUndefined();
  });
});

describe('lineOf', () => {
  const source = 'title: A\nratings:\n  strength:\n    value: strong\nareas: [sensory, motor-and-physical]\n';
  const doc = parseDocument(source);

  it('finds the line of a value, offset to the line in the file', () => {
    expect(lineOf(doc, ['title'], source, 0)).toBe(1);
    expect(lineOf(doc, ['ratings', 'strength', 'value'], source, 1)).toBe(5);
    expect(lineOf(doc, ['areas', 1], source, 1)).toBe(6);
  });

  it('falls back to the nearest parent that exists', () => {
    expect(lineOf(doc, ['ratings', 'strength', 'sources'], source, 0)).toBe(4);
    expect(lineOf(doc, ['ratings', 'impact', 'value'], source, 0)).toBe(3);
    expect(lineOf(doc, ['summary'], source, 10)).toBe(11);
  });
});

describe('zodProblems', () => {
  const source = 'title: A\nsummary: B\ncolour: red\nratings:\n  strength: { value: strong, grade: 1 }\n';
  const schema = z.strictObject({
    title: z.string(),
    summary: z.number(),
    ratings: z.strictObject({ strength: z.strictObject({ value: z.string() }) }),
  });
  const problemsOf = (value: unknown, lineOffset = 1) => {
    const result = schema.safeParse(value, { reportInput: true });
    return zodProblems(result.error!.issues, 'x.mdx', schema, parseDocument(source), source, lineOffset);
  };
  const value = parseDocument(source).toJS();

  it('gives each problem its file, line, field and message', () => {
    expect(problemsOf(value)).toEqual([
      { code: 'schema', file: 'x.mdx', line: 3, field: 'summary', message: 'found "B"; expected a number' },
      {
        code: 'schema',
        file: 'x.mdx',
        line: 6,
        field: 'ratings.strength',
        message: 'has unknown field "grade"; allowed fields here: value',
      },
      {
        code: 'schema',
        file: 'x.mdx',
        line: 4,
        field: undefined,
        message: 'has unknown field "colour"; allowed fields here: title, summary, ratings',
      },
    ]);
  });

  it('points an unknown field at its own line when there is one, and at its parent when there are several', () => {
    const several = { ...value, colour: 'red', size: 1, summary: 1, ratings: { strength: { value: 'strong' } } };
    expect(problemsOf(several, 0)).toEqual([
      {
        code: 'schema',
        file: 'x.mdx',
        line: 1,
        field: undefined,
        message: 'has unknown fields "colour", "size"; allowed fields here: title, summary, ratings',
      },
    ]);
  });

  it('gives no line without a YAML document', () => {
    const result = schema.safeParse({ title: 1, summary: 1, ratings: { strength: { value: 'a' } } }, { reportInput: true });
    expect(zodProblems(result.error!.issues, 'x.mdx', schema, undefined, '', 0)).toEqual([
      { code: 'schema', file: 'x.mdx', line: undefined, field: 'title', message: 'found number 1; expected text' },
    ]);
  });
});
