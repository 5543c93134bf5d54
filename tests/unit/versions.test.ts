import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER, ledgerInput } from '../helpers/ledger-input.ts';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LEDGER_RULES,
  NUMBERING_RULES,
  changesMissing,
  checkLedger,
  checkNumbering,
  draftNotNewest,
  groupVersions,
  ledgerHashMismatch,
  notInLedger,
  parseVersionPath,
  publishedDeleted,
  publishedMadeDraft,
  publishedOutOfOrder,
  versionSkipped,
  type VersionRecord,
} from '../../src/domain/versions.ts';
import { runRules } from '../../src/domain/problems.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import type { VersionData } from '../../src/domain/schemas.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

/** A minimal strategy version record; only the fields these rules read matter. */
function record(
  slug: string,
  version: number,
  status: 'published' | 'draft',
  extra: Partial<VersionData> = {},
  kind: VersionRecord['kind'] = 'strategies',
): VersionRecord {
  return {
    kind,
    slug,
    version,
    file: `content/${kind}/${slug}/${version}.mdx`,
    data: {
      kind,
      title: `${slug} ${version}`,
      summary: 's',
      status,
      published: status === 'published' ? `2026-0${version}-01` : undefined,
      changes: version > 1 ? { summary: 'c', conclusionsChanged: false, ratingsChanged: false } : undefined,
      sample: true,
      sources: [],
      areas: ['sensory'],
      components: [],
      phases: ['primary'],
      related: [],
      universalOffer: ['teaching-and-curriculum'],
      delivery: ['whole-class'],
      ratings: {
        strength: { value: 'practice-based', sources: [] },
        impact: { value: 'unknown', sources: [] },
        cost: { value: 'unknown', sources: [] },
      },
      ...extra,
    } as VersionData,
  };
}

