/**
 * What npm run new writes for a new entry of each kind: every field of the kind's schema, with
 * placeholders npm run publish refuses and, in a comment, what the field is for (the schema's
 * description, as in the field reference) and the allowed values of every enumeration.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { SCHEMAS } from '../../src/domain/schemas.ts';
import { KIND_IDS, RESPONSE_DECISION_IDS, REVIEW_STATE_IDS, REVIEW_TYPE_IDS } from '../../src/domain/vocabulary.ts';
import { changesFrontmatter, newEntryFrontmatter } from '../../src/domain/scaffold.ts';
import { PLACEHOLDER } from '../../src/domain/placeholders.ts';

interface SchemaField {
  path: string;
  key: string;
  schema: z.ZodType;
  optional: boolean;
  /** The schema's `.describe()` text, read before unwrapping. */
  description: string | undefined;
}

/** Every field of a schema, nested ones included, read independently of the scaffold's own walk. */
function fieldsOf(schema: z.ZodObject, prefix = ''): SchemaField[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    let inner = field as z.ZodType;
    let optional = false;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
      optional ||= inner instanceof z.ZodOptional;
      inner = inner.unwrap() as z.ZodType;
    }
    const path = prefix + key;
    const self = { path, key, schema: inner, optional, description: (field as z.ZodType).description };
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
    // An optional object is one commented line in the scaffold (for example a rating's `adjust`): its own
    // fields are documented in the field reference, not listed one by one.
    return element instanceof z.ZodObject && !optional ? [self, ...fieldsOf(element, `${path}.`)] : [self];
  });
}

/** The line of a field by its path: each segment is looked for below its parent, indented further. */
function lineOf(text: string, path: string): string | undefined {
  const lines = text.split('\n');
  let at = -1;
  let indent = -1;
  for (const key of path.split('.')) {
    const pattern = new RegExp(`^( *)(?:- )?(?:# )?${key}:`);
    at = lines.findIndex((l, i) => i > at && (pattern.exec(l)?.[1]?.length ?? -1) > indent);
    if (at === -1) return undefined;
    indent = pattern.exec(lines[at]!)![1]!.length;
  }
  return lines[at];
}

/** Fields npm run new leaves out of a first version: publish writes the date, later versions the change record. */
const writtenLater = (path: string) => /^(published|changes)(\.|$)/.test(path);
const slugFor = (kind: string) => (kind === 'areas-of-development' ? 'sensory' : 'new-entry');
/** Optional fields that a rule requires in some cases: their comment gives the rule instead. */
const CONDITIONAL = ['trigger', 'completed', 'recommendations.response.explanation'];
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const reviewField = (key: keyof typeof SCHEMAS.reviews.shape) => SCHEMAS.reviews.shape[key].description;

