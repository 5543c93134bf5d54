/**
 * The change record every version after the first carries (`changes: {summary, conclusionsChanged,
 * ratingsChanged}`) against what actually changed since the version before it. Decision record:
 * docs/decisions/0008-change-flags.md.
 */
import { RATING_SCALES, RATING_SCALE_IDS } from './vocabulary.ts';
import { ratingText } from './diff.ts';
import { rule, runRules, type Problem } from './problems.ts';
import type { VersionData } from './schemas.ts';
import type { EntryVersions } from './versions.ts';

/**
 * The ratings that differ between two versions, as "Label (before → after)". A rating is what the
 * history page's "what changed" table shows of it (diff.ts, `ratingText`): its label on each of the
 * three scales, the impact's months of progress, and the sources it rests on. Its note is not: a
 * note explains the rating and is reworded without the rating changing (precision teaching's
 * version 2 did), so a changed note alone does not make `ratingsChanged` true. Kinds without
 * ratings (areas of development, reviews) never change a rating.
 */
export function changedRatings(before: VersionData, after: VersionData): string[] {
  return RATING_SCALE_IDS.flatMap((scale) => {
    const was = ratingText(before, scale);
    const is = ratingText(after, scale);
    return was === is ? [] : [`${RATING_SCALES[scale].label} (${was ?? 'none'} → ${is ?? 'none'})`];
  });
}

/**
 * `ratingsChanged` says whether a rating changed since the previous version, and must be right:
 * readers filter the history by it. Checked on drafts too, so `npm run publish` refuses the slip.
 * `conclusionsChanged` is the panel's judgement of the prose (whether the advice a reader acts on
 * changed) and is not checked: a rating can change while the advice stands (NELI's version 2 found
 * four months' progress instead of three and changed no advice), and advice can change with every
 * rating the same (movement breaks' version 2).
 */
export const ratingsChangedFlag = rule<EntryVersions>('ratings-changed-flag', ({ versions }) =>
  versions.flatMap((v, index) => {
    const previous = versions[index - 1];
    const said = v.data.changes?.ratingsChanged;
    // A gap in the numbers or a previous version that failed its schema is reported elsewhere.
    if (!previous || previous.version !== v.version - 1 || said === undefined) return [];
    const changed = changedRatings(previous.data, v.data);
    if (said === changed.length > 0) return [];
    return [
      said
        ? {
            file: v.file,
            field: 'changes.ratingsChanged',
            message: `found true, but no rating changed since version ${previous.version} (its labels, months of progress and sources are the same; a note does not count); expected false`,
            fix: 'set "ratingsChanged: false", or make the change to the rating the panel agreed',
          }
        : {
            file: v.file,
            field: 'changes.ratingsChanged',
            message: `found false, but since version ${previous.version} the ratings changed: ${changed.join('; ')}; expected true`,
            fix: 'set "ratingsChanged: true", or put the ratings back as they were',
          },
    ];
  }),
);

export const CHANGE_RULES = [ratingsChangedFlag] as const;

/** What a version's change record says against what changed since the previous version. */
export function checkChangeRecords(entry: EntryVersions): Problem[] {
  return runRules(CHANGE_RULES, entry);
}