describe('parseVersionPath', () => {
  it('reads kind, slug and version', () => {
    expect(parseVersionPath('interventions/neli/2.mdx')).toEqual({ kind: 'interventions', slug: 'neli', version: 2 });
  });
  it.each([
    ['interventions/neli.mdx', /not where an entry version belongs/],
    ['widgets/neli/1.mdx', /unknown kind folder "widgets"/],
    ['interventions/NELI/1.mdx', /not a slug/],
    ['interventions/neli/0.mdx', /not a version/],
    ['interventions/neli/01.mdx', /not a version/],
    ['interventions/neli/v2.mdx', /not a version/],
    ['reviews/status/1.mdx', /reserved for the review dashboard/],
    ['reviews/declined/1.mdx', /reserved for the review dashboard/],
  ])('refuses %s', (path, message) => {
    const result = parseVersionPath(path);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('numbering', () => {
  const entry = (...records: VersionRecord[]) => groupVersions(records)[0]!;

  it('accepts 1, 2, 3 and a draft as the next number', () => {
    expect(checkNumbering(entry(record('a', 1, 'published'), record('a', 2, 'published'), record('a', 3, 'draft')))).toEqual([]);
  });
  it('reports a skipped number, naming the file', () => {
    const problems = checkNumbering(entry(record('a', 1, 'published'), record('a', 3, 'published')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/strategies/a/3.mdx', fix: 'rename it to 2.mdx' });
    expect(problems[0]!.message).toMatch(/skips a version number/);
  });
  it('reports an entry that starts at 2', () => {
    expect(checkNumbering(entry(record('a', 2, 'published')))[0]!.message).toMatch(/version 1 does not exist/);
  });
  it('reports a draft that is not the newest version', () => {
    const problems = checkNumbering(entry(record('a', 1, 'published'), record('a', 2, 'draft'), record('a', 3, 'published')));
    expect(problems.map((p) => p.message).join('\n')).toMatch(/only the newest version of an entry may be a draft/);
  });
  it('requires a change record after the first version', () => {
    const problems = checkNumbering(entry(record('a', 1, 'published'), record('a', 2, 'published', { changes: undefined })));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/strategies/a/2.mdx', field: 'changes' })]);
  });
  it('requires versions to be published in date order', () => {
    const problems = checkNumbering(
      entry(record('a', 1, 'published', { published: '2026-05-01' }), record('a', 2, 'published', { published: '2026-04-01' })),
    );
    expect(problems).toEqual([expect.objectContaining({ field: 'published' })]);
  });

  const valid = entry(record('a', 1, 'published'), record('a', 2, 'published'), record('a', 3, 'draft'));
  it.each([
    { rule: versionSkipped, broken: entry(record('a', 1, 'published'), record('a', 3, 'published')) },
    { rule: draftNotNewest, broken: entry(record('a', 1, 'published'), record('a', 2, 'draft'), record('a', 3, 'published')) },
    { rule: changesMissing, broken: entry(record('a', 1, 'published'), record('a', 2, 'published', { changes: undefined })) },
    {
      rule: publishedOutOfOrder,
      broken: entry(record('a', 1, 'published', { published: '2026-05-01' }), record('a', 2, 'published', { published: '2026-04-01' })),
    },
  ])('$rule.code reports with its own code only, and nothing on valid versions', ({ rule, broken }) => {
    expect(rule(valid)).toEqual([]);
    expect(rule(broken)).toEqual([expect.objectContaining({ code: rule.code })]);
    expect(runRules(NUMBERING_RULES, broken).map((p) => p.code)).toEqual([rule.code]);
  });
  it('runs every numbering rule', () => {
    expect(NUMBERING_RULES).toEqual([versionSkipped, draftNotNewest, changesMissing, publishedOutOfOrder]);
  });
});

describe('the ledger', () => {
  const input = ledgerInput;
  const ledger = { 'strategies/a/1': 'h1', 'strategies/a/2': 'h2' };

  it('accepts files that match it, and a new draft', () => {
    expect(
      checkLedger([input('strategies/a/1', 'h1'), input('strategies/a/2', 'h2'), input('strategies/a/3', 'h3', 'draft')], ledger, LEDGER),
    ).toEqual([]);
  });
  it('reports a published version that was edited, naming the file', () => {
    const problems = checkLedger([input('strategies/a/1', 'h1'), input('strategies/a/2', 'changed')], ledger, LEDGER);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/strategies/a/2.mdx' })]);
    expect(problems[0]!.message).toMatch(/edited after it was published/);
  });
  it('reports a published version that was deleted, naming the file', () => {
    const problems = checkLedger([input('strategies/a/1', 'h1')], ledger, LEDGER);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/strategies/a/2.mdx' })]);
    expect(problems[0]!.message).toMatch(/the file is missing; published versions are never deleted/);
  });
  it('reports a published version number reused by a draft', () => {
    const problems = checkLedger([input('strategies/a/1', 'h1'), input('strategies/a/2', 'other', 'draft')], ledger, LEDGER);
    expect(problems[0]!.message).toMatch(/reuses version number 2/);
  });
  it('reports a published version that is not in the ledger', () => {
    const problems = checkLedger(
      [input('strategies/a/1', 'h1'), input('strategies/a/2', 'h2'), input('strategies/a/3', 'h3')],
      ledger,
      LEDGER,
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'content/strategies/a/3.mdx' })]);
    expect(problems[0]!.message).toMatch(/not in the ledger/);
  });

  it.each([
    { rule: notInLedger, files: [input('strategies/a/1', 'h1'), input('strategies/a/2', 'h2'), input('strategies/a/3', 'h3')] },
    { rule: publishedMadeDraft, files: [input('strategies/a/1', 'h1'), input('strategies/a/2', 'other', 'draft')] },
    { rule: ledgerHashMismatch, files: [input('strategies/a/1', 'h1'), input('strategies/a/2', 'changed')] },
    { rule: publishedDeleted, files: [input('strategies/a/1', 'h1')] },
  ])('$rule.code reports with its own code only, and nothing on matching files', ({ rule, files }) => {
    expect(
      rule({
        files: [input('strategies/a/1', 'h1'), input('strategies/a/2', 'h2'), input('strategies/a/3', 'h3', 'draft')],
        ledger,
        ledgerFile: LEDGER,
      }),
    ).toEqual([]);
    expect(rule({ files, ledger, ledgerFile: LEDGER })).toEqual([expect.objectContaining({ code: rule.code })]);
    expect(runRules(LEDGER_RULES, { files, ledger, ledgerFile: LEDGER }).map((p) => p.code)).toEqual([rule.code]);
  });
  it('runs every ledger rule', () => {
    expect(LEDGER_RULES).toEqual([notInLedger, publishedMadeDraft, ledgerHashMismatch, publishedDeleted]);
  });
});

describe('the ledger through npm run check (a temporary copy of the fixture)', () => {
  let dir: string;
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'nis-ledger-'));
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const messages = (d: string) =>
    checkContent(d)
      .problems.map((p) => `${p.file}: ${p.message}`)
      .join('\n');
  const v2 = 'interventions/fixture-language-groups/2.mdx';

  it('passes on the untouched copy', () => {
    expect(checkContent(copy()).problems).toEqual([]);
  });
  it('fails naming the file when a published version is edited', () => {
    const d = copy();
    writeFileSync(join(d, v2), readFileSync(join(d, v2), 'utf8').replace('clearer', 'much clearer'));
    expect(messages(d)).toMatch(/fixture-language-groups\/2\.mdx: was edited after it was published/);
  });
  it('fails naming the file when a published version is deleted', () => {
    const d = copy();
    rmSync(join(d, v2));
    expect(messages(d)).toMatch(/content\/interventions\/fixture-language-groups\/2\.mdx: was published .* but the file is missing/);
  });
  it('fails naming the file when a version number is skipped', () => {
    const d = copy();
    renameSync(join(d, v2), join(d, 'interventions/fixture-language-groups/3.mdx'));
    const text = messages(d);
    expect(text).toMatch(/fixture-language-groups\/3\.mdx: skips a version number/);
    expect(text).toMatch(/fixture-language-groups\/2\.mdx: was published .* but the file is missing/);
  });
  it('fails naming the file when a published number is reused for different content', () => {
    const d = copy();
    const text = readFileSync(join(d, v2), 'utf8').replace('status: published', 'status: draft').replace('published: 2026-06-01\n', '');
    writeFileSync(join(d, v2), text);
    expect(messages(d)).toMatch(/fixture-language-groups\/2\.mdx: reuses version number 2/);
  });
});

describe('drafts and the library', () => {
  const records = [record('a', 1, 'published'), record('a', 2, 'draft'), record('b', 1, 'draft')];

  it('are not built for production: current is the newest published version, draft-only entries are left out', () => {
    const library = buildLibrary(records, {}, { asOf: '2026-11-22' });
    expect(library.entries.map((e) => e.key)).toEqual(['strategies/a']);
    expect(library.get('strategies/a')!.current.version).toBe(1);
    expect(library.get('strategies/a')!.versions.map((v) => v.version)).toEqual([1]);
  });
  it('are shown in a preview (NIS_PREVIEW=1 passes includeDrafts)', () => {
    const library = buildLibrary(records, {}, { asOf: '2026-11-22', includeDrafts: true });
    expect(library.entries.map((e) => e.key).sort()).toEqual(['strategies/a', 'strategies/b']);
    expect(library.get('strategies/a')!.current.version).toBe(2);
    expect(library.get('strategies/a')!.versions.map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('review records and the clock', () => {
  const review = (
    slug: string,
    state: 'completed' | 'in-progress',
    completed: string | undefined,
    covers: string,
    reviewType = 'out-of-cycle',
  ) =>
    record(
      slug,
      1,
      'published',
      {
        reviewType,
        trigger: 'new evidence',
        state,
        started: '2026-01-01',
        completed,
        covers: [{ entry: covers, version: 1 }],
        panel: ['Chair'],
        findings: [],
        recommendations: [],
      } as Partial<VersionData>,
      'reviews',
    );

  it('an out-of-cycle review restarts the clock of what it covered, and only that', () => {
    const library = buildLibrary(
      [record('a', 1, 'published'), record('b', 1, 'published'), review('r', 'completed', '2026-09-15', 'strategies/a')],
      {},
      { asOf: '2026-11-22' },
    );
    expect(library.get('strategies/a')!.clock).toMatchObject({ lastReviewed: '2026-09-15', nextDue: '2028-09-15' });
    expect(library.get('strategies/a')!.reviewedBy.map((r) => r.key)).toEqual(['reviews/r']);
    expect(library.get('strategies/b')!.clock).toMatchObject({ lastReviewed: '2026-01-01', nextDue: '2028-01-01' });
  });
  it('a scheduled review does too', () => {
    const library = buildLibrary(
      [record('a', 1, 'published'), review('r', 'completed', '2027-02-01', 'strategies/a', 'scheduled')],
      {},
      { asOf: '2026-11-22' },
    );
    expect(library.get('strategies/a')!.clock!.nextDue).toBe('2029-02-01');
  });
  it('a review in progress marks the entry under review without restarting the clock', () => {
    const library = buildLibrary(
      [record('a', 1, 'published'), review('r', 'in-progress', undefined, 'strategies/a')],
      {},
      { asOf: '2026-11-22' },
    );
    expect(library.get('strategies/a')!.clock).toMatchObject({ lastReviewed: '2026-01-01', status: 'under-review' });
  });
});
