/**
 * The one place pages get content: every collection is read once per build and handed to the pure
 * domain, which indexes it. Pages ask this module, never `getCollection` themselves. On the dev
 * server the library also carries what `npm run check` reports, for the pages to show, and leaves
 * out versions that cannot be rendered (src/lib/preview-check.ts).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildLibrary, type Entry, type Library } from '../domain/library.ts';
import type { Problem } from '../domain/problems.ts';
import type { Source, VersionData } from '../domain/schemas.ts';
import { asOfDate } from '../domain/review-cycle.ts';
import { KIND_IDS, type KindId } from '../domain/vocabulary.ts';
import { versionKey, type VersionRecord } from '../domain/versions.ts';
import { contentDir, devServer, previewDrafts } from './paths.ts';
import { checkForPreview } from './preview-check.ts';
import { siteFindings } from './evidence.ts';

export type AnyCollectionEntry = CollectionEntry<Exclude<CollectionKey, 'sources'>>;

/** A version as pages see it: the domain record plus the Astro entry to render its body. */
export interface SiteVersion extends VersionRecord {
  entry: AnyCollectionEntry;
}
export type SiteEntry = Entry<SiteVersion>;
export interface SiteLibrary extends Library<SiteVersion> {
  /** What `npm run check` reports: on the dev server only (a build with problems never starts). */
  problems: readonly Problem[];
  /** The problems in one entry's files, by its key "<kind>/<slug>". */
  problemsOf(key: string): Problem[];
}

let library: Promise<SiteLibrary> | undefined;

export function getLibrary(): Promise<SiteLibrary> {
  library ??= load();
  return library;
}

async function load(): Promise<SiteLibrary> {
  const check = devServer() ? checkForPreview(contentDir()) : undefined;
  const records: SiteVersion[] = [];
  for (const kind of KIND_IDS) {
    const entries = (await getCollection(kind as KindId)) as AnyCollectionEntry[];
    for (const entry of entries) {
      const [slug, version] = entry.id.split('/');
      const record: SiteVersion = {
        kind,
        slug: slug!,
        version: Number(version),
        file: `content/${kind}/${entry.id}.mdx`,
        data: { kind, ...(entry.data as object) } as VersionData,
        entry,
      };
      if (!check || check.renderable.has(versionKey(record))) records.push(record);
    }
  }
  const sources: Record<string, Source> = {};
  for (const s of await getCollection('sources')) sources[s.id] = s.data as Source;
  const built = buildLibrary(records, sources, {
    asOf: asOfDate(process.env),
    includeDrafts: previewDrafts(),
    findings: siteFindings(),
  });
  return { ...built, problems: check?.problems ?? [], problemsOf: (key) => check?.problemsOf(key) ?? [] };
}
