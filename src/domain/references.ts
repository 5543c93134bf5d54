/**
 * Checks that need more than one file: references between entries, to the bibliography and to the
 * vocabulary, and the rule that each area of development's content matches the code's vocabulary.
 */
import { AREAS, COMPONENTS, RATING_SCALE_IDS, type KindId } from './vocabulary.ts';
import { kindLabel } from './labels.ts';
import { parseEntryPath } from './routes.ts';
import { isProvision } from './entry-data.ts';
import { rule, runRules, type Finding, type Problem } from './problems.ts';
import { entryKey, groupVersions, type EntryVersions, type VersionPath, type VersionRecord } from './versions.ts';

/** What the body of a version cites and links to, found by the MDX reader. */
export interface BodyFacts {
  citations: { source: string; line: number }[];
  links: { url: string; line: number }[];
}

export type CheckedRecord = VersionRecord & { body: BodyFacts };

/** What every reference rule looks at. */
export interface ReferenceContext {
  /** The versions that passed their schema. */
  records: readonly CheckedRecord[];
  entries: EntryVersions<CheckedRecord>[];
  /**
   * The highest version number of every entry found, valid or not, so that an entry whose file has
   * a schema error is not also reported as missing by everything that refers to it.
   */
  versionsOf: ReadonlyMap<string, number>;
  sourceKeys: ReadonlySet<string>;
}

export function referenceContext(
  records: readonly CheckedRecord[],
  sourceKeys: ReadonlySet<string>,
  allPaths: readonly VersionPath[] = records,
): ReferenceContext {
  const versionsOf = new Map<string, number>();
  for (const p of allPaths) versionsOf.set(entryKey(p), Math.max(versionsOf.get(entryKey(p)) ?? 0, p.version));
  return { records, entries: groupVersions(records), versionsOf, sourceKeys };
}

/** A slug names one entry across the whole library. */
export const duplicateSlug = rule<ReferenceContext>('duplicate-slug', ({ entries }) => {
  const kindsBySlug = new Map<string, KindId[]>();
  for (const e of entries) kindsBySlug.set(e.slug, [...(kindsBySlug.get(e.slug) ?? []), e.kind]);
  return entries.flatMap((e) => {
    const kinds = kindsBySlug.get(e.slug)!;
    if (kinds.length < 2 || kinds[0] === e.kind) return [];
    return [
      {
        file: e.versions[0]!.file,
        message: `uses the slug "${e.slug}", which is already the ${kindLabel(kinds[0]!).toLowerCase()} content/${kinds[0]}/${e.slug}/; slugs must be unique across the library`,
        fix: 'rename this folder to a slug of its own',
      },
    ];
  });
});

/** Every source key cited, in the frontmatter, the ratings or a <Cite> in the body, is in the bibliography. */
export const unknownSource = rule<ReferenceContext>('unknown-source', ({ records, sourceKeys }) => {
  const known = [...sourceKeys].sort();
  return records.flatMap((r) => {
    const d = r.data;
    const cited: { field: string; key: string; line?: number }[] = d.sources.map((key, i) => ({ field: `sources.${i}`, key }));
    for (const c of r.body.citations) cited.push({ field: 'body <Cite>', key: c.source, line: c.line });
    if (d.kind === 'reviews') d.appraisal?.forEach((a, i) => cited.push({ field: `appraisal.${i}.source`, key: a.source }));
    if (isProvision(d)) {
      for (const scale of RATING_SCALE_IDS) {
        d.ratings[scale].sources.forEach((key, i) => cited.push({ field: `ratings.${scale}.sources.${i}`, key }));
      }
    }
    return cited
      .filter((c) => !sourceKeys.has(c.key))
      .map((c) => ({
        file: r.file,
        line: c.line,
        field: c.field,
        message: `cites "${c.key}", which is not in content/sources.yaml; known keys include: ${nearest(c.key, known)}`,
      }));
  });
});

/** A field of the frontmatter that names another entry as "<kind>/<slug>". */
interface EntryReference {
  record: CheckedRecord;
  field: string;
  ref: string;
  /** The kinds the field accepts, when it does not accept every kind. */
  allowed?: readonly KindId[];
}

