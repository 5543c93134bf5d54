/**
 * Each reference rule on its own: on the valid fixture it finds nothing; on a copy of the fixture's
 * records broken one way it returns that breakage, every problem carrying the rule's code, and no
 * other rule reports anything.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-check/read-content.ts';
import { runRules, type Problem, type Rule } from '../../src/domain/problems.ts';
import {
  REFERENCE_RULES,
  areaVocabulary,
  componentOutsideAreas,
  duplicateSlug,
  missingArea,
  missingEntry,
  missingVersion,
  referenceContext,
  reviewUnpublished,
  unknownSource,
  wrongKind,
  type CheckedRecord,
  type ReferenceContext,
} from '../../src/domain/references.ts';
import type { VersionPath } from '../../src/domain/versions.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = readContent(FIXTURE_CONTENT);
const sourceKeys = new Set(Object.keys(fixture.sources));
const context = (records: readonly CheckedRecord[] = fixture.records, paths?: readonly VersionPath[]) =>
  referenceContext(records, sourceKeys, paths);
const at = (suffix: string) => expect.stringMatching(new RegExp(`${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

/** The fixture's records with the version whose file ends with `suffix` changed by `change` (on a copy). */
function changed(suffix: string, change: (r: CheckedRecord & { data: Record<string, unknown> }) => void): CheckedRecord[] {
  let found = false;
  const records = fixture.records.map((r) => {
    if (!r.file.endsWith(suffix)) return r;
    found = true;
    const copy = structuredClone(r);
    change(copy as CheckedRecord & { data: Record<string, unknown> });
    return copy;
  });
  if (!found) throw new Error(`no fixture version ${suffix}`);
  return records;
}

interface Case {
  rule: Rule<ReferenceContext>;
  records: () => CheckedRecord[];
  expected: Partial<Record<keyof Problem, unknown>>[];
}

