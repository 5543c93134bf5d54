/**
 * The authoring commands' logic: scaffold a draft, publish a draft into the ledger, and record
 * published versions imported from elsewhere. Each refuses bad input with a message and never
 * writes over a published file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { KIND_IDS, AREAS, type KindId } from '../domain/vocabulary.ts';
import { SLUG_PATTERN } from '../domain/schemas.ts';
import { errorsOf, formatReport } from '../domain/problems.ts';
import { PLACEHOLDER, hasPlaceholder } from '../domain/placeholders.ts';
import { nearest } from '../domain/references.ts';
import { changesFrontmatter, newEntryFrontmatter } from '../domain/scaffold.ts';
import { editFrontmatter, hasField, removeField, replaceField, setValue } from './frontmatter-edit.ts';
import { parseVersionPath, RESERVED_REVIEW_SLUGS } from '../domain/versions.ts';
import { checkContent } from './check-content.ts';
import { recordFindings } from '../domain/findings-ledger.ts';
import { hashVersion, ledgerPath, splitFrontmatter } from './read-content.ts';

export class AuthoringError extends Error {}

function versionsOf(contentDir: string, kind: KindId, slug: string): number[] {
  const dir = join(contentDir, kind, slug);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => parseVersionPath(`${kind}/${slug}/${name}`))
    .flatMap((p) => ('error' in p ? [] : [p.version]))
    .sort((a, b) => a - b);
}

function parseTarget(kind: string, slug: string): KindId {
  if (!(KIND_IDS as readonly string[]).includes(kind))
    throw new AuthoringError(`unknown kind "${kind}"; expected one of: ${KIND_IDS.join(', ')}`);
  if (!SLUG_PATTERN.test(slug))
    throw new AuthoringError(`"${slug}" is not a slug; expected lower-case words joined by hyphens, for example "visual-timetables"`);
  if (kind === 'reviews' && RESERVED_REVIEW_SLUGS.includes(slug)) {
    throw new AuthoringError(`"${slug}" is reserved for the review dashboard; choose another slug for the review`);
  }
  return kind as KindId;
}

/** Apply edits to a file's frontmatter in place (./frontmatter-edit.ts), turning a malformed file into a refusal. */
function edited(file: string, text: string, edit: (yaml: string) => string): string {
  try {
    return editFrontmatter(text, edit);
  } catch (error) {
    throw new AuthoringError(`${file}: ${(error as Error).message}; fix it first`);
  }
}

/** The review a version names exists (as a draft or published); otherwise the nearest known ones. */
function requireReview(contentDir: string, review: string) {
  if (!SLUG_PATTERN.test(review))
    throw new AuthoringError(`--review needs the slug of a review, lower-case words joined by hyphens; found "${review}"`);
  if (versionsOf(contentDir, 'reviews', review).length) return;
  const dir = join(contentDir, 'reviews');
  const known = existsSync(dir) ? readdirSync(dir).filter((name) => versionsOf(contentDir, 'reviews', name).length) : [];
  throw new AuthoringError(
    `there is no review "${review}" (no content/reviews/${review}/); nearest known reviews: ${nearest(review, known)}. ` +
      `Record a new review first with npm run new -- reviews <slug>`,
  );
}

/**
 * `npm run new -- <kind> <slug> [--review <review-slug>]`: a new entry's first draft, or the next
 * version of an existing one: a copy of the current version, byte for byte but for the fields that
 * belong to a version (status, published, review, changes), with a change record to fill in.
 * `review` names the review record that produced the version.
 */
export function scaffoldDraft(contentDir: string, kindArg: string, slug: string, { review }: { review?: string } = {}): string {
  const kind = parseTarget(kindArg, slug);
  if (review !== undefined) requireReview(contentDir, review);
  const versions = versionsOf(contentDir, kind, slug);
  const last = versions.at(-1);
  if (last !== undefined) {
    const lastFile = join(contentDir, kind, slug, `${last}.mdx`);
    const text = readFileSync(lastFile, 'utf8');
    const parts = splitFrontmatter(text);
    if (!parts) throw new AuthoringError(`${lastFile} has no frontmatter; fix it before adding a version`);
    if (parseDocument(parts.yaml).get('status') === 'draft')
      throw new AuthoringError(`${kind}/${slug} already has a draft, version ${last} (${lastFile}); edit that instead`);
    const what = review ? `say what review ${review} changed since version ${last}` : `say what changed since version ${last}`;
    const next = edited(lastFile, text, (yaml) => {
      let draft = removeField(setValue(yaml, 'status', 'draft'), 'published');
      draft = review ? replaceField(draft, 'review', `review: ${review}\n`, ['status']) : removeField(draft, 'review');
      return replaceField(draft, 'changes', changesFrontmatter(kind, what), ['review', 'status']);
    });
    const target = join(contentDir, kind, slug, `${last + 1}.mdx`);
    writeFileSync(target, next, { flag: 'wx' });
    return target;
  }
  for (const other of KIND_IDS) {
    if (versionsOf(contentDir, other, slug).length)
      throw new AuthoringError(`the slug "${slug}" is already used by ${other}/${slug}; slugs are unique across the library`);
  }
  if (kind === 'areas-of-development' && !AREAS.some((a) => a.id === slug))
    throw new AuthoringError(`"${slug}" is not an area in src/domain/vocabulary.ts; add it there first`);
  // Work out the frontmatter before touching the disk, so a refusal leaves no empty folder behind.
  const frontmatter = newEntryFrontmatter(kind, slug, review);
  mkdirSync(join(contentDir, kind, slug), { recursive: true });
  const target = join(contentDir, kind, slug, '1.mdx');
  writeFileSync(target, `---\n${frontmatter}---\n\n## ${PLACEHOLDER}\n\nWrite the entry here.\n`, { flag: 'wx' });
  return target;
}