function entryReferences(records: readonly CheckedRecord[]): EntryReference[] {
  return records.flatMap((record) => {
    const d = record.data;
    const refs: EntryReference[] = [];
    if (d.review) refs.push({ record, field: 'review', ref: `reviews/${d.review}` });
    if (isProvision(d)) d.related.forEach((ref, i) => refs.push({ record, field: `related.${i}`, ref }));
    if (isProvision(d))
      d.verdict?.useInstead.forEach((ref, i) =>
        refs.push({ record, field: `verdict.useInstead.${i}`, ref, allowed: ['strategies', 'interventions', 'tools', 'packages'] }),
      );
    if (d.kind === 'tools')
      d.leadsTo.forEach((ref, i) =>
        refs.push({ record, field: `leadsTo.${i}`, ref, allowed: ['strategies', 'interventions', 'packages'] }),
      );
    if (d.kind === 'reviews') d.covers.forEach((c, i) => refs.push({ record, field: `covers.${i}.entry`, ref: c.entry }));
    return refs;
  });
}

const kindAllowed = ({ ref, allowed }: EntryReference) => !allowed || allowed.includes(ref.split('/')[0] as KindId);

/** An internal link in a body, /<kind>/<slug>/ or /<kind>/<slug>/v<n>/, with the entry it names. */
function entryLinks(record: CheckedRecord): { url: string; line: number; key: string; version?: number }[] {
  return record.body.links.flatMap((link) => {
    const target = parseEntryPath(link.url);
    if (!target) return [];
    return [{ ...link, key: entryKey(target), ...(target.version ? { version: target.version } : {}) }];
  });
}

/** A field that accepts only some kinds names an entry of one of them. */
export const wrongKind = rule<ReferenceContext>('wrong-kind', ({ records }) =>
  entryReferences(records)
    .filter((r) => !kindAllowed(r))
    .map(({ record, field, ref, allowed }) => ({
      file: record.file,
      field,
      message: `found "${ref}"; expected an entry of kind ${allowed!.join(' or ')}`,
    })),
);

/** Every entry named, in the frontmatter or by an internal link, exists. */
export const missingEntry = rule<ReferenceContext>('missing-entry', ({ records, versionsOf }) => [
  ...entryReferences(records)
    .filter((r) => kindAllowed(r) && !versionsOf.has(r.ref))
    .map(({ record, field, ref }) => ({
      file: record.file,
      field,
      message: `refers to "${ref}", which does not exist; expected a folder content/${ref}/`,
    })),
  ...records.flatMap((r) =>
    entryLinks(r)
      .filter((link) => !versionsOf.has(link.key))
      .map((link) => ({
        file: r.file,
        line: link.line,
        field: 'body link',
        message: `links to ${link.url}, but there is no entry content/${link.key}/`,
      })),
  ),
]);

/** Every version named, by a review's covers or an internal link, exists. */
export const missingVersion = rule<ReferenceContext>('missing-version', ({ records, versionsOf }) =>
  records.flatMap((r) => {
    const d = r.data;
    const links = entryLinks(r).flatMap((link) => {
      const count = versionsOf.get(link.key);
      return count !== undefined && link.version !== undefined && link.version > count
        ? [
            {
              file: r.file,
              line: link.line,
              field: 'body link',
              message: `links to ${link.url}, but ${link.key} has only ${count} version(s)`,
            },
          ]
        : [];
    });
    const covers =
      d.kind !== 'reviews'
        ? []
        : d.covers.flatMap((c, i) => {
            const count = versionsOf.get(c.entry);
            return count !== undefined && c.version > count
              ? [
                  {
                    file: r.file,
                    field: `covers.${i}.version`,
                    message: `found version ${c.version} of ${c.entry}, which has only ${count} version(s)`,
                  },
                ]
              : [];
          });
    return [...links, ...covers];
  }),
);

/** An entry's components belong to its areas. */
export const componentOutsideAreas = rule<ReferenceContext>('component-outside-areas', ({ records }) =>
  records.flatMap((r) => {
    const d = r.data;
    if (!isProvision(d)) return [];
    return d.components.flatMap((id, i) => {
      const area = COMPONENTS.find((c) => c.id === id)!.area;
      if ((d.areas as readonly string[]).includes(area)) return [];
      return [
        {
          file: r.file,
          field: `components.${i}`,
          message: `found "${id}", a component of ${area}, which is not in this entry's areas (${d.areas.join(', ')}); add ${area} to areas or remove the component`,
        },
      ];
    });
  }),
);

