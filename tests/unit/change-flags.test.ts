/**
 * `changes.ratingsChanged` against the ratings: the rule fires on each slip (false when a rating
 * changed, true when none did) and is silent on the valid fixture, on the bundled content, on a
 * changed note, and where another rule already reports the problem.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-check/read-content.ts';
import { changedRatings, ratingsChangedFlag } from '../../src/domain/change-flags.ts';
import { groupVersions, type EntryVersions, type VersionRecord } from '../../src/domain/versions.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = readContent(FIXTURE_CONTENT);
const bundled = readContent('content');
type Data = Record<string, unknown> & { ratings: Record<string, Record<string, unknown>>; changes?: Record<string, unknown> };

/** The intervention's two versions, version 2 changed by `edit` (on a copy). */
function languageGroups(edit: (data: Data) => void = () => {}): EntryVersions {
  const [one, two] = fixture.records.filter((r) => r.slug === 'fixture-language-groups').sort((a, b) => a.version - b.version);
  const copy = structuredClone(two!) as VersionRecord;
  edit(copy.data as unknown as Data);
  return groupVersions([one!, copy])[0]!;
}
/** Version 2 with version 1's ratings, so no rating changed. */
const sameRatings = (data: Data) => {
  data.ratings = structuredClone(
    fixture.records.find((r) => r.slug === 'fixture-language-groups' && r.version === 1)!.data as unknown as Data,
  ).ratings;
};

describe('ratingsChanged', () => {
  it('is right on every version of the fixture and of the bundled content', () => {
    for (const entry of groupVersions([...fixture.records, ...bundled.records])) expect(ratingsChangedFlag(entry)).toEqual([]);
  });

  it('must be true when a label changed, naming the rating', () => {
    const entry = languageGroups((d) => (d.changes!.ratingsChanged = false));
    expect(ratingsChangedFlag(entry)).toEqual([
      expect.objectContaining({
        code: 'ratings-changed-flag',
        field: 'changes.ratingsChanged',
        message: expect.stringMatching(
          /^found false, but since version 1 the ratings changed: Strength of evidence \(Moderate evidence; .*→ Strong evidence; .*\); Size of effect \(.*; expected true$/,
        ),
        fix: 'set "ratingsChanged: true", or put the ratings back as they were',
      }),
    ]);
  });

  it("counts the impact's months and a rating's sources as the rating, as the history page shows them", () => {
    const months = languageGroups((d) => {
      sameRatings(d);
      d.ratings.impact!.months = 4;
    });
    expect(changedRatings(months.versions[0]!.data, months.versions[1]!.data)).toEqual([
      'Size of effect (Moderate impact (+3 months); sources: eef-neli-2020 → Moderate impact (+4 months); sources: eef-neli-2020)',
    ]);
    const sources = languageGroups((d) => {
      sameRatings(d);
      d.ratings.cost!.sources = ['eef-neli-2020', 'eef-send-2020'];
      d.changes!.ratingsChanged = false;
    });
    expect(ratingsChangedFlag(sources).map((p) => p.message)).toEqual([expect.stringMatching(/^found false, .*: Cost \(/)]);
  });

  it('must be false when no rating changed; a changed note does not count', () => {
    const entry = languageGroups((d) => {
      sameRatings(d);
      d.ratings.strength!.note = 'A new note.';
    });
    expect(ratingsChangedFlag(entry)).toEqual([
      expect.objectContaining({
        field: 'changes.ratingsChanged',
        message: expect.stringMatching(/^found true, but no rating changed since version 1 .*; expected false$/),
      }),
    ]);
    const said = languageGroups((d) => {
      sameRatings(d);
      d.ratings.strength!.note = 'A new note.';
      d.changes!.ratingsChanged = false;
    });
    expect(ratingsChangedFlag(said)).toEqual([]);
  });

  it('must be false for a kind that has no ratings', () => {
    const review = fixture.records.find((r) => r.kind === 'reviews')!;
    const next = structuredClone(review);
    next.version = 2;
    next.data.changes = { summary: 'Corrected the panel.', conclusionsChanged: false, ratingsChanged: true };
    expect(ratingsChangedFlag(groupVersions([review, next])[0]!).map((p) => p.code)).toEqual(['ratings-changed-flag']);
    next.data.changes.ratingsChanged = false;
    expect(ratingsChangedFlag(groupVersions([review, next])[0]!)).toEqual([]);
  });

  it('is silent where another rule reports: no change record, or no previous version to compare', () => {
    expect(ratingsChangedFlag(languageGroups((d) => delete d.changes))).toEqual([]);
    const [, two] = languageGroups((d) => (d.changes!.ratingsChanged = false)).versions;
    expect(ratingsChangedFlag(groupVersions([two!])[0]!)).toEqual([]);
  });
});
