/**
 * Read every file under content/ from disk, the way `npm run check`, the authoring scripts and the
 * build's pre-flight all see it: split frontmatter from body, parse the YAML, validate with the
 * kind's schema and inspect the MDX body. Returns what it could read and every
 * problem it met, so one run reports everything at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import jsYaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import type { z } from 'zod';
import { SCHEMAS, sourcesFileSchema, type Source, type VersionData } from '../domain/schemas.ts';
import { FINDINGS_DIR, findingsFileSchema, indexFindings, type FindingInput } from '../domain/findings.ts';
import type { Finding } from '../domain/evidence-types.ts';
import { parseVersionPath, versionKey, type LedgerInput, type VersionPath } from '../domain/versions.ts';
import type { Problem } from '../domain/problems.ts';
import type { CheckedRecord } from '../domain/references.ts';
import { BODY_FIELD, type FieldPath } from '../domain/field-path.ts';
import { hasPlaceholder, leftoverPlaceholder, placeholderAt, type PlaceholderFound } from '../domain/placeholders.ts';
import { inspectMdx } from '../markdown/mdx-safety.ts';
import { nearest } from '../domain/references.ts';
import { fieldName, lineOfField, zodProblems } from './zod-problems.ts';

export const LEDGER_NAME = 'versions.lock.json';
export const SOURCES_NAME = 'sources.yaml';
/** Files allowed at the top of content/ besides the kind folders. */
const TOP_LEVEL_FILES = new Set(['sources.yaml', 'versions.lock.json', 'README.md', 'glossary.yaml']);

export interface ContentRead {
  records: CheckedRecord[];
  /** Every version file found, valid or not. */
  paths: VersionPath[];
  ledgerInputs: LedgerInput[];
  sources: Record<string, Source>;
  /** The findings files that passed their schema, by source key (content/findings/<source-key>.yaml). */
  findingFiles: Record<string, FindingInput[]>;
  /** Every finding of those files, by global id "<source-key>/<id>". */
  findings: Map<string, Finding>;
  /** The path of each findings file as problems print it, by source key. */
  findingFilePaths: Record<string, string>;
  problems: Problem[];
  /**
   * The line of a frontmatter field in a version file, named as problems print it; undefined for a
   * file that is not valid YAML, or a field that is not in the frontmatter. Lets a rule that sees
   * only the parsed data (references, numbering) still point at the line.
   */
  lineOf: (file: string, field: string) => number | undefined;
}

/** Hash of a version file; line endings are normalised so a checkout's settings cannot change it. */
export function hashVersion(text: string): string {
  return `sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex')}`;
}

export interface Frontmatter {
  yaml: string;
  body: string;
  /** Lines before the body starts (the two fences and the YAML). */
  bodyLineOffset: number;
}

export function splitFrontmatter(text: string): Frontmatter | undefined {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.startsWith('---\n')) return undefined;
  const end = normalised.indexOf('\n---', 3);
  if (end === -1) return undefined;
  const afterFence = normalised.indexOf('\n', end + 1);
  const yaml = normalised.slice(4, end + 1);
  const body = afterFence === -1 ? '' : normalised.slice(afterFence + 1);
  return { yaml, body, bodyLineOffset: normalised.slice(0, afterFence + 1).split('\n').length - 1 };
}

export type YamlRead =
  | { ok: true; data: unknown; /** The document with positions, parsed when a problem needs a line. */ positions: () => Document }
  | { ok: false; problems: Problem[] };

/**
 * Parse YAML text; on a syntax error, say where (line numbers offset to the file's). Two parsers:
 * js-yaml reads every file, ten times faster than `yaml` (30 ms against 400 ms for 1,000 files);
 * `yaml`, which keeps each value's position, runs only when a problem needs its line. js-yaml uses
 * the core schema, as `yaml` does: dates stay text, so the schema checks them rather than js-yaml
 * turning 2026-02-30 into 2 March. tests/unit/read-content.test.ts checks both read our content alike.
 */
