/**
 * Versions are files: `content/<kind>/<slug>/<n>.mdx`. This module parses those paths, groups
 * versions into entries, and checks the rules that keep every published version safe: numbers run
 * 1, 2, 3 with no gaps, a draft can only be the next number, and the ledger's hash of every
 * published version still matches its file.
 */
import { KIND_IDS, type KindId } from './vocabulary.ts';
import { SLUG_PATTERN, type VersionData } from './schemas.ts';
import { rule, runRules, type Problem } from './problems.ts';
import { DASHBOARD_SEGMENTS, entryUrl } from './routes.ts';

/**
 * Review slugs that would collide with the dashboard's static pages /reviews/status/,
 * /reviews/kind/ and /reviews/declined/ (Astro would silently prefer the static page).
 */
export const RESERVED_REVIEW_SLUGS: readonly string[] = Object.values(DASHBOARD_SEGMENTS);

export interface VersionPath {
  kind: KindId;
  slug: string;
  version: number;
}

/** Parse `<kind>/<slug>/<n>.mdx` (relative to content/), or say what is wrong with it. */
export function parseVersionPath(relative: string): VersionPath | { error: string } {
  const parts = relative.split('/');
  const expected = 'expected content/<kind>/<slug>/<version>.mdx, for example content/interventions/neli/1.mdx';
  if (parts.length !== 3) return { error: `is not where an entry version belongs; ${expected}` };
  const [kind, slug, file] = parts as [string, string, string];
  if (!(KIND_IDS as readonly string[]).includes(kind)) {
    return { error: `is in an unknown kind folder "${kind}"; expected one of: ${KIND_IDS.join(', ')}` };
  }
  if (!SLUG_PATTERN.test(slug)) {
    return { error: `has a folder name "${slug}" that is not a slug; expected lower-case words joined by hyphens` };
  }
  if (kind === 'reviews' && RESERVED_REVIEW_SLUGS.includes(slug)) {
    return {
      error: `has a folder name "${slug}" that is reserved for the review dashboard (${RESERVED_REVIEW_SLUGS.map((s) => entryUrl('reviews', s)).join(', ')}); choose another slug`,
    };
  }
  const match = /^([1-9][0-9]*)\.mdx$/.exec(file);
  if (!match) return { error: `has a file name "${file}" that is not a version; expected 1.mdx, 2.mdx, ...` };
  return { kind: kind as KindId, slug, version: Number(match[1]) };
}

export const versionKey = (v: VersionPath) => `${v.kind}/${v.slug}/${v.version}`;
export const entryKey = (v: { kind: KindId; slug: string }) => `${v.kind}/${v.slug}`;

/** One version file after parsing and schema validation. */
export interface VersionRecord extends VersionPath {
  /** Path relative to the project root, for messages. */
  file: string;
  data: VersionData;
}

/** The versions of one entry, in order. */
export interface EntryVersions<V extends VersionRecord = VersionRecord> {
  kind: KindId;
  slug: string;
  versions: V[];
  published: V[];
  draft: V | undefined;
  /** The highest published version (or the draft, when previewing an entry that has none). */
  current: V | undefined;
}

/** Group version records into entries. With `includeDrafts` a draft becomes current (preview). */
export function groupVersions<V extends VersionRecord>(records: readonly V[], includeDrafts = false): EntryVersions<V>[] {
  const byEntry = new Map<string, V[]>();
  for (const record of records) {
    const key = entryKey(record);
    const list = byEntry.get(key) ?? [];
    list.push(record);
    byEntry.set(key, list);
  }
  return [...byEntry.values()].map((list) => {
    const versions = list.sort((a, b) => a.version - b.version);
    const published = versions.filter((v) => v.data.status === 'published');
    const draft = versions.find((v) => v.data.status === 'draft');
    const current = includeDrafts && draft ? draft : published.at(-1);
    return { kind: versions[0]!.kind, slug: versions[0]!.slug, versions, published, draft, current };
  });
}

/** Numbers run 1, 2, 3 with no gaps. */
export const versionSkipped = rule<EntryVersions>('version-skipped', ({ versions }) =>
  versions.flatMap((v, index) =>
    v.version === index + 1
      ? []
      : [
          {
            file: v.file,
            message: `skips a version number: found version ${v.version} but version ${index + 1} does not exist; versions are numbered 1, 2, 3 with no gaps`,
            fix: `rename it to ${index + 1}.mdx`,
          },
        ],
  ),
);

/** At most one draft, and only as the newest version. */
export const draftNotNewest = rule<EntryVersions>('draft-not-newest', ({ versions }) =>
  versions.flatMap((v, index) =>
    v.data.status === 'draft' && index !== versions.length - 1
      ? [
          {
            file: v.file,
            field: 'status',
            message: `is a draft but a later version exists; only the newest version of an entry may be a draft`,
          },
        ]
      : [],
  ),
);

