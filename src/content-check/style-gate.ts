/**
 * The style gate over the library: the newest version of every entry (a draft, when there is one)
 * is checked; earlier published versions are frozen history, read as they were published, and are
 * not (decision 10). Also reads the glossary, which the abbreviation rule and the glossary page use.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../domain/problems.ts';
import type { CheckedRecord } from '../domain/references.ts';
import type { VersionPath } from '../domain/versions.ts';
import { entryKey } from '../domain/versions.ts';
import { GLOSSARY_NAME, readGlossary } from './glossary-file.ts';
import { isProvisionKind } from '../domain/entry-data.ts';
import { checkStyle, knownAbbreviations, type StyleMode } from './style-check.ts';
import { splitFrontmatter } from './read-content.ts';

/** The newest version of each entry among the valid records; none for an entry whose newest file is invalid. */
function newestVersions(records: readonly CheckedRecord[], paths: readonly VersionPath[]): CheckedRecord[] {
  const newest = new Map<string, number>();
  for (const p of paths) newest.set(entryKey(p), Math.max(p.version, newest.get(entryKey(p)) ?? 0));
  return records.filter((r) => newest.get(entryKey(r)) === r.version);
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What the style problems of a file depend on besides the file: the rules (their source), the
 * glossary and where the check runs from (problems name files relative to it). A change to any of
 * them empties the cache; `npm ci` does too, as the cache lives in node_modules/.
 */
function rulesFingerprint(glossaryText: string, mode: StyleMode): string {
  const sources = ['../domain/style-rules.ts', './style-check.ts', './style-gate.ts', '../domain/glossary.ts'].map((f) => {
    try {
      return readFileSync(new URL(f, import.meta.url), 'utf8');
    } catch {
      return String(Math.random()); // source unreadable (bundled): never reuse the cache
    }
  });
  return sha([...sources, glossaryText, process.cwd(), mode].join('\0'));
}

interface StyleCache {
  fingerprint: string;
  /** Per file: the hash of its text and the style problems it had. */
  files: Record<string, { hash: string; problems: Problem[] }>;
}

/**
 * The style gate costs about 5 ms a version (retext parses every sentence), so its results are
 * kept per file, by the file's hash, in node_modules/.cache/nis-style/: a check after saving one
 * file re-reads only that file. NIS_STYLE_CACHE=0 turns the cache off (the benchmark's cold runs).
 */
function cachePath(contentDir: string, mode: StyleMode): string | undefined {
  if (process.env.NIS_STYLE_CACHE === '0') return undefined;
  return resolve('node_modules/.cache/nis-style', `${sha(resolve(contentDir)).slice(0, 16)}-${mode}.json`);
}

function readCache(path: string | undefined, fingerprint: string): StyleCache['files'] {
  if (!path || !existsSync(path)) return {};
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as StyleCache;
    return cache.fingerprint === fingerprint ? cache.files : {};
  } catch {
    return {};
  }
}

function writeCache(path: string | undefined, cache: StyleCache): void {
  if (!path) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(cache));
  } catch {
    // A read-only checkout still checks; it only checks everything each time.
  }
}

/**
 * Every style problem in the library's newest versions, and the glossary's own problems; with
 * mode `errors`, only the rules whose problems are errors run (the build's gate).
 */
export function checkContentStyle(
  contentDir: string,
  read: { records: readonly CheckedRecord[]; paths: readonly VersionPath[] },
  mode: StyleMode = 'all',
): Problem[] {
  const problems: Problem[] = [];
  const glossaryFile = join(contentDir, GLOSSARY_NAME);
  const known = knownAbbreviations(readGlossary(contentDir, problems));
  const fingerprint = rulesFingerprint(existsSync(glossaryFile) ? readFileSync(glossaryFile, 'utf8') : '', mode);
  const path = cachePath(contentDir, mode);
  const cached = readCache(path, fingerprint);
  const files: StyleCache['files'] = {};
  for (const record of newestVersions(read.records, read.paths)) {
    const text = readFileSync(resolve(record.file), 'utf8').replace(/\r\n?/g, '\n');
    const hash = sha(text);
    const hit = cached[record.file];
    if (hit?.hash === hash) {
      files[record.file] = hit;
      problems.push(...hit.problems);
      continue;
    }
    const parts = splitFrontmatter(text);
    if (!parts) continue;
    const data = record.data as unknown as Record<string, unknown>;
    const found = checkStyle({ file: record.file, text, data, body: parts.body, bodyLineOffset: parts.bodyLineOffset }, known, mode);
    if (isProvisionKind(record.kind) && mode === 'all') found.push(...forFamiliesProblems(record, data));
    files[record.file] = { hash, problems: found };
    problems.push(...found);
  }
  writeCache(path, { fingerprint, files });
  return problems;
}

/** A warning for now: the summaries are being written (the lead makes it an error once they are in). */
function forFamiliesProblems(record: CheckedRecord, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const fix = `write it in a draft of the next version: npm run new -- ${record.kind} ${record.slug}`;
  if (typeof data.forFamilies !== 'string' || !data.forFamilies.trim())
    problems.push({
      code: 'for-families-missing',
      file: record.file,
      field: 'forFamilies',
      message: 'is missing; the newest version of every provision entry has a short plain-English summary for families',
      fix,
    });
  if (!Array.isArray(data.noticed) || data.noticed.length === 0)
    problems.push({
      code: 'for-families-missing',
      file: record.file,
      field: 'noticed',
      message: 'is empty; the newest version of every provision entry names at least one thing an adult may notice that it helps with',
      fix,
    });
  return problems;
}