export function parseYaml(source: string, file: string, lineOffset: number): YamlRead {
  let data: unknown;
  try {
    data = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
      return {
        ok: false,
        problems: doc.errors.map((e) => ({
          file,
          line: source.slice(0, e.pos[0]).split('\n').length + lineOffset,
          code: 'yaml-syntax',
          message: `is not valid YAML: ${e.message.split('\n')[0]}`,
        })),
      };
    }
    // Only js-yaml objects: report its words, at its line.
    const { reason, mark } = error as jsYaml.YAMLException;
    return {
      ok: false,
      problems: [
        { code: 'yaml-syntax', file, line: mark ? mark.line + 1 + lineOffset : undefined, message: `is not valid YAML: ${reason}` },
      ],
    };
  }
  let doc: Document | undefined;
  return { ok: true, data, positions: () => (doc ??= parseDocument(source)) };
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name));
}

/** A path as messages show it: relative to where the command runs, with forward slashes. */
export function displayPath(absolute: string): string {
  return relative(process.cwd(), absolute).split(sep).join('/') || '.';
}

export function readContent(contentDir: string): ContentRead {
  const lineLookups = new Map<string, (field: string) => number | undefined>();
  const out: ContentRead = {
    records: [],
    paths: [],
    ledgerInputs: [],
    sources: {},
    findingFiles: {},
    findings: new Map(),
    findingFilePaths: {},
    problems: [],
    lineOf: (file, field) => lineLookups.get(file)?.(field),
  };
  if (!existsSync(contentDir)) {
    out.problems.push({
      code: 'content-missing',
      file: displayPath(contentDir),
      message: 'does not exist; the library lives in content/<kind>/<slug>/<n>.mdx',
    });
    return out;
  }
  out.sources = readSources(contentDir, out.problems);

  for (const absolute of listFiles(contentDir).sort()) {
    const inContent = relative(contentDir, absolute).split(sep).join('/');
    const file = displayPath(absolute);
    if (!inContent.includes('/')) {
      if (!TOP_LEVEL_FILES.has(inContent)) {
        out.problems.push({
          code: 'unexpected-file',
          file,
          message: `is not expected here; content/ holds only kind folders, ${[...TOP_LEVEL_FILES].join(', ')}`,
        });
      }
      continue;
    }
    if (inContent.startsWith(`${FINDINGS_DIR}/`)) {
      readFindingsFile(absolute, inContent, out, lineLookups);
      continue;
    }
    const path = parseVersionPath(inContent);
    if ('error' in path) {
      out.problems.push({ code: 'version-path', file, message: path.error });
      continue;
    }
    out.paths.push(path);
    const text = readFileSync(absolute, 'utf8');
    const record = readVersion(text, file, path, out, lineLookups);
    if (record) out.records.push(record);
  }
  out.findings = indexFindings(out.findingFiles);
  return out;
}

/**
 * One findings file, content/findings/<source-key>.yaml: its name must be a key of the bibliography
 * and its text a list of findings (src/domain/findings.ts). Files that fail are left out, so the
 * ratings that name their findings are reported once, by the file, not again as unknown findings.
 */
