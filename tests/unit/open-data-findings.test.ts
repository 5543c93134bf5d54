/** Findings as open data (issue 15): JSON with stable ids, CSV, a JSON Schema from the same zod schema, and each entry's computed ratings. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import {
  findingRecordSchema,
  findingsCsv,
  findingsDocument,
  findingsDocumentSchema,
  findingsJsonSchema,
  kindDocument,
  kindDocumentSchema,
} from '../../src/domain/open-data.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = checkContent(FIXTURE_CONTENT);
const input = { findings: fixture.findings, asOf: '2026-11-01' };

describe('findings as open data', () => {
  it('publishes every finding with its stable id, valid against its own schema', () => {
    const doc = findingsDocument(input);
    expect(doc.records.map((r) => r.key)).toEqual(['eef-neli-2020/language', 'eef-send-2020/review']);
    expect(doc.records[0]).toMatchObject({ key: 'eef-neli-2020/language', source: 'eef-neli-2020', id: 'language', pupils: 1156 });
    expect(findingsDocumentSchema().safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
    expect(findingsDocumentSchema().safeParse({ ...doc, records: [{ ...doc.records[0], pupils: 'many' }] }).success).toBe(false);
  });

  it('generates the JSON Schema from the findings schema, "not reported" included', () => {
    const schema = findingsJsonSchema('https://example.org/') as { $id: string };
    expect(schema.$id).toBe('https://example.org/data/schema/findings.json');
    const text = JSON.stringify(z.toJSONSchema(findingRecordSchema, { io: 'output', unrepresentable: 'any' }));
    expect(text).toContain('"not reported"');
    expect(text).toContain('"riskOfBias"');
  });

  it('writes the CSV with the id first and the effect as columns of its own', () => {
    const [header, first] = findingsCsv(input).split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['key', 'source', 'id']);
    expect(columns).toEqual(expect.arrayContaining(['effect.smd', 'effect.ci', 'effect.months', 'effect.detected']));
    expect(first!.startsWith('eef-neli-2020/language,eef-neli-2020,language,')).toBe(true);
    expect(first!.split(',')[columns.indexOf('effect.months')]).toBe('3');
  });

  it("gives each provision entry's record its computed ratings and finding ids", () => {
    const library = buildLibrary(fixture.records, fixture.sources, { asOf: '2026-11-01', findings: fixture.findings });
    const doc = kindDocument('interventions', {
      entries: library.entries,
      asOf: '2026-11-01',
      site: 'https://example.org/',
      findings: fixture.findings,
    });
    const record = doc.records.find((r) => r.id === 'interventions/fixture-language-groups')!;
    expect(record.evidence).toMatchObject({
      directlyEvaluated: true,
      strength: { shown: 'strong' },
      verdict: { id: 'recommended' },
      findings: [],
    });
    expect(kindDocumentSchema('interventions').safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });
});
