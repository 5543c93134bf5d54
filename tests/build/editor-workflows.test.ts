/**
 * The panel's two main workflows, driven through the commands an editor types, on a copy of the
 * fixture content: record an out-of-cycle review with two recommendations (one accepted, one
 * declined with its explanation), then publish the version of the entry the review produced. The
 * slips on the way are refused with their messages; the site is then built once and its pages read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { FIXTURE_AS_OF, textOf } from '../helpers/fixture.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';

const REVIEW = 'fixture-memory-games-review';
const REVIEW_FILE = `reviews/${REVIEW}/1.mdx`;
const ENTRY = 'interventions/fixture-memory-games';
const DECLINED_BECAUSE = 'Staffing ratios are set by schools, not by the standards.';

type Run = SpawnSyncReturns<string>;
let content: TempContent;
let outDir: string;
let build: BuildResult;
/** What each command printed, by step, for the tests to read. */
const steps: Record<string, Run> = {};
const scaffolds: Record<string, string> = {};

/** `npm run <script> -- ...args`, as the editor would type it, on the copy of the content. */
function npmRun(step: string, script: 'new' | 'publish' | 'check', ...args: string[]): Run {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, NIS_CONTENT_DIR: content.dir, NIS_AS_OF: FIXTURE_AS_OF },
    encoding: 'utf8',
  });
  steps[step] = result;
  return result;
}

/** A step that must succeed: stop the workflow with what the command said if it does not. */
function ok(step: string, script: 'new' | 'publish' | 'check', ...args: string[]): Run {
  const result = npmRun(step, script, ...args);
  if (result.status !== 0) throw new Error(`${step}: npm run ${script} -- ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result;
}

/** Replace a whole line of the file, as an editor overwrites a placeholder. */
const fill = (file: string, line: string | RegExp, by: string) => content.replace(file, line, by);

/** Step 1: the editor records the review from the scaffold `new` wrote. */
function recordReview() {
  ok('new review', 'new', 'reviews', REVIEW);
  scaffolds.review = content.read(REVIEW_FILE);
  npmRun('publish review with placeholders', 'publish', `reviews/${REVIEW}`);
  fill(REVIEW_FILE, /^title: .*$/m, 'title: Out-of-cycle review of memory games');
  fill(REVIEW_FILE, /^summary: .*$/m, 'summary: A review prompted by a new trial of working memory games.');
  fill(REVIEW_FILE, /^reviewType: .*$/m, 'reviewType: out-of-cycle');
  fill(REVIEW_FILE, /^trigger: .*$/m, 'trigger: A new randomised trial of working memory games was published.');
  fill(REVIEW_FILE, /^state: .*$/m, 'state: completed # reported in November');
  fill(REVIEW_FILE, /^started: .*$/m, 'started: 2026-09-01');
  fill(REVIEW_FILE, /^completed: .*$/m, 'completed: 2026-11-01');
  fill(REVIEW_FILE, /^ {2}- entry: .*$/m, '  - entry: interventions/fixture-memory-games');
  fill(REVIEW_FILE, /^ {4}version: .*$/m, '    version: 1');
  fill(REVIEW_FILE, /^panel: .*$/m, 'panel: [Independent chair, Educational psychologist]');
  fill(REVIEW_FILE, /^findings: .*$/m, 'findings: [The new trial supports a moderate strength rating.]');
  // The second recommendation: a copy of the first, as the scaffold's layout invites.
  const first = /^ {2}- id: r1[^\n]*\n(?: {4}.*\n)+/m.exec(content.read(REVIEW_FILE))![0];
  fill(REVIEW_FILE, first, `${first}${first.replace('- id: r1', '- id: r2')}`);
  fill(REVIEW_FILE, /^ {4}text: .*$/m, '    text: Raise the strength rating to moderate.');
  fill(REVIEW_FILE, /^ {6}decision: .*$/m, '      decision: accepted');
  fill(REVIEW_FILE, /^ {6}explanation: .*\n/m, ''); // an accepted recommendation needs none
  fill(REVIEW_FILE, /^ {6}# date: .*$/m, '      date: 2026-11-10');
  fill(REVIEW_FILE, /^ {4}text: "TODO.*$/m, '    text: Require one adult for every three pupils.');
  fill(REVIEW_FILE, /^ {6}decision: "TODO.*$/m, '      decision: declined');
  fill(REVIEW_FILE, /^ {6}explanation: .*$/m, `      explanation: ${DECLINED_BECAUSE}`);
  fill(REVIEW_FILE, /^## TODO.*$/m, '## Summary');
  fill(REVIEW_FILE, 'Write the entry here.', 'The panel met twice to consider the new trial.');
  ok('check review', 'check');
  ok('publish review', 'publish', `reviews/${REVIEW}`);
  // A slip: the published review is edited in place. The ledger refuses it; the editor puts it back.
  const published = content.read(REVIEW_FILE);
  content.replace(REVIEW_FILE, 'met twice', 'met three times');
  npmRun('check edited published review', 'check');
  content.write(REVIEW_FILE, published);
}

/** Step 2: the editor starts the version the review produced, edits it and publishes it. */
function publishProducedVersion() {
  npmRun('new with a misspelt review', 'new', 'interventions', 'fixture-memory-games', '--review', 'fixture-memory-games-reveiw');
  ok('new version from review', 'new', 'interventions', 'fixture-memory-games', '--review', REVIEW);
  const file = `${ENTRY}/2.mdx`;
  scaffolds.version = content.read(file);
  fill(file, /^ {2}summary: .*$/m, '  summary: The strength rating was raised to moderate after the new trial.');
  fill(file, /^ {2}ratingsChanged: .*$/m, '  ratingsChanged: true');
  fill(file, 'strength: { value: emerging,', 'strength: { value: moderate,');
  ok('publish version', 'publish', ENTRY);
  ok('check after', 'check');
}

beforeAll(() => {
  content = tempContent();
  outDir = mkdtempSync(join(tmpdir(), 'nis-workflow-out-'));
  recordReview();
  publishProducedVersion();
  build = buildSite(content.dir, outDir);
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.output.slice(-4000)}`);
}, 600_000);