/** Every published version after the first says what changed. */
export const changesMissing = rule<EntryVersions>('changes-missing', ({ versions }) =>
  versions.flatMap((v) =>
    v.data.status === 'published' && v.version > 1 && !v.data.changes
      ? [
          {
            file: v.file,
            field: 'changes',
            message: 'is missing; every published version after the first records {summary, conclusionsChanged, ratingsChanged}',
          },
        ]
      : [],
  ),
);

/** Publication dates do not go backwards. */
export const publishedOutOfOrder = rule<EntryVersions>('published-out-of-order', ({ versions }) =>
  versions.flatMap((v, index) => {
    const previous = versions[index - 1];
    return previous?.data.published && v.data.published && v.data.published < previous.data.published
      ? [
          {
            file: v.file,
            field: 'published',
            message: `found ${v.data.published}, earlier than version ${previous.version} (${previous.data.published}); versions are published in order`,
          },
        ]
      : [];
  }),
);

export const NUMBERING_RULES = [versionSkipped, draftNotNewest, changesMissing, publishedOutOfOrder] as const;

/** Numbering rules inside one entry: published 1..k with no gap, at most one draft and only as k+1. */
export function checkNumbering(entry: EntryVersions): Problem[] {
  return runRules(NUMBERING_RULES, entry);
}

/** The ledger: a content hash per published version, keyed "<kind>/<slug>/<n>". */
export type Ledger = Record<string, string>;

export interface LedgerInput {
  key: string;
  file: string;
  status: 'published' | 'draft';
  hash: string;
}

/** What the ledger rules compare: every version file read, the ledger, and the ledger's path for messages. */
export interface LedgerContext {
  files: readonly LedgerInput[];
  ledger: Ledger;
  ledgerFile: string;
}

const entryOf = (key: string) => key.split('/').slice(0, 2);

/** A published version must be recorded. */
export const notInLedger = rule<LedgerContext>('not-in-ledger', ({ files, ledger, ledgerFile }) =>
  files.flatMap((f) =>
    f.status === 'published' && ledger[f.key] === undefined
      ? [
          {
            file: f.file,
            message: `is marked published but is not in the ledger ${ledgerFile}; publish versions with the publish command, which records them`,
            fix: `set "status: draft", then run npm run publish -- ${entryOf(f.key).join('/')}`,
          },
        ]
      : [],
  ),
);

/** A recorded version stays published. */
export const publishedMadeDraft = rule<LedgerContext>('published-made-draft', ({ files, ledger, ledgerFile }) =>
  files.flatMap((f) =>
    ledger[f.key] !== undefined && f.status === 'draft'
      ? [
          {
            file: f.file,
            field: 'status',
            message: `reuses version number ${f.key.split('/')[2]}, which was published and is recorded in ${ledgerFile}; a published version cannot become a draft`,
            fix: 'restore the published file from version control and write changes as the next version',
          },
        ]
      : [],
  ),
);

/** A recorded, still published version hashes the same. */
export const ledgerHashMismatch = rule<LedgerContext>('ledger-hash-mismatch', ({ files, ledger, ledgerFile }) =>
  files.flatMap((f) => {
    const recorded = ledger[f.key];
    return recorded !== undefined && f.status === 'published' && recorded !== f.hash
      ? [
          {
            file: f.file,
            message: `was edited after it was published (its hash no longer matches ${ledgerFile}); published versions are frozen`,
            fix: `restore it (git checkout -- ${f.file}) and put the change in a new version: npm run new -- ${entryOf(f.key).join(' ')}`,
          },
        ]
      : [];
  }),
);

/** A recorded version still exists. */
export const publishedDeleted = rule<LedgerContext>('published-deleted', ({ files, ledger, ledgerFile }) => {
  const seen = new Set(files.map((f) => f.key));
  return Object.keys(ledger)
    .filter((key) => !seen.has(key))
    .map((key) => ({
      file: `content/${key}.mdx`,
      message: `was published (it is recorded in ${ledgerFile}) but the file is missing; published versions are never deleted`,
      fix: `restore it from version control: git checkout HEAD -- content/${key}.mdx`,
    }));
});

export const LEDGER_RULES = [notInLedger, publishedMadeDraft, ledgerHashMismatch, publishedDeleted] as const;

/**
 * Compare the files with the ledger. A published version must be recorded; a recorded version must
 * still exist, still be published and still hash the same. Nothing published may change silently.
 */
export function checkLedger(files: readonly LedgerInput[], ledger: Ledger, ledgerFile: string): Problem[] {
  return runRules(LEDGER_RULES, { files, ledger, ledgerFile });
}
