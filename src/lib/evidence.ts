/**
 * The one place pages ask for a version's evidence as data (issue 15). The findings model (the loader
 * and `entryEvidence` in src/domain/evidence-rating.ts) is built on another branch; until it is wired
 * here, no version has evidence as data and pages show the legacy ratings. Wiring it is this one
 * function: every entry page, list and card reads through it.
 */
import type { EntryEvidence } from '../domain/evidence-types.ts';
import type { SiteVersion } from './library.ts';

export function evidenceOf(version: SiteVersion): EntryEvidence | undefined {
  void version;
  return undefined;
}
