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
import { parseVersionPath, RESERVED_REVIEW_SLUGS } from '../domain/versions.ts';
import { checkContent } from './check-content.ts';
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

const TODO = PLACEHOLDER;

/** Frontmatter for a brand-new entry of each kind: valid, with placeholders an editor must replace. */
function newEntryFrontmatter(kind: KindId, slug: string): string {
  const base = `title: ${JSON.stringify(kind === 'areas-of-development' ? (AREAS.find((a) => a.id === slug)?.label ?? slug) : `${TODO} (title)`)}\nsummary: ${JSON.stringify(`${TODO} (one or two sentences)`)}\nstatus: draft\nsample: true\n`;
  const unrated = `ratings:\n  strength: { value: not-yet-reviewed }\n  impact: { value: unknown }\n  cost: { value: unknown }\n`;
  const provision = `areas: [${AREAS[0].id}]\nphases: [primary]\n${unrated}`;
  switch (kind) {
    case 'areas-of-development': {
      const area = AREAS.find((a) => a.id === slug);
      if (!area) throw new AuthoringError(`"${slug}" is not an area in src/domain/vocabulary.ts; add it there first`);
      return `${base}components:\n${area.components.map((c) => `  - id: ${c.id}\n    description: ${JSON.stringify(TODO)}`).join('\n')}\n`;
    }
    case 'strategies':
      return `${base}${provision}universalOffer: [teaching-and-curriculum]\ndelivery: [whole-class]\n`;
    case 'interventions':
      return `${base}${provision}layer: targeted\ndelivery: [small-group]\ndeliveredBy: ${JSON.stringify(TODO)}\nduration: ${JSON.stringify(TODO)}\n`;
    case 'tools':
      return `${base}${provision}identifies: ${JSON.stringify(TODO)}\nformat: ${JSON.stringify(TODO)}\nadministeredBy: ${JSON.stringify(TODO)}\ntime: ${JSON.stringify(TODO)}\nlayers: [targeted]\ndelivery: [one-to-one]\nleadsTo: [interventions/REPLACE-ME]\n`;
    case 'packages':
      return `${base}${provision}illustrative: true\nneedProfile: ${JSON.stringify(TODO)}\noutcomes: [${JSON.stringify(TODO)}]\nprovision: [${JSON.stringify(TODO)}]\nadaptations: [${JSON.stringify(TODO)}]\nresources:\n  staffing: [${JSON.stringify(TODO)}]\n  training: [${JSON.stringify(TODO)}]\nhealthInput: [${JSON.stringify(TODO)}]\n`;
    case 'reviews':
      return `${base}reviewType: scheduled\nstate: in-progress\nstarted: ${new Date().toISOString().slice(0, 10)}\ncovers:\n  - { entry: interventions/REPLACE-ME, version: 1 }\npanel: [Independent chair]\n`;
  }
}

/**
 * `npm run new -- <kind> <slug>`: a new entry's first draft, or the next version of an existing one
 * (a copy of the current version, marked draft, with a change record to fill in).
 */
export function scaffoldDraft(contentDir: string, kindArg: string, slug: string): string {
  const kind = parseTarget(kindArg, slug);
  const versions = versionsOf(contentDir, kind, slug);
  const last = versions.at(-1);
  if (last !== undefined) {
    const lastFile = join(contentDir, kind, slug, `${last}.mdx`);
    const parts = splitFrontmatter(readFileSync(lastFile, 'utf8'));
    if (!parts) throw new AuthoringError(`${lastFile} has no frontmatter; fix it before adding a version`);
    const doc = parseDocument(parts.yaml);
    if (doc.get('status') === 'draft')
      throw new AuthoringError(`${kind}/${slug} already has a draft, version ${last} (${lastFile}); edit that instead`);
    doc.set('status', 'draft');
    doc.delete('published');
    doc.delete('review');
    doc.set('changes', { summary: `${TODO}: say what changed since version ${last}`, conclusionsChanged: false, ratingsChanged: false });
    const target = join(contentDir, kind, slug, `${last + 1}.mdx`);
    writeFileSync(target, `---\n${doc.toString()}---\n${parts.body}`, { flag: 'wx' });
    return target;
  }
  for (const other of KIND_IDS) {
    if (versionsOf(contentDir, other, slug).length)
      throw new AuthoringError(`the slug "${slug}" is already used by ${other}/${slug}; slugs are unique across the library`);
  }
  // Work out the frontmatter before touching the disk, so a refusal leaves no empty folder behind.
  const frontmatter = newEntryFrontmatter(kind, slug);
  mkdirSync(join(contentDir, kind, slug), { recursive: true });
  const target = join(contentDir, kind, slug, '1.mdx');
  writeFileSync(target, `---\n${frontmatter}---\n\n## ${TODO}\n\nWrite the entry here.\n`, { flag: 'wx' });
  return target;
}

function writeLedger(contentDir: string, versions: Record<string, string>) {
  const sorted = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  const body = {
    about:
      'The ledger of published versions: a hash of every published file. npm run check fails if a published version is edited or deleted. Written only by npm run publish.',
    versions: sorted,
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
  const doc = parseDocument(parts.yaml);
  if (doc.get('status') !== 'draft')
    throw new AuthoringError(
      `${kind}/${slug} has no draft: version ${last} is already published. Start one with npm run new -- ${kind} ${slug}`,
    );
  const placeholders = text.split('\n').flatMap((line, i) => (hasPlaceholder(line) ? [`${file}:${i + 1}`] : []));
  if (placeholders.length) {
    throw new AuthoringError(`the draft still has placeholders ("${TODO}") at ${placeholders.join(', ')}; replace them before publishing`);
  }

  // Warnings elsewhere (another draft's placeholders) do not hold this one back.
  const before = checkContent(contentDir);
  if (errorsOf(before.problems).length) throw new AuthoringError(`fix these first:\n${formatReport(before.problems)}`);

  doc.set('status', 'published');
  doc.set('published', date);
  const published = `---\n${doc.toString()}---\n${parts.body}`;
  writeFileSync(file, published);
  // The check has just read the ledger (src/content-check/read-content.ts: readLedger), and found it sound.
  const ledger = { ...before.ledger };
  ledger[`${kind}/${slug}/${last}`] = hashVersion(published);
  writeLedger(contentDir, ledger);

  const after = errorsOf(checkContent(contentDir).problems);
  if (after.length) {
    writeFileSync(file, text); // put the draft back exactly as it was
    delete ledger[`${kind}/${slug}/${last}`];
    writeLedger(contentDir, ledger);
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
  writeLedger(contentDir, ledger);
  return added;
}
