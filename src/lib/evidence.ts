/**
 * The one place pages ask for a version's evidence as data (issue 15): every entry page, list and card
 * reads through it. Only a version rated from findings has it; a published version in the legacy shape
 * (value + sources) keeps showing exactly the ratings it published.
 */
import type { EntryEvidence } from '../domain/evidence-types.ts';
import { entryEvidence } from '../domain/evidence-rating.ts';
import { isProvision } from '../domain/entry-data.ts';
import type { SiteVersion } from './library.ts';
import { loadFindings } from '../content-check/read-content.ts';
import { contentDir } from './paths.ts';

let findings: ReturnType<typeof loadFindings> | undefined;

/** content/findings/, read once per build: the library and evidenceOf share it. */
export function siteFindings(): ReturnType<typeof loadFindings> {
  findings ??= loadFindings(contentDir());
  return findings;
}

export function evidenceOf(version: SiteVersion): EntryEvidence | undefined {
  const data = version.data;
  if (!isProvision(data)) return undefined;
  const { strength, impact, indirect } = data.ratings;
  if (!strength.findings && !impact.findings && !indirect) return undefined;
  return entryEvidence(data.ratings, siteFindings(), data.verdict?.useInstead);
}
