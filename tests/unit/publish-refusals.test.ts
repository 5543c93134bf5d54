/**
 * `npm run publish` refuses the slips the check reports as errors, because it runs the check
 * before and after publishing: a change record that says no rating changed when one did, and an
 * entry version published before the review that produced it. Warnings (another draft's
 * placeholders) do not hold a publication back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AuthoringError, publishDraft } from '../../src/content-check/authoring.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { draftCopy, tempContent, type TempContent } from '../helpers/temp-content.ts';

const VERSION_3 = 'interventions/fixture-language-groups/3.mdx';
const ledger = () => JSON.parse(content.read('versions.lock.json')).versions as Record<string, string>;

let content: TempContent;
beforeEach(() => (content = tempContent()));
afterEach(() => content.remove());

/** A finished draft version 3 of the intervention: version 2 with no rating changed, and `edit` applied. */
const draftVersion3 = (edit: (text: string) => string = (text) => text) =>
  draftCopy(content, VERSION_3.replace('3.mdx', '2.mdx'), VERSION_3, (text) =>
    edit(text.replace('ratingsChanged: true', 'ratingsChanged: false')),
  );
/** A second review, as a draft. */
const draftReview = () => draftCopy(content, 'reviews/fixture-review/1.mdx', 'reviews/fixture-review-two/1.mdx');

function refused(target: string, message: RegExp) {
  const before = content.read(VERSION_3);
  const ledgerBefore = content.read('versions.lock.json');
  expect(() => publishDraft(content.dir, target, '2026-12-02')).toThrow(AuthoringError);
  expect(() => publishDraft(content.dir, target, '2026-12-02')).toThrow(message);
  expect(content.read(VERSION_3)).toBe(before);
  expect(content.read('versions.lock.json')).toBe(ledgerBefore);
}

describe('npm run publish refuses what the check reports', () => {
  it('refuses a version whose rating changed while it says ratingsChanged: false', () => {
    draftVersion3((text) => text.replace('cost: { value: low', 'cost: { value: moderate'));
    refused(
      'interventions/fixture-language-groups',
      /fix these first:\n.*3\.mdx:9 changes\.ratingsChanged: found false.*\[ratings-changed-flag\]/,
    );
  });

  it('refuses a version whose review is a draft, naming the review to publish first, then publishes it after the review', () => {
    draftReview();
    draftVersion3((text) => text.replace('review: fixture-review', 'review: fixture-review-two'));
    refused(
      'interventions/fixture-language-groups',
      /publishing would leave problems, so nothing was changed:\n.*3\.mdx:\d+ review: names the review reviews\/fixture-review-two, which has only a draft.*\n {4}fix: publish the review first: npm run publish -- reviews\/fixture-review-two/,
    );
    publishDraft(content.dir, 'reviews/fixture-review-two', '2026-12-01');
    publishDraft(content.dir, 'interventions/fixture-language-groups', '2026-12-02');
    expect(ledger()['interventions/fixture-language-groups/3']).toMatch(/^sha256-/);
    expect(checkContent(content.dir).problems).toEqual([]);
  });

  it("publishes while another draft still holds placeholders (a warning), and refuses that draft's own", () => {
    draftVersion3();
    content.write(
      'strategies/fixture-quiet-corner/1.mdx',
      content
        .read('strategies/fixture-visual-timetables/1.mdx')
        .replace('status: published', 'status: draft')
        .replace(/title: .*/, 'title: "TODO: replace this placeholder (title)"'),
    );
    expect(checkContent(content.dir).problems.map((p) => p.code)).toEqual(['placeholder']);
    publishDraft(content.dir, 'interventions/fixture-language-groups', '2026-12-02');
    expect(readFileSync(content.path(VERSION_3), 'utf8')).toMatch(/status: published/);
    expect(() => publishDraft(content.dir, 'strategies/fixture-quiet-corner', '2026-12-02')).toThrow(
      /the draft still has placeholders .*fixture-quiet-corner\/1\.mdx:2;/,
    );
  });

  it('refuses a placeholder that is only the word TODO, as the check warns about it', () => {
    draftVersion3((text) => text.replace('## What it is', '## What it is\n\nTODO check the session length.'));
    expect(checkContent(content.dir).problems.map((p) => [p.code, p.line])).toEqual([['placeholder', 25]]);
    refused('interventions/fixture-language-groups', /the draft still has placeholders .*3\.mdx:25;/);
  });
});