const cases: Case[] = [
  {
    rule: duplicateSlug,
    records: () => {
      const tool = fixture.records.find((r) => r.kind === 'tools')!;
      return [...fixture.records, { ...tool, slug: 'fixture-language-groups', file: 'content/tools/fixture-language-groups/1.mdx' }];
    },
    expected: [
      {
        file: 'content/tools/fixture-language-groups/1.mdx',
        message: expect.stringMatching(/already the intervention content\/interventions\/fixture-language-groups\//),
      },
    ],
  },
  {
    rule: unknownSource,
    records: () =>
      changed('fixture-memory-games/1.mdx', (r) => {
        r.data.sources = ['eef-sned-2020'];
        (r.data.ratings as Record<string, { sources: string[] }>).strength!.sources = ['nope'];
        r.body.citations.push({ source: 'eef-neli', line: 30 });
      }),
    expected: [
      {
        field: 'sources.0',
        message: expect.stringMatching(
          /^cites "eef-sned-2020", which is not in content\/sources.yaml; known keys include: eef-send-2020, eef-neli-2020$/,
        ),
      },
      { field: 'body <Cite>', line: 30 },
      { field: 'ratings.strength.sources.0' },
    ],
  },
  {
    // A reference of the wrong kind is reported as that, even when it also does not exist.
    rule: wrongKind,
    records: () =>
      changed('fixture-language-screen/1.mdx', (r) => (r.data.leadsTo = ['interventions/fixture-memory-games', 'reviews/nope'])),
    expected: [{ field: 'leadsTo.1', message: 'found "reviews/nope"; expected an entry of kind strategies or interventions or packages' }],
  },
  {
    rule: missingEntry,
    records: () =>
      changed('fixture-visual-timetables/1.mdx', (r) => {
        r.data.related = ['interventions/fixture-memory-games', 'strategies/nope'];
        r.body.links.push({ url: '/tools/ghost/', line: 25 });
      }),
    expected: [
      { field: 'related.1', message: 'refers to "strategies/nope", which does not exist; expected a folder content/strategies/nope/' },
      { field: 'body link', line: 25, message: 'links to /tools/ghost/, but there is no entry content/tools/ghost/' },
    ],
  },
  {
    rule: missingVersion,
    records: () =>
      changed('fixture-review/1.mdx', (r) => ((r.data.covers as { version: number }[])[0]!.version = 3)).map((r) =>
        r.file.endsWith('fixture-visual-timetables/1.mdx')
          ? {
              ...r,
              body: {
                ...r.body,
                links: [
                  { url: '/interventions/fixture-language-groups/v2/', line: 20 },
                  { url: '/interventions/fixture-language-groups/v3/#x', line: 21 },
                ],
              },
            }
          : r,
      ),
    expected: [
      {
        file: at('fixture-review/1.mdx'),
        field: 'covers.0.version',
        message: 'found version 3 of interventions/fixture-language-groups, which has only 2 version(s)',
      },
      { file: at('fixture-visual-timetables/1.mdx'), field: 'body link', line: 21 },
    ],
  },
  {
    rule: componentOutsideAreas,
    records: () => changed('fixture-language-groups/2.mdx', (r) => (r.data.components as string[]).push('working-memory')),
    expected: [{ field: 'components.1', message: expect.stringMatching(/^found "working-memory", a component of executive-function/) }],
  },
  {
    rule: areaVocabulary,
    records: () => changed('areas-of-development/sensory/1.mdx', (r) => (r.data.title = 'Senses')),
    expected: [
      { field: 'title', message: 'found "Senses"; expected "Sensory", the label in src/domain/vocabulary.ts (change both together)' },
    ],
  },
  {
    rule: missingArea,
    records: () => fixture.records.filter((r) => !r.file.includes('areas-of-development/sensory/')),
    expected: [{ file: 'content/areas-of-development/sensory/1.mdx', fix: 'npm run new -- areas-of-development sensory' }],
  },
  {
    // The review back to a draft: the intervention's published version 2 names it.
    rule: reviewUnpublished,
    records: () => changed('fixture-review/1.mdx', (r) => (r.data.status = 'draft')),
    expected: [
      {
        file: at('fixture-language-groups/2.mdx'),
        field: 'review',
        message: expect.stringMatching(/^names the review reviews\/fixture-review, which has only a draft; /),
        fix: 'publish the review first: npm run publish -- reviews/fixture-review',
      },
    ],
  },
];

describe('reference rules, one at a time', () => {
  it('covers every rule checkReferences runs', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(REFERENCE_RULES));
  });

  it.each(REFERENCE_RULES.map((rule) => [rule.code, rule] as const))('%s finds nothing in the valid fixture', (_code, rule) => {
    expect(rule(context())).toEqual([]);
  });

  it.each(cases.map((c) => [c.rule.code, c] as const))(
    '%s reports its breakage with its code, and no other rule fires',
    (code, { rule, records, expected }) => {
      const broken = context(records());
      expect(rule(broken)).toEqual(expected.map((e) => expect.objectContaining({ code, ...e })));
      expect(runRules(REFERENCE_RULES, broken).map((p) => p.code)).toEqual(expected.map(() => code));
    },
  );

  it('lets a draft name a draft review, and says nothing while a version of the review could not be read', () => {
    const reviewDraft = changed('fixture-review/1.mdx', (r) => (r.data.status = 'draft'));
    const bothDrafts = reviewDraft.map((r) =>
      r.file.endsWith('fixture-language-groups/2.mdx') ? { ...r, data: { ...r.data, status: 'draft' as const } } : r,
    );
    expect(reviewUnpublished(context(bothDrafts))).toEqual([]);
    // Version 2 of the review was found but failed its schema: it may be the published one.
    const paths = [...fixture.paths, { kind: 'reviews' as const, slug: 'fixture-review', version: 2 }];
    expect(reviewUnpublished(context(reviewDraft, paths))).toEqual([]);
  });

  it('does not report as missing an entry whose file was found but failed its schema', () => {
    const withoutInterventions = fixture.records.filter((r) => r.kind !== 'interventions');
    expect(missingEntry(context(withoutInterventions, fixture.paths))).toEqual([]);
    expect(missingEntry(context(withoutInterventions)).length).toBeGreaterThan(0);
  });
});
