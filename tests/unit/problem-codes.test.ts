/**
 * The registry of problem codes is complete both ways. Every code a problem carries is registered:
 * `Problem.code` is typed from the registry, and each breakage below checks the codes the real
 * check reports. Every registered code comes out of the real check: `BREAKAGES` is keyed by every
 * code (the type checker refuses a missing one), each breaks a copy of the fixture content so that
 * `npm run check`'s own function reports exactly that code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check-content.ts';
import { hashVersion } from '../../src/content-check/read-content.ts';
import { PROBLEM_CODES, PROBLEM_CODE_IDS, STYLE_PROBLEM_CODES, type ProblemCode } from '../../src/domain/problem-codes.ts';
import { severity, type Problem } from '../../src/domain/problems.ts';
import { BODY_FIELD } from '../../src/domain/field-path.ts';
import { REFERENCE_RULES } from '../../src/domain/references.ts';
import { LEDGER_RULES, NUMBERING_RULES } from '../../src/domain/versions.ts';
import { CHANGE_RULES } from '../../src/domain/change-flags.ts';
import { EVIDENCE_RULES } from '../../src/domain/evidence-checks.ts';
import { FINDINGS_LEDGER_RULES } from '../../src/domain/findings-ledger.ts';
import { findingsDraft, NELI_FINDINGS, publishFindingsVersion } from '../helpers/findings-content.ts';
import { inspectMdx } from '../../src/markdown/mdx-safety.ts';
import { tempContent, unpublish, type TempContent } from '../helpers/temp-content.ts';

const INTERVENTION = 'interventions/fixture-language-groups/2.mdx';
const STRATEGY = 'strategies/fixture-visual-timetables/1.mdx';
const TOOL = 'tools/fixture-language-screen/1.mdx';
const REVIEW = 'reviews/fixture-review/1.mdx';
const SENSORY = 'areas-of-development/sensory/1.mdx';

/** Break a published version, made a draft first so the ledger does not report the edit. */
const inDraft = (c: TempContent, file: string, from: string | RegExp, to: string) => {
  unpublish(c, file);
  c.replace(file, from, to);
};
const appendToDraftBody = (c: TempContent, text: string) => {
  unpublish(c, STRATEGY);
  c.write(STRATEGY, `${c.read(STRATEGY)}\n${text}\n`);
};
/** Add a published version and record it in the ledger, as npm run publish would. */
const publishRecorded = (c: TempContent, file: string, text: string) => {
  c.write(file, text);
  const ledger = JSON.parse(c.read('versions.lock.json'));
  ledger.versions[file.replace(/\.mdx$/, '')] = hashVersion(text);
  c.write('versions.lock.json', JSON.stringify(ledger));
};
const secondStrategyVersion = (c: TempContent, published: string, changes: string) =>
  c.read(STRATEGY).replace(/published: .*/, `published: ${published}${changes}`);
const CHANGES = '\nchanges: { summary: Clarified., conclusionsChanged: false, ratingsChanged: false }';
const erase = (c: TempContent, relative: string) => rmSync(c.path(relative), { recursive: true });
const editLedger = (c: TempContent, edit: (versions: Record<string, string>) => void) => {
  const ledger = JSON.parse(c.read('versions.lock.json'));
  edit(ledger.versions);
  c.write('versions.lock.json', JSON.stringify(ledger));
};

interface Breakage {
  /** Break the copy; or, for a code the MDX parser cannot reach, return the problems directly. */
  (c: TempContent): void | readonly { code: ProblemCode }[];
  /** Codes that the same breakage necessarily reports too. */
  also?: ProblemCode[];
}
const also = (codes: ProblemCode[], breakage: Breakage): Breakage => Object.assign(breakage, { also: codes });

