/**
 * Findings files (content/findings/<source>.yaml) through the content check: the schema and its
 * consistency rules, with file, line, field, what was found and what is allowed; ratings on findings;
 * and findings frozen with the published versions that rest on them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check-content.ts';
import { publishDraft, recordExisting } from '../../src/content-check/authoring.ts';
import { findingSchema, hashFinding } from '../../src/domain/findings.ts';
import { errorsOf, formatProblem } from '../../src/domain/problems.ts';
import { changedRatings, ratingsMovedBy } from '../../src/domain/change-flags.ts';
import { groupVersions } from '../../src/domain/versions.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';
import { FINDINGS_VERSION, NELI_FINDINGS, findingsDraft, publishFindingsVersion } from '../helpers/findings-content.ts';

let c: TempContent;
afterEach(() => c.remove());

const lines = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const ON_FINDINGS = {
  strength: '{ value: moderate, findings: [eef-neli-2020/language] }',
  impact: '{ value: moderate, findings: [eef-neli-2020/language] }',
};

describe('the findings schema', () => {
  it('reads the fixture findings, each with its global id', () => {
    c = tempContent();
    const result = checkContent(c.dir);
    expect(result.problems).toEqual([]);
    expect([...result.findings.keys()].sort()).toEqual(['eef-neli-2020/language', 'eef-send-2020/review']);
    expect(result.findings.get('eef-neli-2020/language')).toMatchObject({ source: 'eef-neli-2020', id: 'language', pupils: 1156 });
  });

  it('requires every field, and takes "not reported" for a value the source does not give', () => {
    c = tempContent();
    c.replace(NELI_FINDINGS, '  settings: 193\n', '');
    c.replace(NELI_FINDINGS, 'pupils: 1156', 'pupils: about 1000');
    const out = lines(checkContent(c.dir).problems);
    expect(out).toContainEqual(
      expect.stringMatching(/eef-neli-2020\.yaml:3 \[language\]\.settings: is missing; expected a number, or "not reported" \[schema\]$/),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /eef-neli-2020\.yaml:14 \[language\]\.pupils: found "about 1000"; expected a number, or "not reported" \[schema\]$/,
      ),
    );
  });

  it('checks the interval against the effect size, and "no effect" against an interval that excludes zero', () => {
    const base = findingSchema.parse({
      ...JSON.parse(JSON.stringify(checkContent('tests/fixtures/site/content').findingFiles['eef-neli-2020']![0])),
    });
    const effect = (e: object) => findingSchema.safeParse({ ...base, effect: { ...base.effect, ...e } });
    const messages = (e: object) => {
      const r = effect(e);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages({ smd: 0.2, ci: [0.1, 0.3] })).toEqual([]);
    expect(messages({ smd: 0.1, ci: [0.1, 0.3] })).toEqual([]);
    expect(messages({ smd: 0.3, ci: [0.1, 0.3] })).toEqual([]);
    expect(messages({ smd: 0.31, ci: [0.1, 0.3] })).toEqual([expect.stringMatching(/^effect\.ci: .*does not contain the smd 0\.31/)]);
    expect(messages({ smd: 0.09, ci: [0.1, 0.3] })).toHaveLength(1);
    expect(messages({ ci: [0.1, 0.3] })).toEqual([expect.stringMatching(/^effect\.ci: an interval needs the smd/)]);
    expect(messages({ smd: 0.2, ci: [0.3, 0.1] })).toEqual([expect.stringMatching(/low <= high/)]);
    expect(messages({ smd: 0.2, ci: [0.1, 0.3], detected: 'no' })).toEqual([expect.stringMatching(/^effect\.detected: .*excludes zero/)]);
    expect(messages({ smd: 0.1, ci: [0, 0.3], detected: 'no' })).toEqual([]);
    expect(messages({ smd: -0.1, ci: [-0.3, 0], detected: 'no' })).toEqual([]);
    expect(messages({ smd: -0.2, ci: [-0.3, -0.1], detected: 'no' })).toHaveLength(1);
  });

  it('refuses an id used twice in a file, a phase outside the vocabulary, and a file not named for a source', () => {
    c = tempContent();
    const text = c.read(NELI_FINDINGS);
    c.write(NELI_FINDINGS, text + text.replace(/^#.*\n/gm, ''));
    expect(lines(checkContent(c.dir).problems)).toEqual([
      expect.stringMatching(/eef-neli-2020\.yaml:27 \[language\]\.id: "language" is used twice in this file; ids are unique \[schema\]$/),
    ]);
    c.write(NELI_FINDINGS, text.replace('[early-years]', '[nursery]'));
    c.write('findings/eef-nelli-2020.yaml', '[]\n');
    const out = lines(checkContent(c.dir).problems);
    expect(out).toContainEqual(expect.stringMatching(/phases.*found "nursery"; expected one of: early-years, primary, secondary, post-16/));
    expect(out).toContainEqual(
      expect.stringMatching(/eef-nelli-2020\.yaml is named for the source "eef-nelli-2020".*known keys include: eef-neli-2020/),
    );
  });
});

describe('ratings on findings', () => {
  it('accepts a version whose written labels equal the computed ones', () => {
    c = tempContent();
    findingsDraft(c, ON_FINDINGS);
    expect(checkContent(c.dir).problems).toEqual([]);
  });

  it('names the computed label when the value is missing or differs', () => {
    c = tempContent();
    findingsDraft(c, {
      strength: '{ findings: [eef-neli-2020/language] }',
      impact: '{ value: large, findings: [eef-neli-2020/language] }',
    });
    const out = lines(checkContent(c.dir).problems);
    expect(out).toContainEqual(
      expect.stringMatching(
        /3\.mdx:\d+ ratings\.strength: has no value; the rule computes "moderate".*\[rating-value\]\n {4}fix: write "value: moderate"/,
      ),
    );
    expect(out).toContainEqual(expect.stringMatching(/ratings\.impact\.value: found "large", but the rule computes "moderate"/));
  });

  it('takes one step of adjustment with its reason', () => {
    c = tempContent();
    findingsDraft(c, {
      ...ON_FINDINGS,
      impact: '{ value: large, findings: [eef-neli-2020/language], adjust: { direction: up, reason: large-effect, because: Reason. } }',
    });
    expect(checkContent(c.dir).problems).toEqual([]);
  });

  it('refuses sources, months or an adjustment where they do not belong', () => {
    c = tempContent();
    findingsDraft(c, {
      strength: '{ value: moderate, sources: [eef-neli-2020], findings: [eef-neli-2020/language] }',
      impact: '{ value: moderate, months: 3, sources: [eef-neli-2020], adjust: { direction: up, reason: imprecision, because: x } }',
    });
    const out = lines(checkContent(c.dir).problems);
    expect(out).toContainEqual(expect.stringMatching(/ratings\.strength\.sources: a rating computed from findings names no sources/));
    expect(out).toContainEqual(expect.stringMatching(/ratings\.impact\.adjust: an adjustment moves a computed label/));
  });

  it('derives "ratings changed" from the computed ratings', () => {
    c = tempContent();
    findingsDraft(c, ON_FINDINGS);
    const { records, findings } = checkContent(c.dir);
    const [entry] = groupVersions(records.filter((r) => r.slug === 'fixture-language-groups'));
    const [, two, three] = entry!.versions;
    expect(changedRatings(two!.data, three!.data, findings)).toEqual([
      'Strength of evidence (Strong evidence; sources: eef-neli-2020 → Moderate evidence; findings: eef-neli-2020/language)',
      'Size of effect (Moderate impact (+4 months); sources: eef-neli-2020 → Moderate impact (+3 months); findings: eef-neli-2020/language)',
    ]);
    expect(changedRatings(three!.data, three!.data, findings)).toEqual([]);
    c.replace(FINDINGS_VERSION, 'ratingsChanged: true', 'ratingsChanged: false');
    expect(checkContent(c.dir).problems.map((p) => p.code)).toEqual(['ratings-changed-flag']);
  });

  it('lists the entries whose ratings a review moved, from the versions it produced', () => {
    c = tempContent();
    const { records } = checkContent(c.dir);
    const moved = ratingsMovedBy('fixture-review', groupVersions(records));
    expect(moved).toEqual([
      {
        entry: 'interventions/fixture-language-groups',
        version: 2,
        changes: [expect.stringMatching(/^Strength of evidence/), expect.stringMatching(/^Size of effect/)],
      },
    ]);
    expect(ratingsMovedBy('another-review', groupVersions(records))).toEqual([]);
  });
});

describe('findings frozen with published versions', () => {
  it('npm run publish records the findings a version rests on, and keeps a ledger without findings as it was', () => {
    c = tempContent();
    const before = c.read('versions.lock.json');
    expect(JSON.parse(before).findings).toBeUndefined();
    findingsDraft(c, ON_FINDINGS);
    publishDraft(c.dir, 'interventions/fixture-language-groups', '2026-11-20');
    const ledger = JSON.parse(c.read('versions.lock.json'));
    const finding = checkContent(c.dir).findings.get('eef-neli-2020/language')!;
    expect(ledger.findings).toEqual({ 'eef-neli-2020/language': hashFinding(finding) });
    expect(ledger.versions['interventions/fixture-language-groups/3']).toMatch(/^sha256-/);
    expect(checkContent(c.dir).problems).toEqual([]);
  });

  it('ignores comments and layout, but fails an edited figure, naming the file, every version it would change and the correction', () => {
    c = tempContent();
    publishFindingsVersion(c);
    c.write(NELI_FINDINGS, `# A new comment\n${c.read(NELI_FINDINGS).replace('ages: "4 to 5"', "ages: '4 to 5'")}`);
    expect(checkContent(c.dir).problems).toEqual([]);
    c.replace(NELI_FINDINGS, 'months: 3', 'months: 4');
    const problems = errorsOf(checkContent(c.dir).problems);
    expect(problems.map((p) => p.code)).toEqual(['finding-edited']);
    const [text] = lines(problems);
    expect(text).toMatch(/findings\/eef-neli-2020\.yaml:\d+ \[language\]: finding "eef-neli-2020\/language" was edited/);
    expect(text).toMatch(/interventions\/fixture-language-groups\/3/);
    expect(text).toMatch(/fix: restore it .* new finding with an id of its own .* npm run new -- interventions fixture-language-groups/);
  });

  it('fails a deleted finding or findings file the same way', () => {
    c = tempContent();
    publishFindingsVersion(c);
    rmSync(c.path(NELI_FINDINGS));
    const out = checkContent(c.dir).problems;
    expect(out.map((p) => p.code)).toContain('finding-deleted');
    expect(lines(out).join('\n')).toMatch(
      /eef-neli-2020\.yaml no longer has the finding "eef-neli-2020\/language", but the published version interventions\/fixture-language-groups\/3 rests on it/,
    );
  });

  it('--record-existing records the findings of imported published versions', () => {
    c = tempContent();
    publishFindingsVersion(c);
    const ledger = JSON.parse(c.read('versions.lock.json'));
    delete ledger.findings;
    c.write('versions.lock.json', JSON.stringify(ledger));
    recordExisting(c.dir);
    expect(Object.keys(JSON.parse(c.read('versions.lock.json')).findings)).toEqual(['eef-neli-2020/language']);
  });
});
