/**
 * Checks that need more than one file: references between entries, to the bibliography and to the
 * vocabulary, and the rule that each area of development's content matches the code's vocabulary.
 */
import { AREAS, COMPONENTS, RATING_SCALE_IDS, type KindId } from './vocabulary.ts';
import type { Problem } from './problems.ts';
import { entryKey, groupVersions, type VersionPath, type VersionRecord } from './versions.ts';
import { kindLabel } from './labels.ts';
import { parseEntryPath } from './routes.ts';
import { isProvision } from './entry-data.ts';

/** What the body of a version cites and links to, found by the MDX reader. */
export interface BodyFacts {
  citations: { source: string; line: number }[];
  links: { url: string; line: number }[];
}

export type CheckedRecord = VersionRecord & { body: BodyFacts };

/**
 * `allPaths` lists every version file found, valid or not, so that an entry whose file has a schema
 * error is not also reported as missing by everything that refers to it.
 */
export function checkReferences(
  records: readonly CheckedRecord[],
  sourceKeys: ReadonlySet<string>,
  allPaths: readonly VersionPath[] = records,
): Problem[] {
  const problems: Problem[] = [];
  const entries = groupVersions(records);
  const versionsOf = new Map<string, number>();
  for (const p of allPaths) versionsOf.set(`${p.kind}/${p.slug}`, Math.max(versionsOf.get(`${p.kind}/${p.slug}`) ?? 0, p.version));
  const knownSources = [...sourceKeys].sort();

  // A slug names one entry across the whole library.
  const kindsBySlug = new Map<string, KindId[]>();
  for (const e of entries) kindsBySlug.set(e.slug, [...(kindsBySlug.get(e.slug) ?? []), e.kind]);
  for (const e of entries) {
    const kinds = kindsBySlug.get(e.slug)!;
    if (kinds.length > 1 && kinds[0] !== e.kind) {
      problems.push({
        file: e.versions[0]!.file,
        message: `uses the slug "${e.slug}", which is already the ${kindLabel(kinds[0]!).toLowerCase()} content/${kinds[0]}/${e.slug}/; slugs must be unique across the library`,
        fix: 'rename this folder to a slug of its own',
      });
    }
  }

  const refProblem = (r: CheckedRecord, field: string, ref: string, allowed?: readonly KindId[]) => {
    const kind = ref.split('/')[0] as KindId;
    if (allowed && !allowed.includes(kind)) {
      problems.push({ file: r.file, field, message: `found "${ref}"; expected an entry of kind ${allowed.join(' or ')}` });
    } else if (!versionsOf.has(ref)) {
      problems.push({ file: r.file, field, message: `refers to "${ref}", which does not exist; expected a folder content/${ref}/` });
    }
  };
  const sourceProblem = (r: CheckedRecord, field: string, key: string, line?: number) => {
    if (!sourceKeys.has(key)) {
      problems.push({
        file: r.file,
        line,
        field,
        message: `cites "${key}", which is not in content/sources.yaml; known keys include: ${nearest(key, knownSources)}`,
      });
    }
  };

  for (const r of records) {
    const d = r.data;
    d.sources.forEach((key, i) => sourceProblem(r, `sources.${i}`, key));
    for (const c of r.body.citations) sourceProblem(r, 'body <Cite>', c.source, c.line);
    for (const link of r.body.links) {
      const target = parseEntryPath(link.url);
      if (!target) continue;
      const key = entryKey(target);
      const count = versionsOf.get(key);
      if (count === undefined) {
        problems.push({ file: r.file, line: link.line, field: 'body link', message: `links to ${link.url}, but there is no entry content/${key}/` });
      } else if (target.version && target.version > count) {
        problems.push({ file: r.file, line: link.line, field: 'body link', message: `links to ${link.url}, but ${key} has only ${count} version(s)` });
      }
    }
    if (d.review) refProblem(r, 'review', `reviews/${d.review}`);

    if (isProvision(d)) {
      for (const scale of RATING_SCALE_IDS) {
        d.ratings[scale].sources.forEach((key, i) => sourceProblem(r, `ratings.${scale}.sources.${i}`, key));
      }
    }
    if (isProvision(d)) d.related.forEach((ref, i) => refProblem(r, `related.${i}`, ref));
    if (d.kind === 'tools') d.leadsTo.forEach((ref, i) => refProblem(r, `leadsTo.${i}`, ref, ['strategies', 'interventions', 'packages']));
    if (isProvision(d)) {
      d.components.forEach((id, i) => {
        const area = COMPONENTS.find((c) => c.id === id)!.area;
        if (!(d.areas as readonly string[]).includes(area)) {
          problems.push({
            file: r.file,
            field: `components.${i}`,
            message: `found "${id}", a component of ${area}, which is not in this entry's areas (${d.areas.join(', ')}); add ${area} to areas or remove the component`,
          });
        }
      });
    }
    if (d.kind === 'reviews') {
      d.covers.forEach((c, i) => {
        const count = versionsOf.get(c.entry);
        if (count === undefined) refProblem(r, `covers.${i}.entry`, c.entry);
        else if (c.version > count) {
          problems.push({ file: r.file, field: `covers.${i}.version`, message: `found version ${c.version} of ${c.entry}, which has only ${count} version(s)` });
        }
      });
    }
    if (d.kind === 'areas-of-development') problems.push(...checkAreaAgainstVocabulary(r));
  }

  // Every area in the vocabulary has content.
  for (const area of AREAS) {
    if (!versionsOf.has(`areas-of-development/${area.id}`)) {
      problems.push({
        file: `content/areas-of-development/${area.id}/1.mdx`,
        message: `is missing: the vocabulary (src/domain/vocabulary.ts) defines the area "${area.id}", so its content must exist`,
        fix: `npm run new -- areas-of-development ${area.id}`,
      });
    }
  }
  return problems;
}

/** An area's content must describe exactly the components the vocabulary gives it, under its label. */
function checkAreaAgainstVocabulary(r: CheckedRecord): Problem[] {
  const d = r.data;
  if (d.kind !== 'areas-of-development') return [];
  const area = AREAS.find((a) => a.id === r.slug);
  if (!area) {
    return [{ file: r.file, message: `is an area folder "${r.slug}" that the vocabulary does not define; expected one of: ${AREAS.map((a) => a.id).join(', ')}` }];
  }
  const problems: Problem[] = [];
  if (d.title !== area.label) {
    problems.push({ file: r.file, field: 'title', message: `found "${d.title}"; expected "${area.label}", the label in src/domain/vocabulary.ts (change both together)` });
  }
  const expected = area.components.map((c) => c.id as string);
  const found = d.components.map((c) => c.id as string);
  const missing = expected.filter((id) => !found.includes(id));
  const extra = found.filter((id) => !expected.includes(id));
  if (missing.length) problems.push({ file: r.file, field: 'components', message: `does not describe ${missing.join(', ')}; the vocabulary lists ${expected.join(', ')} for ${area.id}` });
  if (extra.length) problems.push({ file: r.file, field: 'components', message: `describes ${extra.join(', ')}, which belong to no component of ${area.id}; expected only ${expected.join(', ')}` });
  return problems;
}

/** A few known keys closest to a mistyped one, to make the message actionable. */
function nearest(key: string, known: readonly string[]): string {
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
