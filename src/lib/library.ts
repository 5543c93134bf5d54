/**
 * The one place pages get content: every collection is read once per build and handed to the pure
 * domain, which indexes it. Pages ask this module, never `getCollection` themselves.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildLibrary, type Entry, type Library } from '../domain/library.ts';
import type { Source, VersionData } from '../domain/schemas.ts';
import { asOfDate } from '../domain/review-cycle.ts';
import { KIND_IDS, type KindId } from '../domain/vocabulary.ts';
import type { VersionRecord } from '../domain/versions.ts';
import { previewDrafts } from './paths.ts';

export type AnyCollectionEntry = CollectionEntry<Exclude<CollectionKey, 'sources'>>;

/** A version as pages see it: the domain record plus the Astro entry to render its body. */
export interface SiteVersion extends VersionRecord {
  entry: AnyCollectionEntry;
}
export type SiteEntry = Entry<SiteVersion>;
export type SiteLibrary = Library<SiteVersion>;

let library: Promise<SiteLibrary> | undefined;

export function getLibrary(): Promise<SiteLibrary> {
  library ??= load();
  return library;
}

async function load(): Promise<SiteLibrary> {
  const records: SiteVersion[] = [];
  for (const kind of KIND_IDS) {
    const entries = (await getCollection(kind as KindId)) as AnyCollectionEntry[];
    for (const entry of entries) {
      const [slug, version] = entry.id.split('/');
      records.push({
        kind,
        slug: slug!,
        version: Number(version),
        file: `content/${kind}/${entry.id}.mdx`,
        data: { kind, ...(entry.data as object) } as VersionData,
        entry,
      });
    }
  }
  const sources: Record<string, Source> = {};
  for (const s of await getCollection('sources')) sources[s.id] = s.data as Source;
  return buildLibrary(records, sources, { asOf: asOfDate(process.env), includeDrafts: previewDrafts() });
}
