/** Formatting shared by pages, feeds and scripts, in GOV.UK style. */
import type { RatingsWithValues, Source, VersionData } from './schemas.ts';
import { RATING_SCALE_IDS } from './vocabulary.ts';
import { isProvision } from './entry-data.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-22" becomes "22 November 2026" (GOV.UK style: no leading zero, no comma). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** Short author form for inline citations: "EEF", "Fricke and others". */
export function shortAuthors(source: Source): string {
  const authors = Array.isArray(source.authors) ? source.authors : [source.authors];
  const surname = (name: string) => name.split(',')[0]!.trim();
  if (authors.length === 1) return surname(authors[0]!);
  if (authors.length === 2) return `${surname(authors[0]!)} and ${surname(authors[1]!)}`;
  return `${surname(authors[0]!)} and others`;
}

/** "(Fricke and others, 2013)" */
export const inlineCitation = (source: Source) => `${shortAuthors(source)}, ${source.year}`;

/** Full reference line, without markup. */
export function fullReference(source: Source): string {
  const authors = Array.isArray(source.authors) ? source.authors.join(', ') : source.authors;
  return [`${authors} (${source.year})`, source.title, source.publisher].filter(Boolean).join('. ') + '.';
}

/** Where readers can find a source: its DOI link if it has one, else its URL. */
export const sourceHref = (source: Source) => (source.doi ? `https://doi.org/${source.doi}` : source.url!);

/**
 * The bibliography keys a version's ratings rest on: each scale's sources, and the source of every
 * finding named by the strength, impact and indirect evidence ("<source-key>/<id>").
 */
export function ratingSourceKeys(ratings: RatingsWithValues): string[] {
  const keys = new Set<string>();
  for (const scale of RATING_SCALE_IDS) ratings[scale].sources.forEach((k) => keys.add(k));
  const findings = [...(ratings.strength.findings ?? []), ...(ratings.impact.findings ?? []), ...(ratings.indirect?.findings ?? [])];
  for (const ref of findings) keys.add(ref.split('/')[0]!);
  return [...keys];
}

/** Every bibliography key a version cites: its sources, its ratings' sources and its body's <Cite>s. */
export function citedKeys(data: VersionData, body: string | undefined): string[] {
  const keys = new Set<string>(data.sources);
  if (isProvision(data)) for (const k of ratingSourceKeys(data.ratings)) keys.add(k);
  for (const match of (body ?? '').matchAll(/<Cite\s+source="([a-z0-9-]+)"/g)) keys.add(match[1]!);
  return [...keys];
}