function readFindingsFile(
  absolute: string,
  inContent: string,
  out: ContentRead,
  lineLookups: Map<string, (field: string) => number | undefined>,
) {
  const file = displayPath(absolute);
  const match = new RegExp(`^${FINDINGS_DIR}/([a-z0-9]+(?:-[a-z0-9]+)*)\\.yaml$`).exec(inContent);
  if (!match) {
    out.problems.push({
      code: 'findings-file',
      file,
      message: `is not a findings file; content/${FINDINGS_DIR}/ holds only <source-key>.yaml, one per source in content/${SOURCES_NAME}`,
    });
    return;
  }
  const source = match[1]!;
  out.findingFilePaths[source] = file;
  // With no bibliography read (sources-missing, or a YAML error in it), every name would look unknown: say so once, there.
  const bibliography = Object.keys(out.sources);
  if (bibliography.length && !Object.hasOwn(out.sources, source)) {
    out.problems.push({
      code: 'findings-file',
      file,
      message: `is named for the source "${source}", which is not in content/${SOURCES_NAME}; the file name is the key of the source it reports, known keys include: ${nearest(source, Object.keys(out.sources).sort())}`,
    });
    return;
  }
  const text = readFileSync(absolute, 'utf8');
  const yaml = parseYaml(text, file, 0);
  if (!yaml.ok) {
    out.problems.push(...yaml.problems);
    return;
  }
  lineLookups.set(file, (field) => lineOfField(yaml.positions(), field, text, 0));
  const parsed = findingsFileSchema.safeParse(yaml.data ?? [], { reportInput: true });
  if (!parsed.success) {
    out.problems.push(...zodProblems(parsed.error.issues, file, findingsFileSchema, yaml.positions(), text, 0));
    return;
  }
  out.findingFiles[source] = parsed.data;
}

function readVersion(
  text: string,
  file: string,
  path: VersionPath,
  out: ContentRead,
  lineLookups: Map<string, (field: string) => number | undefined>,
): CheckedRecord | undefined {
  const parts = splitFrontmatter(text);
  if (!parts) {
    out.problems.push({
      code: 'no-frontmatter',
      file,
      line: 1,
      message: 'has no frontmatter; a version starts with a YAML block between two "---" lines',
    });
    return undefined;
  }
  const yaml = parseYaml(parts.yaml, file, 1);
  if (!yaml.ok) {
    out.problems.push(...yaml.problems);
    return undefined;
  }
  const { data } = yaml;
  lineLookups.set(file, (field) => lineOfField(yaml.positions(), field, parts.yaml, 1));

  const status = (data as { status?: unknown } | null)?.status === 'draft' ? 'draft' : 'published';
  out.ledgerInputs.push({ key: versionKey(path), file, status, hash: hashVersion(text) });
  if (status === 'draft') out.problems.push(...leftoverPlaceholder({ file, status, found: placeholdersIn(parts, yaml.positions) }));

  const schema = SCHEMAS[path.kind] as z.ZodType;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.problems.push({ code: 'frontmatter-shape', file, line: 2, message: 'frontmatter must be a group of "field: value" lines' });
    return undefined;
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) out.problems.push(...zodProblems(parsed.error.issues, file, schema, yaml.positions(), parts.yaml, 1));

  let body: ReturnType<typeof inspectMdx>;
  try {
    body = inspectMdx(mdxToMdast(parts.body) as Parameters<typeof inspectMdx>[0], parts.bodyLineOffset);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /(\d+):(\d+)/.exec(message);
    out.problems.push({
      file,
      line: line ? Number(line[1]) + parts.bodyLineOffset : undefined,
      field: 'body',
      code: 'mdx-syntax',
      message: `is not valid MDX: ${message.split('\n')[0]}`,
    });
    return undefined;
  }
  for (const issue of body.issues) out.problems.push({ file, line: issue.line, field: 'body', code: issue.code, message: issue.message });
  if (body.empty)
    out.problems.push({ code: 'empty-body', file, field: 'body', message: 'is empty; write the entry below the frontmatter' });
  if (!parsed.success) return undefined;
  return { ...path, file, data: { kind: path.kind, ...(parsed.data as object) } as VersionData, body };
}

/**
 * Every line of a version that holds a placeholder, as `npm run publish` finds them, each with the
 * frontmatter field whose value holds it (none for a comment) or the body.
 */
