/**
 * docs/field-reference.md is generated from the schemas and the vocabulary: the committed file must be
 * what the generator writes now, and the generator must cover every field and every value.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  FIELD_REFERENCE_PATH,
  allowedValues,
  fieldReferenceMarkdown,
  fieldRows,
  toJsonSchema,
  vocabularyOf,
} from '../../src/domain/field-reference.ts';
import { SCHEMAS, sourceSchema } from '../../src/domain/schemas.ts';
import { COMPONENTS, ENTRY_KINDS, KIND_IDS, RESPONSE_DECISIONS, SOURCE_TYPES, type KindId } from '../../src/domain/vocabulary.ts';

const generated = fieldReferenceMarkdown();
const rowsOf = (kind: KindId) => fieldRows(toJsonSchema(SCHEMAS[kind]));
const row = (kind: KindId, field: string) => rowsOf(kind).find((r) => r.field === field);

describe('docs/field-reference.md', () => {
  it('is what `npm run docs:fields` writes from the schemas and vocabulary now', () => {
    const committed = readFileSync(FIELD_REFERENCE_PATH, 'utf8');
    expect(committed, `${FIELD_REFERENCE_PATH} is out of date: run npm run docs:fields and commit the result`).toBe(generated);
  });

  it('has a section for every kind and for the bibliography', () => {
    const headings = [...generated.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Contents', ...ENTRY_KINDS.map((k) => k.plural), 'Sources', 'Findings', 'Long lists of values']);
  });
});

describe('the field reference', () => {
  it.each(KIND_IDS)('lists every top-level field of %s', (kind) => {
    const fields = rowsOf(kind).map((r) => r.field);
    expect(fields.filter((f) => !f.includes('.'))).toEqual(Object.keys(SCHEMAS[kind].shape));
  });

  it('lists the sub-fields of nested objects and of the items of lists', () => {
    const fields = rowsOf('interventions').map((r) => r.field);
    expect(fields).toEqual(expect.arrayContaining(['changes.ratingsChanged', 'ratings.impact.months', 'ratings.cost.value']));
    expect(rowsOf('reviews').map((r) => r.field)).toEqual(
      expect.arrayContaining(['covers.entry', 'covers.version', 'recommendations.id', 'recommendations.response.decision']),
    );
    expect(rowsOf('packages').map((r) => r.field)).toEqual(expect.arrayContaining(['resources.staffing', 'resources.equipment']));
  });

  it('says what an editor must write and what may be left out, with the value it then takes', () => {
    expect(row('interventions', 'title')?.required).toBe(true);
    expect(row('interventions', 'training')?.required).toBe(false);
    expect(row('interventions', 'ratings.cost.value')?.required).toBe(true);
    expect(row('reviews', 'recommendations.response.explanation')?.required).toBe(false);
    expect(row('reviews', 'findings')?.required).toBe(false);
    expect(row('tools', 'sample')?.allowed).toContain('Left out: `true`');
    expect(row('tools', 'related')?.allowed).not.toContain('Left out');
  });

  it('gives enumerations from the vocabulary with their labels, and links the long ones', () => {
    for (const d of RESPONSE_DECISIONS)
      expect(row('reviews', 'recommendations.response.decision')?.allowed).toContain(`\`${d.id}\` (${d.label})`);
    expect(row('interventions', 'layer')?.allowed).toBe('`targeted` (Targeted)<br>`targeted-plus` (Targeted Plus)');
    expect(row('strategies', 'components')?.allowed).toContain(`One of the ${COMPONENTS.length} [components](#components)`);
    expect(row('strategies', 'areas')?.allowed).toMatch(/^A list \(at least one, each value once\) of:/);
    for (const c of COMPONENTS) expect(generated).toContain(`| \`${c.id}\` | ${c.label} | \`${c.area}\``);
    for (const s of SOURCE_TYPES) expect(generated).toContain(`| \`${s.id}\` | ${s.label} |`);
  });

  it('uses the descriptions written in the schemas', () => {
    const sources = fieldRows(toJsonSchema(sourceSchema));
    expect(sources.find((r) => r.field === 'doi')?.description).toBe('A DOI such as 10.1111/jcpp.13331.');
    expect(row('interventions', 'ratings.strength.sources')?.description).toContain('`practice-based` or `not-yet-reviewed`');
  });
});

describe('the generator refuses what it cannot describe', () => {
  it('a field without a description', () => {
    expect(() => fieldRows(toJsonSchema(z.strictObject({ undocumented: z.string() })))).toThrow(
      /undocumented has no description; add \.describe/,
    );
  });

  it('a shape it has no words for', () => {
    expect(() => allowedValues({ type: 'null' })).toThrow(/no words for the schema/);
  });

  it('an enumeration that could belong to more than one vocabulary list', () => {
    expect(() => vocabularyOf(['moderate'])).toThrow(/Strength of evidence and Size of effect and Cost/);
    expect(vocabularyOf(['targeted', 'targeted-plus'])?.title).toBe('Layers of support');
    expect(vocabularyOf(['published', 'draft'])).toBeUndefined();
  });
});
