/**
 * The change record every version after the first carries (`changes: {summary, conclusionsChanged,
 * ratingsChanged}`) against what actually changed since the version before it. Decision record:
 * docs/decisions/0008-change-flags.md.
 */
import { RATING_SCALES, RATING_SCALE_IDS, type RatingScaleId } from './vocabulary.ts';
import { ratingText } from './diff.ts';
import { rule, runRules, type Problem } from './problems.ts';
import type { VersionData } from './schemas.ts';
import type { EntryVersions } from './versions.ts';
import type { Finding } from './evidence-types.ts';
import { entryEvidence } from './evidence-rating.ts';
import { isProvision } from './entry-data.ts';
import { ratingInfo } from './labels.ts';

/**
 * What a reader sees of one rating of a version, computed: for a rating that lists findings, the
 * label the rule computes after the panel's step, the months it shows and the findings it rests on;
 * otherwise what the version wrote (diff.ts, `ratingText`). Comparing these between two versions is
 * what "ratings changed" means (issue 15): derived, not typed.
 */
export function computedRatingText(data: VersionData, scale: RatingScaleId, findings: ReadonlyMap<string, Finding>): string | undefined {
  if (!isProvision(data) || scale === 'cost') return ratingText(data, scale);
  const written = data.ratings[scale];
  if (!written.findings) return ratingText(data, scale);
  // A finding that cannot be read is reported by its own rule; compare what is written meanwhile.
  if (written.findings.some((ref) => !findings.has(ref))) return `${written.value ?? 'no value'}; findings: ${written.findings.join(', ')}`;
  const evidence = entryEvidence(data.ratings, findings);
  const months =
    scale === 'impact' && evidence.impact.months !== 'not reported'
      ? ` (${evidence.impact.months > 0 ? '+' : ''}${evidence.impact.months} months)`
      : '';
  return `${ratingInfo(scale, evidence[scale].shown).label}${months}; findings: ${written.findings.join(', ')}`;
}

/**
 * The ratings that differ between two versions, as "Label (before → after)". A rating is what the
 * history page's "what changed" table shows of it (diff.ts, `ratingText`): its label on each of the
 * three scales, the impact's months of progress, and the sources it rests on. Its note is not: a
 * note explains the rating and is reworded without the rating changing (precision teaching's
 * version 2 did), so a changed note alone does not make `ratingsChanged` true. Kinds without
 * ratings (areas of development, reviews) never change a rating.
 */
export function changedRatings(before: VersionData, after: VersionData, findings: ReadonlyMap<string, Finding> = new Map()): string[] {
  return RATING_SCALE_IDS.flatMap((scale) => {
    const was = computedRatingText(before, scale, findings);
    const is = computedRatingText(after, scale, findings);
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
export const ratingsChangedFlag = rule<EntryVersions & { findings?: ReadonlyMap<string, Finding> }>(
  'ratings-changed-flag',
  ({ versions, findings }) =>
    versions.flatMap((v, index) => {
      const previous = versions[index - 1];
      const said = v.data.changes?.ratingsChanged;
      // A gap in the numbers or a previous version that failed its schema is reported elsewhere.
      if (!previous || previous.version !== v.version - 1 || said === undefined) return [];
      const changed = changedRatings(previous.data, v.data, findings);
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
export function checkChangeRecords(entry: EntryVersions, findings: ReadonlyMap<string, Finding> = new Map()): Problem[] {
  return runRules(CHANGE_RULES, { ...entry, findings });
}

/**
 * The entries whose ratings a review moved: each version that names the review (`review: <slug>`)
 * whose computed ratings differ from the version before it, as "<kind>/<slug>" with what moved.
 * Derived for the review page (issue 15), never typed into the review record.
 */
export function ratingsMovedBy(
  reviewSlug: string,
  entries: readonly Pick<EntryVersions, 'kind' | 'slug' | 'versions'>[],
  findings: ReadonlyMap<string, Finding> = new Map(),
): { entry: string; version: number; changes: string[] }[] {
  return entries.flatMap((e) =>
    e.versions.flatMap((v, i) => {
      const previous = e.versions[i - 1];
      if (v.data.review !== reviewSlug || !previous) return [];
      const changes = changedRatings(previous.data, v.data, findings);
      return changes.length ? [{ entry: `${e.kind}/${e.slug}`, version: v.version, changes }] : [];
    }),
  );
}
