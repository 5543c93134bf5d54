/**
 * The wording of `npm run check` for each kind of bad input, pinned: a content editor must be able
 * to act on the message alone. Each case breaks a copy of the fixture content in one way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem, severity } from '../../src/domain/problems.ts';
import { withoutStyleWarnings } from '../../src/content-check/style-report.ts';
import { draftCopy, tempContent, unpublish, type TempContent } from '../helpers/temp-content.ts';

const INTERVENTION = 'interventions/fixture-language-groups/2.mdx';
const STRATEGY = 'strategies/fixture-visual-timetables/1.mdx';
let content: TempContent;
afterEach(() => content?.remove());

/** Problems as printed, with the temp folder shown as "content" (the style gate's warnings only with --style, as npm run check prints them). */
function report(): string[] {
  const prefix = relative(process.cwd(), content.dir);
  return withoutStyleWarnings(checkContent(content.dir).problems).map((p) => formatProblem(p).split(prefix).join('content'));
}

/** Break a draft-free copy so ledger hash errors do not crowd the message under test. */
function breakDraft(file: string, mutate: () => void) {
  unpublish(content, file);
  mutate();
}

describe('npm run check messages', () => {
  it('accepts the fixture as it is', () => {
    content = tempContent();
    expect(report()).toEqual([]);
  });

  it('names an unknown enum value and lists the allowed values', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, 'layer: targeted', 'layer: targetted'));
    expect(report()).toEqual([`content/${INTERVENTION}:14 layer: found "targetted"; expected one of: targeted, targeted-plus [schema]`]);
  });

  it('reports a wrong type', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, 'conclusionsChanged: true', 'conclusionsChanged: "yes"'));
    expect(report()).toEqual([`content/${INTERVENTION}:9 changes.conclusionsChanged: found "yes"; expected true or false [schema]`]);
  });

  it('reports a missing required field', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, /deliveredBy: .*\n/, ''));
    expect(report()).toEqual([`content/${INTERVENTION}:2 deliveredBy: is missing; expected text [schema]`]);
  });

  it('reports an unknown field with the allowed fields', () => {
    content = tempContent();
    breakDraft(STRATEGY, () => content.replace(STRATEGY, 'summary:', 'sumary: typo\nsummary:'));
    const [line] = report();
    expect(line).toMatch(new RegExp(`^content/${STRATEGY}:3 has unknown field "sumary"; allowed fields here: title, summary, status, `));
  });

  it('reports malformed YAML with the line', () => {
    content = tempContent();
    breakDraft(STRATEGY, () => content.replace(STRATEGY, 'phases: [early-years, primary]', 'phases: [early-years, primary'));
    const lines = report();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^content/${STRATEGY}:\\d+ is not valid YAML: `));
  });

  it('reports a date that does not exist', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, 'published: 2026-06-01', 'published: 2026-02-30'));
    expect(report()).toEqual([`content/${INTERVENTION}:5 published: found "2026-02-30"; expected a real calendar date [schema]`]);
  });

  it('reports a date in the wrong format', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, 'published: 2026-06-01', 'published: 1 June 2026'));
    expect(report()).toEqual([`content/${INTERVENTION}:5 published: found "1 June 2026"; expected a date written YYYY-MM-DD [schema]`]);
  });

  it('reports a slug used by two entries', () => {
    content = tempContent();
    content.write(
      'tools/fixture-language-groups/1.mdx',
      content.read('tools/fixture-language-screen/1.mdx').replace('status: published', 'status: draft'),
    );
    expect(report()).toContain(
      'content/tools/fixture-language-groups/1.mdx uses the slug "fixture-language-groups", which is already the intervention content/interventions/fixture-language-groups/; slugs must be unique across the library [duplicate-slug]\n    fix: rename this folder to a slug of its own',
    );
  });

  it('reports an empty body', () => {
    content = tempContent();
    breakDraft(STRATEGY, () => content.write(STRATEGY, content.read(STRATEGY).replace(/\n---\n[\s\S]*$/, '\n---\n\n')));
    expect(report()).toEqual([`content/${STRATEGY} body: is empty; write the entry below the frontmatter [empty-body]`]);
  });

  it('reports an unknown source key with the nearest known keys', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () =>
      content.replace(
        INTERVENTION,
        'strength: { value: strong, sources: [eef-neli-2020] }',
        'strength: { value: strong, sources: [eef-nelli-2020] }',
      ),
    );
    expect(report()).toEqual([
      `content/${INTERVENTION}:19 ratings.strength.sources.0: cites "eef-nelli-2020", which is not in content/sources.yaml; known keys include: eef-neli-2020, eef-send-2020 [unknown-source]`,
    ]);
  });

  it('reports an unknown linked entry', () => {
    content = tempContent();
    content.replace('tools/fixture-language-screen/1.mdx', 'status: published', 'status: draft');
    content.replace(
      'tools/fixture-language-screen/1.mdx',
      'leadsTo: [interventions/fixture-language-groups]',
      'leadsTo: [interventions/no-such-thing]',
    );
    const ledger = JSON.parse(content.read('versions.lock.json'));
    delete ledger.versions['tools/fixture-language-screen/1'];
    content.write('versions.lock.json', JSON.stringify(ledger));
    expect(report()).toEqual([
      'content/tools/fixture-language-screen/1.mdx:15 leadsTo.0: refers to "interventions/no-such-thing", which does not exist; expected a folder content/interventions/no-such-thing/ [missing-entry]',
    ]);
  });

  it('reports a component outside the entry areas', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, 'components: [language]', 'components: [language, working-memory]'));
    expect(report()).toEqual([
      `content/${INTERVENTION}:12 components.1: found "working-memory", a component of executive-function, which is not in this entry's areas (speech-language-communication); add executive-function to areas or remove the component [component-outside-areas]`,
    ]);
  });

  it('reports a real rating without a source', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () => content.replace(INTERVENTION, 'cost: { value: low, sources: [eef-neli-2020] }', 'cost: { value: low }'));
    expect(report()).toEqual([
      `content/${INTERVENTION}:21 ratings.cost.sources: a rating of "low" must name at least one source; use one of practice-change, unknown when there is none [schema]`,
    ]);
  });

  it('reports an impact band that contradicts the months given', () => {
    content = tempContent();
    breakDraft(INTERVENTION, () =>
      content.replace(INTERVENTION, 'impact: { value: moderate, months: 4', 'impact: { value: large, months: 4'),
    );
    expect(report()).toEqual([
      `content/${INTERVENTION}:20 ratings.impact.value: 4 months of progress is "moderate" impact, not "large" [schema]`,
    ]);
  });

  it('reports a declined recommendation without an explanation', () => {
    content = tempContent();
    const file = 'reviews/fixture-review/1.mdx';
    breakDraft(file, () => content.replace(file, ', explanation: Funding is outside the scope of the standards.', ''));
    expect(report()).toEqual([
      `content/${file}:21 recommendations[r2].response.explanation: a recommendation the department has declined needs a published explanation [schema]`,
    ]);
  });

  it('reports an area whose components drift from the vocabulary', () => {
    content = tempContent();
    const file = 'areas-of-development/sensory/1.mdx';
    breakDraft(file, () =>
      content.replace(file, '  - id: sensory-processing\n    description: Fixture description of sensory-processing.\n', ''),
    );
    expect(report()).toEqual([
      `content/${file}:7 components: does not describe sensory-processing; the vocabulary lists external-senses, internal-senses, sensory-processing for sensory [area-vocabulary]`,
    ]);
  });

  it('reports a file outside the version layout', () => {
    content = tempContent();
    content.write('interventions/fixture-language-groups/latest.mdx', '---\ntitle: x\n---\n');
    expect(report()).toEqual([
      'content/interventions/fixture-language-groups/latest.mdx has a file name "latest.mdx" that is not a version; expected 1.mdx, 2.mdx, ... [version-path]',
    ]);
  });

  it('reports a published version that was edited, with the fix', () => {
    content = tempContent();
    content.replace(STRATEGY, 'A visual timetable shows', 'A visual timetable displays');
    expect(report()).toEqual([
      `content/${STRATEGY} was edited after it was published (its hash no longer matches content/versions.lock.json); published versions are frozen [ledger-hash-mismatch]\n    fix: restore it (git checkout -- content/${STRATEGY}) and put the change in a new version: npm run new -- strategies fixture-visual-timetables`,
    ]);
  });

  const VERSION_3 = INTERVENTION.replace('2.mdx', '3.mdx');
  /** A draft version 3 of the intervention: a copy of version 2 with `edit` applied. */
  const draftVersion3 = (edit: (text: string) => string) => draftCopy(content, INTERVENTION, VERSION_3, edit);
  const draftReview = () => draftCopy(content, 'reviews/fixture-review/1.mdx', 'reviews/fixture-review-two/1.mdx');

  it('reports ratingsChanged: false when a rating changed, naming the rating', () => {
    content = tempContent();
    draftVersion3((text) =>
      text.replace('ratingsChanged: true', 'ratingsChanged: false').replace('cost: { value: low', 'cost: { value: moderate'),
    );
    expect(report()).toEqual([
      `content/${VERSION_3}:9 changes.ratingsChanged: found false, but since version 2 the ratings changed: Cost (Low cost; sources: eef-neli-2020 → Moderate cost; sources: eef-neli-2020); expected true [ratings-changed-flag]\n    fix: set "ratingsChanged: true", or put the ratings back as they were`,
    ]);
  });

  it('reports ratingsChanged: true when no rating changed (a changed note does not count)', () => {
    content = tempContent();
    draftVersion3((text) => text.replace('cost: { value: low,', 'cost: { value: low, note: Staff time only.,'));
    expect(report()).toEqual([
      `content/${VERSION_3}:9 changes.ratingsChanged: found true, but no rating changed since version 2 (its labels, months of progress and sources are the same; a note does not count); expected false [ratings-changed-flag]\n    fix: set "ratingsChanged: false", or make the change to the rating the panel agreed`,
    ]);
  });

  it('reports a published version whose review is still a draft, with the review to publish first', () => {
    content = tempContent();
    draftReview();
    const published = 'interventions/fixture-memory-games/1.mdx';
    breakDraft(published, () => content.replace(published, 'status: draft', 'status: published\nreview: fixture-review-two'));
    expect(report()).toEqual([
      `content/${published} is marked published but is not in the ledger content/versions.lock.json; publish versions with the publish command, which records them [not-in-ledger]\n    fix: set "status: draft", then run npm run publish -- interventions/fixture-memory-games`,
      `content/${published}:5 review: names the review reviews/fixture-review-two, which has only a draft; a version is published after the review that produced it, or the site shows it without its "produced by" link [review-unpublished]\n    fix: publish the review first: npm run publish -- reviews/fixture-review-two`,
    ]);
  });

  it('accepts a draft that names a draft review', () => {
    content = tempContent();
    draftReview();
    draftVersion3((text) =>
      text.replace('review: fixture-review', 'review: fixture-review-two').replace('ratingsChanged: true', 'ratingsChanged: false'),
    );
    expect(report()).toEqual([]);
  });

  it('warns about a placeholder left in a draft, naming the field and the line', () => {
    content = tempContent();
    draftVersion3((text) =>
      text
        .replace('ratingsChanged: true', 'ratingsChanged: false')
        .replace(/deliveredBy: .*/, 'deliveredBy: TODO ask the panel')
        .replace('## What it is', '## What it is\n\nTODO: a paragraph on who it is for.'),
    );
    expect(report()).toEqual([
      `content/${VERSION_3}:15 deliveredBy: found the placeholder "TODO ask the panel"; replace it with the real text before publishing [placeholder]`,
      `content/${VERSION_3}:25 body: found the placeholder "TODO: a paragraph on who it is for."; replace it with the real text before publishing [placeholder]`,
    ]);
    expect(withoutStyleWarnings(checkContent(content.dir).problems).map(severity)).toEqual(['warning', 'warning']);
  });

  it('gives the line of each source key in a frontmatter list', () => {
    content = tempContent();
    breakDraft(STRATEGY, () => content.replace(STRATEGY, 'status: draft', 'status: draft\nsources: [eef-send-2020, eef-sned-2020]'));
    expect(report()).toEqual([
      `content/${STRATEGY}:5 sources.1: cites "eef-sned-2020", which is not in content/sources.yaml; known keys include: eef-send-2020, eef-neli-2020 [unknown-source]`,
    ]);
  });

  it('names a recommendation by its id in a schema problem', () => {
    content = tempContent();
    const file = 'reviews/fixture-review/1.mdx';
    breakDraft(file, () => content.replace(file, 'decision: accepted', 'decision: agreed'));
    expect(report()).toEqual([
      `content/${file}:18 recommendations[r1].response.decision: found "agreed"; expected one of: accepted, accepted-with-changes, declined, awaiting [schema]`,
    ]);
  });
});