/** An area's content describes exactly the components the vocabulary gives it, under its label. */
export const areaVocabulary = rule<ReferenceContext>('area-vocabulary', ({ records }) => records.flatMap(checkAreaAgainstVocabulary));

/** Every area in the vocabulary has content. */
export const missingArea = rule<ReferenceContext>('missing-area', ({ versionsOf }) =>
  AREAS.filter((area) => !versionsOf.has(`areas-of-development/${area.id}`)).map((area) => ({
    file: `content/areas-of-development/${area.id}/1.mdx`,
    message: `is missing: the vocabulary (src/domain/vocabulary.ts) defines the area "${area.id}", so its content must exist`,
    fix: `npm run new -- areas-of-development ${area.id}`,
  })),
);

/**
 * A published version names a published review: the site links a version to the review that
 * produced it only once the review is published, so the review goes first. A draft may name a
 * draft review (both are work in progress), and publishing the draft is then refused by this rule.
 */
export const reviewUnpublished = rule<ReferenceContext>('review-unpublished', ({ records, entries, versionsOf }) =>
  records.flatMap((r) => {
    if (r.data.status !== 'published' || !r.data.review) return [];
    const key = `reviews/${r.data.review}`;
    const review = entries.find((e) => entryKey(e) === key);
    // A missing review is missing-entry's; one with an unreadable version may be published: stay silent.
    if (!review || review.published.length || review.versions.length < versionsOf.get(key)!) return [];
    return [
      {
        file: r.file,
        field: 'review',
        message: `names the review ${key}, which has only a draft; a version is published after the review that produced it, or the site shows it without its "produced by" link`,
        fix: `publish the review first: npm run publish -- ${key}`,
      },
    ];
  }),
);

export const REFERENCE_RULES = [
  duplicateSlug,
  unknownSource,
  wrongKind,
  missingEntry,
  missingVersion,
  componentOutsideAreas,
  areaVocabulary,
  missingArea,
  reviewUnpublished,
] as const;

/** `allPaths` lists every version file found, valid or not (see `ReferenceContext.versionsOf`). */
export function checkReferences(
  records: readonly CheckedRecord[],
  sourceKeys: ReadonlySet<string>,
  allPaths: readonly VersionPath[] = records,
): Problem[] {
  return runRules(REFERENCE_RULES, referenceContext(records, sourceKeys, allPaths));
}

function checkAreaAgainstVocabulary(r: CheckedRecord): Finding[] {
  const d = r.data;
  if (d.kind !== 'areas-of-development') return [];
  const area = AREAS.find((a) => a.id === r.slug);
  if (!area) {
    return [
      {
        file: r.file,
        message: `is an area folder "${r.slug}" that the vocabulary does not define; expected one of: ${AREAS.map((a) => a.id).join(', ')}`,
      },
    ];
  }
  const problems: Finding[] = [];
  if (d.title !== area.label) {
    problems.push({
      file: r.file,
      field: 'title',
      message: `found "${d.title}"; expected "${area.label}", the label in src/domain/vocabulary.ts (change both together)`,
    });
  }
  const expected = area.components.map((c) => c.id as string);
  const found = d.components.map((c) => c.id as string);
  const missing = expected.filter((id) => !found.includes(id));
  const extra = found.filter((id) => !expected.includes(id));
  if (missing.length)
    problems.push({
      file: r.file,
      field: 'components',
      message: `does not describe ${missing.join(', ')}; the vocabulary lists ${expected.join(', ')} for ${area.id}`,
    });
  if (extra.length)
    problems.push({
      file: r.file,
      field: 'components',
      message: `describes ${extra.join(', ')}, which belong to no component of ${area.id}; expected only ${expected.join(', ')}`,
    });
  return problems;
}

/** A few known keys closest to a mistyped one, to make the message actionable. */
export function nearest(key: string, known: readonly string[]): string {
  const scored = known
    .map((k) => ({ k, d: distance(key, k) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.k);
  return scored.length ? scored.join(', ') : '(none yet)';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length]!;
}
