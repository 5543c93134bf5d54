/**
 * Every content check in one call: files and schemas, version numbering, change records, the
 * ledger of published versions, and references. `npm run check` prints the result; the build
 * refuses to start on its errors.
 */
import { groupVersions, checkLedger, checkNumbering } from '../domain/versions.ts';
import { checkChangeRecords } from '../domain/change-flags.ts';
import { checkReferences } from '../domain/references.ts';
import type { Problem } from '../domain/problems.ts';
import { checkEvidence } from '../domain/evidence-checks.ts';
import { checkFindingsLedger, defaultFindingsFile } from '../domain/findings-ledger.ts';
import { displayPath, ledgerPath, readContent, readFullLedger, type ContentRead } from './read-content.ts';
import { checkContentStyle } from './style-gate.ts';
import type { StyleMode } from './style-check.ts';

export interface CheckResult extends ContentRead {
  ledger: Record<string, string>;
  /** The ledger's hashes of the findings published versions rest on. */
  findingsLedger: Record<string, string>;
}

/**
 * The style gate runs only its rules that can fail unless `style: 'all'` asks for its warnings too:
 * `npm run check` and the dev server do; the build's gate, publishing and the tests of other rules do not.
 */
export function checkContent(contentDir: string, options: { style?: StyleMode } = {}): CheckResult {
  const read = readContent(contentDir);
  const problems: Problem[] = [...read.problems];
  const { versions: ledger, findings: findingsLedger } = readFullLedger(contentDir, problems);
  for (const entry of groupVersions(read.records)) problems.push(...checkNumbering(entry), ...checkChangeRecords(entry, read.findings));
  const ledgerFile = displayPath(ledgerPath(contentDir));
  problems.push(...checkLedger(read.ledgerInputs, ledger, ledgerFile));
  problems.push(...checkReferences(read.records, new Set(Object.keys(read.sources)), read.paths));
  // A findings file that exists but failed its schema reports its own problems; its findings are not "missing".
  const unreadable = new Set(Object.keys(read.findingFilePaths).filter((source) => !read.findingFiles[source]));
  problems.push(...checkEvidence({ records: read.records, findings: read.findings, unreadable }));
  problems.push(
    ...checkFindingsLedger({
      ledger: findingsLedger,
      findings: read.findings,
      records: read.records,
      unreadable,
      fileOf: (source) => read.findingFilePaths[source] ?? defaultFindingsFile(source),
      ledgerFile,
    }),
  );
  problems.push(...checkContentStyle(contentDir, read, options.style ?? 'errors'));
  // Rules that see only parsed data name a field; the reader knows its line.
  const located = problems.map((p) => {
    const line = p.line === undefined && p.field ? read.lineOf(p.file, p.field) : undefined;
    return line === undefined ? p : { ...p, line };
  });
  return { ...read, ledger, findingsLedger, problems: located };
}