describe('npm run new: the scaffold of a new entry', () => {
  for (const kind of KIND_IDS) {
    const text = newEntryFrontmatter(kind, slugFor(kind));
    const fields = fieldsOf(SCHEMAS[kind]).filter((f) => !writtenLater(f.path));

    it(`${kind}: names every field of the schema, optional ones as comments`, () => {
      for (const f of fields) expect(lineOf(text, f.path), f.path).toBeDefined();
      expect(text).not.toMatch(/^ *(?:# )?(published|changes):/m);
    });

    it(`${kind}: is YAML whose top-level fields are the schema's required ones, in the schema's order`, () => {
      const data = parse(text) as Record<string, unknown>;
      const required = fields.filter((f) => !f.path.includes('.') && (!f.optional || ['trigger', 'completed'].includes(f.path)));
      expect(Object.keys(data)).toEqual(required.map((f) => f.path));
      expect(data.status).toBe('draft');
    });

    it(`${kind}: lists the allowed values of every enumeration it asks for`, () => {
      for (const f of fields) {
        const element = f.schema instanceof z.ZodArray ? (f.schema.element as z.ZodType) : f.schema;
        if (!(element instanceof z.ZodEnum) || f.path === 'status' || f.path === 'components.id') continue;
        expect(lineOf(text, f.path), f.path).toMatch(new RegExp(`# .*${element.options.join(', ')}`));
      }
    });

    it(`${kind}: says what each field is for in the schema's words, and leaves the status line bare`, () => {
      for (const f of fields) {
        if (f.path === 'status' || CONDITIONAL.includes(f.path)) continue;
        expect(f.description, f.path).toBeDefined();
        expect(lineOf(text, f.path), f.path).toMatch(new RegExp(`# (?:${f.key}: \\(optional\\) )?${escaped(f.description!)}`));
      }
      // publish changes only the value: a comment here would outlive it.
      expect(lineOf(text, 'status')).toBe('status: draft');
    });

    it(`${kind}: never puts the placeholder in a comment, so filling the values is enough to publish`, () => {
      for (const line of text.split('\n')) expect(line.split(' # ')[1] ?? '', line).not.toContain(PLACEHOLDER);
      expect(text).toContain(PLACEHOLDER);
    });
  }

  it('a review has its type, trigger, dates, state, findings and a recommendation whose decision is to be chosen', () => {
    const text = newEntryFrontmatter('reviews', 'new-review');
    const line = (path: string) => lineOf(text, path) ?? '';
    expect(line('reviewType')).toBe(`reviewType: "${PLACEHOLDER}" # ${reviewField('reviewType')} One of: ${REVIEW_TYPE_IDS.join(', ')}`);
    expect(line('state')).toBe(`state: "${PLACEHOLDER}" # ${reviewField('state')} One of: ${REVIEW_STATE_IDS.join(', ')}`);
    expect(line('trigger')).toMatch(/^trigger: ".*" # Required for an out-of-cycle review: .*delete this line for a scheduled review$/);
    expect(line('started')).toBe(`started: "${PLACEHOLDER}" # ${reviewField('started')} A date, YYYY-MM-DD`);
    expect(line('completed')).toMatch(/^completed: ".*" # .*YYYY-MM-DD; required once the state is completed/);
    expect(line('covers.entry')).toMatch(/ # .* An entry, written <kind>\/<slug>$/);
    expect(line('covers.version')).toMatch(/ # .* A number$/);
    expect(line('recommendations.id')).toMatch(/^ {2}- id: r1 /);
    expect(line('recommendations.response.decision')).toBe(
      `      decision: "${PLACEHOLDER}" # The department's decision. One of: ${RESPONSE_DECISION_IDS.join(', ')}`,
    );
    expect(line('recommendations.response.explanation')).toMatch(
      /^ {6}explanation: ".*" # Required when the decision is accepted-with-changes or declined: /,
    );
    expect(line('recommendations.response.date')).toBe('      # date: (optional) The date of the response. A date, YYYY-MM-DD');
    const data = parse(text) as { findings: string[]; recommendations: { id: string; response: object }[] };
    expect(data.findings).toEqual([PLACEHOLDER]);
    expect(data.recommendations).toEqual([{ id: 'r1', text: PLACEHOLDER, response: { decision: PLACEHOLDER, explanation: PLACEHOLDER } }]);
  });

  it('an area of development has one description per component of the area, and its name', () => {
    const data = parse(newEntryFrontmatter('areas-of-development', 'sensory')) as { title: string; components: object[] };
    expect(data.title).toBe('Sensory');
    expect(data.components).toEqual(
      ['external-senses', 'internal-senses', 'sensory-processing'].map((id) => ({ id, description: PLACEHOLDER })),
    );
  });

  it('names the review that produced the version when given one', () => {
    expect(newEntryFrontmatter('interventions', 'new-entry', 'some-review')).toMatch(/^review: some-review #/m);
    expect(newEntryFrontmatter('interventions', 'new-entry')).toMatch(/^# review: \(optional\)/m);
  });

  it('writes the change record of a later version with its hint, changing nothing until the editor says so', () => {
    const text = changesFrontmatter('interventions', 'say what changed since version 2');
    expect(parse(text)).toEqual({
      changes: { summary: `${PLACEHOLDER}: say what changed since version 2`, conclusionsChanged: false, ratingsChanged: false },
    });
    expect(text).toMatch(/^ {2}ratingsChanged: false # True when any rating changed\.$/m);
  });
});