function placeholdersIn(parts: Frontmatter, positions: () => Document): PlaceholderFound[] {
  const found: PlaceholderFound[] = [];
  let offset = 0;
  let scalars: { path: FieldPath; range: [number, number]; value: string }[] | undefined;
  parts.yaml.split('\n').forEach((line, i) => {
    if (hasPlaceholder(line)) {
      scalars ??= stringsIn(positions().contents, []);
      const at = offset + placeholderAt(line);
      const holder = scalars.find((s) => s.range[0] <= at && at < s.range[1]);
      found.push({ line: i + 2, field: holder && fieldName(positions(), holder.path), text: holder?.value ?? line });
    }
    offset += line.length + 1;
  });
  parts.body.split('\n').forEach((line, i) => {
    if (hasPlaceholder(line)) found.push({ line: i + 1 + parts.bodyLineOffset, field: BODY_FIELD, text: line });
  });
  return found;
}

/** Every text value in a YAML node, with its path and where it sits in the source. */
function stringsIn(node: unknown, path: FieldPath): { path: FieldPath; range: [number, number]; value: string }[] {
  if (isMap(node))
    return node.items.flatMap((pair) => stringsIn(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]));
  if (isSeq(node)) return node.items.flatMap((item, i) => stringsIn(item, [...path, i]));
  return isScalar(node) && typeof node.value === 'string' && node.range
    ? [{ path, range: [node.range[0], node.range[1]], value: node.value }]
    : [];
}

function readSources(contentDir: string, problems: Problem[]): Record<string, Source> {
  const absolute = join(contentDir, SOURCES_NAME);
  const SOURCES_FILE = displayPath(absolute);
  if (!existsSync(absolute)) {
    problems.push({
      code: 'sources-missing',
      file: SOURCES_FILE,
      message: 'is missing; it holds the bibliography every entry cites by key',
    });
    return {};
  }
  const text = readFileSync(absolute, 'utf8');
  const yaml = parseYaml(text, SOURCES_FILE, 0);
  if (!yaml.ok) {
    problems.push(...yaml.problems);
    return {};
  }
  const { data } = yaml;
  const parsed = sourcesFileSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error.issues, SOURCES_FILE, sourcesFileSchema, yaml.positions(), text, 0));
    // Keep the well-formed sources so one bad entry does not make every citation look unknown.
    const good: Record<string, Source> = {};
    for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) good[key] = value as Source;
    return good;
  }
  return parsed.data;
}

/**
 * Every finding of content/findings/ by global id, for the build: the content gate has already
 * checked the files, so a file that fails its schema here is simply left out.
 */
export function loadFindings(contentDir: string): Map<string, Finding> {
  const dir = join(contentDir, FINDINGS_DIR);
  const files: Record<string, FindingInput[]> = {};
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      const match = /^([a-z0-9-]+)\.yaml$/.exec(name);
      if (!match) continue;
      const parsed = findingsFileSchema.safeParse(jsYaml.load(readFileSync(join(dir, name), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) ?? []);
      if (parsed.success) files[match[1]!] = parsed.data;
    }
  }
  return indexFindings(files);
}

export function ledgerPath(contentDir: string): string {
  return join(contentDir, LEDGER_NAME);
}

export function readLedger(contentDir: string, problems: Problem[]): Record<string, string> {
  return readFullLedger(contentDir, problems).versions;
}

/** The whole ledger: published versions, and the findings they rest on (issue 15). */
export function readFullLedger(
  contentDir: string,
  problems: Problem[],
): { versions: Record<string, string>; findings: Record<string, string> } {
  const absolute = ledgerPath(contentDir);
  const LEDGER_FILE = displayPath(absolute);
  if (!existsSync(absolute)) return { versions: {}, findings: {} };
  try {
    const json = JSON.parse(readFileSync(absolute, 'utf8')) as { versions?: Record<string, string>; findings?: Record<string, string> };
    return { versions: json.versions ?? {}, findings: json.findings ?? {} };
  } catch (error) {
    problems.push({
      code: 'ledger-invalid',
      file: LEDGER_FILE,
      message: `is not valid JSON (${(error as Error).message}); restore it from version control`,
    });
    return { versions: {}, findings: {} };
  }
}
