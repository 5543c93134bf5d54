/**
 * Findings frozen with the versions that rest on them (issue 15). The ledger content/versions.lock.json
 * keeps, beside the hash of every published version, the hash of every finding a published version
 * names (`findings`, written by `npm run publish`). Editing or deleting such a finding would change
 * what a published version shows, so `npm run check` fails, naming the finding's file and every
 * published version it would change; the correction is a new finding and a new version of each entry.
 */
import type { Finding } from './evidence-types.ts';
import { findingRefs } from './evidence-checks.ts';
import { findingsFile, hashFinding } from './findings.ts';
import { isProvision } from './entry-data.ts';
import { rule, runRules, type Problem } from './problems.ts';
import { versionKey, type VersionRecord } from './versions.ts';

/** The findings part of the ledger: a hash per finding ("<source-key>/<id>") that a published version rests on. */
export type FindingsLedger = Record<string, string>;

/** For each finding, the published versions ("<kind>/<slug>/<n>") that name it, in order. */
export function publishedUses(records: readonly VersionRecord[]): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const r of records) {
    if (r.data.status !== 'published' || !isProvision(r.data)) continue;
    for (const { ref } of findingRefs(r.data)) {
      const list = uses.get(ref) ?? [];
      if (!list.includes(versionKey(r))) list.push(versionKey(r));
      uses.set(ref, list);
    }
  }
  for (const list of uses.values()) list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return uses;
}

/**
 * The ledger's findings after a publish: every line already there, unchanged, plus the hash of each
 * finding a published version names that is not recorded yet.
 */
export function recordFindings(
  ledger: FindingsLedger,
  records: readonly VersionRecord[],
  findings: ReadonlyMap<string, Finding>,
): FindingsLedger {
  const next = { ...ledger };
  for (const key of publishedUses(records).keys()) {
    const f = findings.get(key);
    if (f && next[key] === undefined) next[key] = hashFinding(f);
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b, 'en')));
}

export interface FindingsLedgerContext {
  ledger: FindingsLedger;
  findings: ReadonlyMap<string, Finding>;
  /** Every version read, so the message can name the published versions that rest on a finding. */
  records: readonly VersionRecord[];
  /** Sources whose findings file failed its schema: reported by the file, not as deleted findings. */
  unreadable: ReadonlySet<string>;
  /** The findings file of a source, as problems print it. */
  fileOf: (source: string) => string;
  ledgerFile: string;
}

const entriesOf = (versions: readonly string[]) => [...new Set(versions.map((v) => v.split('/').slice(0, 2).join('/')))];

function correction(key: string, versions: readonly string[], what: 'edited' | 'deleted', file: string) {
  const entries = entriesOf(versions);
  const restore = what === 'edited' ? `restore it (git checkout -- ${file})` : `restore it (git checkout HEAD -- ${file})`;
  return (
    `${restore}; to correct it, add the corrected figures as a new finding with an id of its own in the same file, ` +
    `then publish a new version of each entry affected that names the new finding: ` +
    (entries.length ? entries.map((e) => `npm run new -- ${e.replace('/', ' ')}`).join('; ') : `(none found for ${key})`)
  );
}

const restsOn = (versions: readonly string[]) =>
  versions.length
    ? `the published version${versions.length === 1 ? '' : 's'} ${versions.join(', ')} rest${versions.length === 1 ? 's' : ''} on it`
    : 'published versions rest on it';

/** A recorded finding still hashes the same. */
export const findingEdited = rule<FindingsLedgerContext>('finding-edited', (c) => {
  const uses = publishedUses(c.records);
  return Object.entries(c.ledger).flatMap(([key, hash]) => {
    const f = c.findings.get(key);
    if (!f || hashFinding(f) === hash) return [];
    const versions = uses.get(key) ?? [];
    const file = c.fileOf(f.source);
    return [
      {
        file,
        field: `[${f.id}]`,
        message: `finding "${key}" was edited, but ${restsOn(versions)} (its hash no longer matches ${c.ledgerFile}); a published version's findings are frozen with it, and this edit would change ${versions.length ? versions.join(', ') : 'them'}`,
        fix: correction(key, versions, 'edited', file),
      },
    ];
  });
});

/** A recorded finding still exists. */
export const findingDeleted = rule<FindingsLedgerContext>('finding-deleted', (c) => {
  const uses = publishedUses(c.records);
  return Object.keys(c.ledger).flatMap((key) => {
    const source = key.split('/')[0]!;
    if (c.findings.has(key) || c.unreadable.has(source)) return [];
    const versions = uses.get(key) ?? [];
    const file = c.fileOf(source);
    return [
      {
        file,
        message: `no longer has the finding "${key}", but ${restsOn(versions)} (it is recorded in ${c.ledgerFile}); findings a published version rests on are never deleted, and this would change ${versions.length ? versions.join(', ') : 'them'}`,
        fix: correction(key, versions, 'deleted', file),
      },
    ];
  });
});

export const FINDINGS_LEDGER_RULES = [findingEdited, findingDeleted] as const;

export function checkFindingsLedger(context: FindingsLedgerContext): Problem[] {
  return runRules(FINDINGS_LEDGER_RULES, context);
}

/** The findings file of a source as messages print it, when it was not read. */
export const defaultFindingsFile = (source: string) => `content/${findingsFile(source)}`;
