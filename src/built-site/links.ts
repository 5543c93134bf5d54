/**
 * Link checks over a built site and the bibliography report. Pure functions over HTML text and
 * content records; the links test runs them on the fixture build, `npm run links` on the real
 * content (and on dist/ when it has been built). External links are listed, never fetched: the
 * build must not depend on other sites being up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedRecord } from '../domain/references.ts';
import type { Source } from '../domain/schemas.ts';
import { ratingSourceKeys, sourceHref } from '../domain/format.ts';
import { isProvision } from '../domain/entry-data.ts';
import { decodeEntities } from './pages.ts';

/** Every URL an HTML page points at: href, src and form action attributes. */
export function urlsInHtml(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.slice(0, tag.indexOf('>') + 1));
  return [...withoutScripts.matchAll(/<[a-z][^>]*?\s(?:href|src|action)="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!));
}

/** Every id on a page (fragment targets), with how many elements carry it: more than one is an error. */
export function idCountsInHtml(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) {
    const id = decodeEntities(m[1]!);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** The file a site path is served from, as nginx does: /x/ is /x/index.html. */
export function fileForPath(dist: string, path: string): string {
  return join(dist, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
}

export interface LinkCheck {
  /** "page -> url: what is wrong" for each internal link that does not resolve. */
  broken: string[];
  /** External URL -> pages linking to it. */
  external: Map<string, string[]>;
  /** How many internal links were checked. */
  checked: number;
}

/** Check every internal link and fragment on the given pages of a built site. */
export function checkBuiltLinks(dist: string, pages: readonly string[]): LinkCheck {
  const result: LinkCheck = { broken: [], external: new Map(), checked: 0 };
  const idCache = new Map<string, Map<string, number>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idCountsInHtml(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  for (const page of pages) {
    const pageFile = fileForPath(dist, page);
    for (const url of urlsInHtml(readFileSync(pageFile, 'utf8'))) {
      if (isExternal(url)) {
        if (/^(https?:)?\/\//i.test(url)) result.external.set(url, [...(result.external.get(url) ?? []), page]);
        else if (!/^(mailto|tel):/i.test(url))
          result.broken.push(`${page} -> ${url}: only http(s), mailto and tel links may leave the site`);
        continue;
      }
      result.checked++;
      const target = new URL(url, `http://site${page}`);
      const file = fileForPath(dist, target.pathname);
      if (!existsSync(file)) {
        result.broken.push(
          `${page} -> ${url}: no built file ${target.pathname.endsWith('/') ? `${target.pathname}index.html` : target.pathname}`,
        );
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const elements = fragment && file.endsWith('.html') ? (idsOf(file).get(fragment) ?? 0) : 1;
      if (elements === 0) result.broken.push(`${page} -> ${url}: no element with id "${fragment}" on ${target.pathname}`);
      // The browser goes to the first; the link may have meant the other.
      if (elements > 1) result.broken.push(`${page} -> ${url}: ${elements} elements with id "${fragment}" on ${target.pathname}`);
    }
  }
  return result;
}

export interface SourceUsage {
  /** Source key -> the "<kind>/<slug> v<n>" versions citing it. */
  citedBy: Map<string, string[]>;
  /** Keys in sources.yaml that no version cites. */
  unused: string[];
}

/** Which bibliography entries are cited (ratings, `sources` fields, <Cite> in bodies) and which are not. */
export function sourceUsage(records: readonly CheckedRecord[], sources: Record<string, Source>): SourceUsage {
  const citedBy = new Map<string, string[]>();
  for (const record of records) {
    const keys = new Set<string>(record.data.sources);
    if (isProvision(record.data)) for (const k of ratingSourceKeys(record.data.ratings)) keys.add(k);
    for (const citation of record.body.citations) keys.add(citation.source);
    for (const key of keys) citedBy.set(key, [...(citedBy.get(key) ?? []), `${record.kind}/${record.slug} v${record.version}`]);
  }
  return {
    citedBy,
    unused: Object.keys(sources)
      .filter((key) => !citedBy.has(key))
      .sort(),
  };
}

/** External web addresses the content points readers to: bibliography links and links written in bodies. */
export function externalLinksInContent(
  sources: Record<string, Source>,
  bodies: readonly { file: string; text: string }[],
): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const add = (url: string, where: string) => links.set(url, [...new Set([...(links.get(url) ?? []), where])]);
  for (const [key, source] of Object.entries(sources)) if (source.url || source.doi) add(sourceHref(source), `sources.yaml ${key}`);
  for (const { file, text } of bodies) {
    for (const match of text.matchAll(/https?:\/\/[^\s)>\]"'`]+/g)) add(match[0].replace(/[.,;:]+$/, ''), file);
  }
  return links;
}

/** The report `npm run links` prints. */
export function formatSourceReport(usage: SourceUsage, sources: Record<string, Source>): string {
  const lines = [
    `Bibliography: ${Object.keys(sources).length} sources, ${Object.keys(sources).length - usage.unused.length} cited, ${usage.unused.length} unused.`,
  ];
  if (usage.unused.length) {
    lines.push('', 'Unused sources (cite them, or remove them from sources.yaml):');
    for (const key of usage.unused) lines.push(`  ${key}: ${sources[key]!.title}`);
  }
  const unknown = [...usage.citedBy.keys()].filter((k) => !(k in sources)).sort();
  if (unknown.length) {
    lines.push('', 'Cited but not in sources.yaml (npm run check reports these too):');
    for (const key of unknown) lines.push(`  ${key}: cited by ${usage.citedBy.get(key)!.join(', ')}`);
  }
  return lines.join('\n');
}

export function formatExternalReport(external: Map<string, string[]>, heading: string): string {
  const urls = [...external.keys()].sort();
  return [
    `${heading}: ${urls.length} external links (listed, not fetched).`,
    ...urls.map((url) => `  ${url}  (${external.get(url)!.length} place${external.get(url)!.length === 1 ? '' : 's'})`),
  ].join('\n');
}