function writeLedger(contentDir: string, versions: Record<string, string>, findings: Record<string, string> = {}) {
  const sorted = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  const body = {
    about:
      'The ledger of published versions: a hash of every published file. npm run check fails if a published version is edited or deleted. Written only by npm run publish.',
    versions: sorted,
    // Only once a published version rests on a finding, so a ledger from before findings reads exactly as it did.
    ...(Object.keys(findings).length
      ? {
          findingsAbout:
            'A hash of every finding (content/findings/<source>.yaml) that a published version rests on: npm run check fails if one is edited or deleted.',
          findings,
        }
      : {}),
  };
  writeFileSync(ledgerPath(contentDir), `${JSON.stringify(body, null, 2)}\n`);
}

/**
 * `npm run publish -- <kind>/<slug>`: the entry's draft becomes its next published version, dated
 * `date`, and its hash goes into the ledger. Refuses when the content has problems other than this
 * draft's missing ledger line.
 */
export function publishDraft(contentDir: string, target: string, date: string): string {
  const [kindArg = '', slug = '', ...rest] = target.split('/');
  if (rest.length) throw new AuthoringError(`expected <kind>/<slug>, for example interventions/neli; found "${target}"`);
  const kind = parseTarget(kindArg, slug);
  const versions = versionsOf(contentDir, kind, slug);
  if (!versions.length) throw new AuthoringError(`there is no entry ${kind}/${slug}; create one with npm run new -- ${kind} ${slug}`);
  const last = versions.at(-1)!;
  const file = join(contentDir, kind, slug, `${last}.mdx`);
  const text = readFileSync(file, 'utf8');
  const parts = splitFrontmatter(text);
  if (!parts) throw new AuthoringError(`${file} has no frontmatter`);
  if (parseDocument(parts.yaml).get('status') !== 'draft')
    throw new AuthoringError(
      `${kind}/${slug} has no draft: version ${last} is already published. Start one with npm run new -- ${kind} ${slug}`,
    );
  const placeholders = text.split('\n').flatMap((line, i) => (hasPlaceholder(line) ? [`${file}:${i + 1}`] : []));
  if (placeholders.length) {
    throw new AuthoringError(
      `the draft still has placeholders ("${PLACEHOLDER}") at ${placeholders.join(', ')}; replace them before publishing`,
    );
  }

  // Warnings elsewhere (another draft's placeholders) do not hold this one back.
  const before = checkContent(contentDir);
  if (errorsOf(before.problems).length) throw new AuthoringError(`fix these first:\n${formatReport(before.problems)}`);

  // Only the status line changes, and the date goes right under it (or replaces a date already there).
  const published = edited(file, text, (yaml) => {
    const done = setValue(yaml, 'status', 'published');
    return hasField(done, 'published')
      ? setValue(done, 'published', date)
      : replaceField(done, 'published', `published: ${date}\n`, ['status']);
  });
  writeFileSync(file, published);
  // The check has just read the ledger (src/content-check/read-content.ts: readLedger), and found it sound.
  const ledger = { ...before.ledger };
  ledger[`${kind}/${slug}/${last}`] = hashVersion(published);
  const asPublished = before.records.map((r) =>
    r.kind === kind && r.slug === slug && r.version === last ? { ...r, data: { ...r.data, status: 'published' as const } } : r,
  );
  writeLedger(contentDir, ledger, recordFindings(before.findingsLedger, asPublished, before.findings));

  const after = errorsOf(checkContent(contentDir).problems);
  if (after.length) {
    writeFileSync(file, text); // put the draft back exactly as it was
    delete ledger[`${kind}/${slug}/${last}`];
    writeLedger(contentDir, ledger, before.findingsLedger);
    throw new AuthoringError(`publishing would leave problems, so nothing was changed:\n${formatReport(after)}`);
  }
  return file;
}

/**
 * `npm run publish -- --record-existing`: record in the ledger every published version that is not
 * in it yet (content imported from elsewhere). Never changes an existing ledger line.
 */
export function recordExisting(contentDir: string): string[] {
  const result = checkContent(contentDir);
  // What this command records is exactly what `not-in-ledger` reports; anything else is fixed first.
  const remaining = errorsOf(result.problems).filter((p) => p.code !== 'not-in-ledger');
  if (remaining.length) throw new AuthoringError(`fix these first:\n${formatReport(remaining)}`);
  const ledger = { ...result.ledger };
  const added: string[] = [];
  for (const input of result.ledgerInputs) {
    if (input.status === 'published' && ledger[input.key] === undefined) {
      ledger[input.key] = input.hash;
      added.push(input.key);
    }
  }
  writeLedger(contentDir, ledger, recordFindings(result.findingsLedger, result.records, result.findings));
  return added;
}