const BREAKAGES: Record<ProblemCode, Breakage> = {
  'content-missing': also(['missing-area'], (c) => c.remove()),
  'unexpected-file': (c) => c.write('notes.txt', 'x'),
  'version-path': (c) => c.write('interventions/fixture-language-groups/latest.mdx', '---\ntitle: x\n---\n'),
  'sources-missing': also(['unknown-source'], (c) => erase(c, 'sources.yaml')),
  'no-frontmatter': (c) => c.write('strategies/fixture-new/1.mdx', 'Only text.\n'),
  'yaml-syntax': (c) => inDraft(c, STRATEGY, 'phases: [early-years, primary]', 'phases: [early-years, primary'),
  // Without a readable status the version counts as published, so the ledger misses it too.
  'frontmatter-shape': also(['not-in-ledger'], (c) => c.write('strategies/fixture-new/1.mdx', '---\n- a list\n---\n\nText.\n')),
  schema: (c) => inDraft(c, INTERVENTION, 'layer: targeted', 'layer: targetted'),
  'mdx-syntax': (c) => appendToDraftBody(c, '<Inset>'),
  'empty-body': (c) => {
    unpublish(c, STRATEGY);
    c.write(STRATEGY, c.read(STRATEGY).replace(/\n---\n[\s\S]*$/, '\n---\n\n'));
  },
  'mdx-esm': (c) => appendToDraftBody(c, `import Widget from './widget.astro';`),
  'mdx-expression': (c) => appendToDraftBody(c, '{1 + 1}'),
  // MDX parses HTML as JSX, so only a hand-made tree reaches this defence.
  'mdx-raw-html': () => inspectMdx({ type: 'root', children: [{ type: 'html', value: '<b>' }] }).issues,
  'mdx-element': (c) => appendToDraftBody(c, '<div>Hi</div>'),
  'mdx-event-handler': (c) => appendToDraftBody(c, '<Inset onClick="go()">Hi</Inset>'),
  'mdx-attribute': (c) => appendToDraftBody(c, '<Inset {...props}>Hi</Inset>'),
  // Link text that says where it goes, or the style gate's link rule reports it too.
  'mdx-unsafe-url': (c) => appendToDraftBody(c, '[Open the report](javascript:alert(1))'),
  'version-skipped': (c) =>
    c.write('strategies/fixture-visual-timetables/3.mdx', c.read(STRATEGY).replace('status: published', 'status: draft')),
  'draft-not-newest': (c) => {
    const draft = c.read(STRATEGY).replace('status: published', 'status: draft');
    c.write('strategies/fixture-new/1.mdx', draft);
    c.write('strategies/fixture-new/2.mdx', draft);
  },
  'changes-missing': (c) => publishRecorded(c, 'strategies/fixture-visual-timetables/2.mdx', secondStrategyVersion(c, '2026-10-01', '')),
  'published-out-of-order': (c) =>
    publishRecorded(c, 'strategies/fixture-visual-timetables/2.mdx', secondStrategyVersion(c, '2001-01-01', CHANGES)),
  'ratings-changed-flag': (c) =>
    publishRecorded(
      c,
      'strategies/fixture-visual-timetables/2.mdx',
      secondStrategyVersion(c, '2026-10-01', CHANGES).replace('cost: { value: very-low', 'cost: { value: low'),
    ),
  placeholder: (c) => appendToDraftBody(c, 'TODO: say who delivers it.'),
  'ledger-invalid': also(['not-in-ledger'], (c) => c.write('versions.lock.json', '{ not json')),
  'not-in-ledger': (c) => editLedger(c, (versions) => delete versions[STRATEGY.replace('.mdx', '')]),
  'published-made-draft': (c) => c.replace(STRATEGY, 'status: published', 'status: draft'),
  'ledger-hash-mismatch': (c) => c.replace(STRATEGY, 'A visual timetable shows', 'A visual timetable displays'),
  'published-deleted': (c) => editLedger(c, (versions) => (versions['strategies/fixture-gone/1'] = 'sha256-0')),
  'duplicate-slug': (c) => c.write('tools/fixture-language-groups/1.mdx', c.read(TOOL).replace('status: published', 'status: draft')),
  'unknown-source': (c) => inDraft(c, INTERVENTION, 'sources: [eef-neli-2020] }', 'sources: [eef-nelli-2020] }'),
  'wrong-kind': (c) => inDraft(c, TOOL, 'leadsTo: [interventions/fixture-language-groups]', 'leadsTo: [reviews/fixture-review]'),
  'missing-entry': (c) => inDraft(c, TOOL, 'leadsTo: [interventions/fixture-language-groups]', 'leadsTo: [interventions/no-such-thing]'),
  // Making the review a draft leaves the intervention's published version 2 naming a draft review.
  'missing-version': also(['review-unpublished'], (c) => inDraft(c, REVIEW, 'version: 1 }', 'version: 9 }')),
  'component-outside-areas': (c) => inDraft(c, INTERVENTION, 'components: [language]', 'components: [language, working-memory]'),
  'area-vocabulary': (c) => inDraft(c, SENSORY, /title: .*/, 'title: Senses'),
  'missing-area': (c) => {
    erase(c, 'areas-of-development/sensory');
    editLedger(c, (versions) => delete versions[SENSORY.replace('.mdx', '')]);
  },
  // The published version 2 of the intervention names the review, now back to a draft.
  'review-unpublished': (c) => unpublish(c, REVIEW),
  'findings-file': (c) => c.write('findings/not-a-source.yaml', '[]\n'),
  'unknown-finding': (c) => findingsDraft(c, { strength: '{ value: moderate, findings: [eef-neli-2020/lang] }' }),
  'finding-indirect': (c) =>
    findingsDraft(c, {
      strength: '{ value: moderate, findings: [eef-neli-2020/language] }',
      indirect: '{ about: x, findings: [eef-neli-2020/language] }',
    }),
  'rating-value': (c) => findingsDraft(c, { strength: '{ value: strong, findings: [eef-neli-2020/language] }' }),
  'adjust-step': (c) => {
    c.write(
      NELI_FINDINGS,
      c.read(NELI_FINDINGS) +
        c
          .read(NELI_FINDINGS)
          .replace('id: language', 'id: pilot')
          .replace('cluster-randomised-trial', 'pre-post')
          .replace(/^#.*\n/gm, ''),
    );
    findingsDraft(c, {
      strength:
        '{ value: emerging, findings: [eef-neli-2020/pilot], adjust: { direction: down, reason: risk-of-bias, because: No comparison group. } }',
    });
  },
  'use-instead': (c) =>
    findingsDraft(c, {
      strength: '{ value: moderate, findings: [eef-neli-2020/language] }',
      impact: '{ value: moderate, findings: [eef-neli-2020/language] }',
      verdict: 'verdict: { useInstead: [strategies/fixture-visual-timetables] }',
    }),
  'finding-edited': (c) => {
    publishFindingsVersion(c);
    c.replace(NELI_FINDINGS, 'pupils: 1156', 'pupils: 1157');
  },
  'finding-deleted': (c) => {
    const ledger = JSON.parse(c.read('versions.lock.json'));
    ledger.findings = { 'eef-neli-2020/gone': 'sha256-0' };
    c.write('versions.lock.json', JSON.stringify(ledger));
  },
  // A broken glossary defines nothing, so the fixture's "SENCO" is unexplained too.
  glossary: also(['style-abbreviation'], (c) =>
    c.write('glossary.yaml', '- term: SENCO\n  slug: Not A Slug\n  definition: The teacher who leads support.\n'),
  ),
  'style-sentence-length': (c) =>
    appendToDraftBody(
      c,
      'Put the board by the door and point to it at the start of the day and at each change so that the children know what comes next and when.',
    ),
  'style-readability': (c) =>
    appendToDraftBody(
      c,
      'Interprofessional collaboration necessitates comprehensive organisational infrastructure and institutional accountability.',
    ),
  'style-simpler-words': (c) => appendToDraftBody(c, 'Staff utilise the board.'),
  'style-plain-words': (c) => appendToDraftBody(c, 'Staff remain nearby.'),
  'style-passive': (c) => appendToDraftBody(c, 'The board is kept by the door.'),
  'style-repeated-words': (c) => appendToDraftBody(c, 'Keep the the board in view.'),
  'style-indefinite-article': (c) => appendToDraftBody(c, 'Use a orange card.'),
  'style-inclusive-language': (c) => appendToDraftBody(c, 'Some children suffer from anxiety.'),
  'style-link-text': (c) => appendToDraftBody(c, 'Read about the groups [here](/interventions/fixture-language-groups/).'),
  'style-abbreviation': (c) => appendToDraftBody(c, 'Ask the XYZQ team.'),
  // A new provision entry, copied from one without the fields (its summary's plain-words warning comes too).
  'for-families-missing': also(['style-plain-words'], (c) =>
    c.write('strategies/fixture-new-strategy/1.mdx', c.read(STRATEGY).replace('status: published', 'status: draft')),
  ),
};

/**
 * What the unbroken fixture already reports (the style gate's warnings, such as every provision
 * entry's missing forFamilies): a breakage is judged by the problems it adds.
 */
const problemKey = (p: Problem) => `${p.file.replace(/^.*nis-content-[^/]+\//, '')}|${p.line}|${p.column}|${p.code}|${p.message}`;
const baseline = (() => {
  const c = tempContent();
  const keys = new Set(checkContent(c.dir, { style: 'all' }).problems.map(problemKey));
  c.remove();
  return keys;
})();

let content: TempContent | undefined;
afterEach(() => content?.remove());

describe('the registry of problem codes', () => {
  it('gives every code a short kebab-case name and a one-line description', () => {
    for (const [code, description] of Object.entries(PROBLEM_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(code.length).toBeLessThanOrEqual(24);
      expect(description).toMatch(/^[a-z].*[^.]$/);
      expect(description).not.toContain('\n');
    }
  });

  it('has one breakage for every registered code', () => {
    expect(Object.keys(BREAKAGES).sort()).toEqual([...PROBLEM_CODE_IDS].sort());
  });

  it('gives each named rule a code of its own', () => {
    const ruleCodes = [
      ...REFERENCE_RULES,
      ...NUMBERING_RULES,
      ...CHANGE_RULES,
      ...LEDGER_RULES,
      ...EVIDENCE_RULES,
      ...FINDINGS_LEDGER_RULES,
    ].map((rule) => rule.code);
    expect(new Set(ruleCodes).size).toBe(ruleCodes.length);
    for (const code of ruleCodes) expect(PROBLEM_CODE_IDS).toContain(code);
  });

  it.each(PROBLEM_CODE_IDS)('%s comes out of the real check', (code) => {
    content = tempContent();
    const breakage = BREAKAGES[code];
    // A breakage that adds a version makes it the newest, checked by the style gate: its warnings
    // count only for the style codes' own breakages.
    const counted = (p: Problem) =>
      !baseline.has(problemKey(p)) && (STYLE_PROBLEM_CODES.has(code) || !(STYLE_PROBLEM_CODES.has(p.code) && severity(p) === 'warning'));
    const problems = breakage(content) ?? checkContent(content.dir, { style: 'all' }).problems.filter(counted);
    expect([...new Set(problems.map((p) => p.code))].sort()).toEqual([code, ...(breakage.also ?? [])].sort());
    // Every problem about a frontmatter field says on which line it is.
    const unplaced = (problems as readonly Partial<Problem>[]).filter((p) => p.field && !p.field.startsWith(BODY_FIELD) && !p.line);
    expect(unplaced).toEqual([]);
  });
});
