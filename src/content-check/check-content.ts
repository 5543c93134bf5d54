/**
 * Every content check in one call: files and schemas, version numbering, change records, the
 * ledger of published versions, and references. `npm run check` prints the result; the build
 * refuses to start on its errors.
 */
import { groupVersions, checkLedger, checkNumbering } from '../domain/versions.ts';
import { checkChangeRecords } from '../domain/change-flags.ts';
import { checkReferences } from '../domain/references.ts';
import type { Problem } from '../domain/problems.ts';
import { checkContentStyle } from './style-gate.ts';
import type { StyleMode } from './style-check.ts';
import { displayPath, ledgerPath, readContent, readLedger, type ContentRead } from './read-content.ts';

export interface CheckResult extends ContentRead {
  ledger: Record<string, string>;
}

/** `style: 'errors'` runs only the style rules that can fail (the build's gate: it reports no warnings of the style gate). */
export function checkContent(contentDir: string, options: { style?: StyleMode } = {}): CheckResult {
  const read = readContent(contentDir);
  const problems: Problem[] = [...read.problems];
  const ledger = readLedger(contentDir, problems);
  for (const entry of groupVersions(read.records)) problems.push(...checkNumbering(entry), ...checkChangeRecords(entry));
  problems.push(...checkLedger(read.ledgerInputs, ledger, displayPath(ledgerPath(contentDir))));
  problems.push(...checkReferences(read.records, new Set(Object.keys(read.sources)), read.paths));
  problems.push(...checkContentStyle(contentDir, read, options.style));
  // Rules that see only parsed data name a field; the reader knows its line.
  const located = problems.map((p) => {
    const line = p.line === undefined && p.field ? read.lineOf(p.file, p.field) : undefined;
    return line === undefined ? p : { ...p, line };
  });
  return { ...read, ledger, problems: located };
}