afterAll(() => {
  content?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('recording a review', () => {
  it('new scaffolds the review with every field, placeholders to replace and the allowed decisions', () => {
    expect(steps['new review']!.stdout).toMatch(/Created the draft .*reviews\/fixture-memory-games-review\/1\.mdx\. Replace every TODO/);
    for (const field of ['reviewType', 'trigger', 'state', 'started', 'completed', 'covers', 'panel', 'findings', 'recommendations'])
      expect(scaffolds.review).toMatch(new RegExp(`^${field}:`, 'm'));
    expect(scaffolds.review).toMatch(
      /decision: "TODO: replace this placeholder" # The department's decision\. One of: accepted, accepted-with-changes, declined, awaiting$/m,
    );
  });

  it('publish refuses the review while placeholders are left, naming their lines', () => {
    const refused = steps['publish review with placeholders']!;
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /npm run publish: the draft still has placeholders \("TODO: replace this placeholder"\) at .*fixture-memory-games-review\/1\.mdx:2, /,
    );
  });

  it('check and publish accept it once filled in, and the ledger refuses an edit to it afterwards', () => {
    expect(steps['check review']!.stdout).toMatch(/^Content is valid/m);
    expect(steps['publish review']!.stdout).toMatch(/Published .*fixture-memory-games-review\/1\.mdx on 2026-11-22\./);
    const edited = steps['check edited published review']!;
    expect(edited.status).toBe(1);
    expect(edited.stderr).toMatch(/fixture-memory-games-review\/1\.mdx was edited after it was published .* \[ledger-hash-mismatch\]/);
  });

  it('publish changed only the status and added the date under it', () => {
    expect(content.read(REVIEW_FILE)).toMatch(/^status: published\npublished: 2026-11-22\n/m);
    expect(content.read(REVIEW_FILE)).toMatch(/^state: completed # reported in November$/m);
  });
});

describe('publishing the version the review produced', () => {
  it('new --review refuses a misspelt review, naming the nearest', () => {
    const refused = steps['new with a misspelt review']!;
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /npm run new: there is no review "fixture-memory-games-reveiw" .*nearest known reviews: fixture-memory-games-review/,
    );
  });

  it('new --review starts the version naming the review, with the change record to write', () => {
    expect(scaffolds.version).toMatch(
      /^status: draft\nreview: fixture-memory-games-review\nchanges:\n {2}summary: "TODO: replace this placeholder: say what review fixture-memory-games-review changed since version 1"/m,
    );
  });
});

describe('the built site', () => {
  it('the review page shows both recommendations, their decisions and the decline explanation', () => {
    const text = textOf(page(`/reviews/${REVIEW}/`));
    expect(text).toMatch(
      /Recommendation r1 Recommendation Raise the strength rating to moderate\. Department's response Accepted on 10 November 2026/,
    );
    expect(text).toMatch(
      /Recommendation r2 Recommendation Require one adult for every three pupils\. Department's response Declined Staffing ratios are set by schools, not by the standards\./,
    );
    expect(text).toContain('A new randomised trial of working memory games was published.');
  });

  it('the declined register lists the declined recommendation with its explanation', () => {
    expect(textOf(page('/reviews/declined/'))).toContain(DECLINED_BECAUSE);
  });

  it('the entry page shows the new version and its rating', () => {
    const text = textOf(page(`/${ENTRY}/`));
    expect(text).toMatch(/Version 2, published 22 November 2026\. The strength rating was raised to moderate after the new trial\./);
    expect(text).toContain('Moderate evidence');
    expect(text).toContain('See all 2 versions and what changed');
  });

  it('the history page lists both versions, the new one produced by the review', () => {
    const html = page(`/${ENTRY}/history/`);
    expect(html).toContain(`Produced by <a class="govuk-link" href="/reviews/${REVIEW}/">Out-of-cycle review of memory games</a>`);
    const text = textOf(html);
    expect(text).toMatch(/Version 2 .*Current.* Published 22 November 2026\./);
    expect(text).toMatch(/Version 1 .*Published 1 April 2026\./);
    expect(text).toContain('Ratings changed');
  });
});
