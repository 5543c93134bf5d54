/**
 * The benchmark (not a test): generate a corpus of N entries, build it with this site and with a
 * bare "floor" (Astro + MDX + Pagefind and nothing else, on the same corpus), then measure the build,
 * the pages and, in Chromium, the search.
 *
 *   npm run bench -- --entries 1000 [--entries 5000] [--seed 42] [--runs 3] [--no-floor] [--no-browser] [--keep]
 *   npm run bench -- --dist <built site> [--dist ...]   (only the search, in Chromium, on sites already built)
 *
 * --runs R builds each site R times, alternating this site and the floor so that both meet the same
 * moments of a busy machine, and reports the median (wall time on a shared two-core machine varies
 * by 15% from one build to the next).
 *
 * Scratch folders live under $TMPDIR/nis-bench-*; nothing in the repository changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import type { Socket } from 'node:net';
import { generateCorpus } from './generate-corpus.ts';
import { builtPages } from '../src/built-site/pages.ts';
import { entryUrl, searchPageUrl } from '../src/domain/routes.ts';
import type { KindId } from '../src/domain/vocabulary.ts';
import { evidenceWeight, folderBytes, kib, median, mib, pageWeight, run, type RunResult } from './lib/measure.ts';
import { EVIDENCE_BUDGET_GZIP_BYTES } from '../src/domain/evidence-weight.ts';
import { launchBrowser } from './lib/browser.ts';
import { serve, type RunningServer } from './lib/static-server.ts';
import { LAUNCH_PAGE, LAUNCH_PATH, REPORT_PATH, inPlainChromium } from './lib/plain-chromium.ts';
import { ENGINE_FLOOR_PAGE, ENGINE_FLOOR_PATH, parseReport, withFirstResultReporter, type PageReport } from './lib/bench-pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Topical queries and one broad one ("language" reaches every entry in its area), as a teacher would type them. */
const QUERIES = ['working memory', 'handwriting', 'friendship', 'sensory regulation', 'language'];
/** Astro 7 prints this once per MDX file on large corpora (a known upstream issue); it hides real warnings. */
const NOISE = /module level directive|MODULE_LEVEL_DIRECTIVE|^\S*\s*\S*\[WARN\] \[vite\]\s*$/;

const { values } = parseArgs({
  options: {
    entries: { type: 'string', multiple: true, default: ['1000'] },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '1' },
    'no-floor': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    dist: { type: 'string', multiple: true, default: [] },
  },
});

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Large MDX corpora have exhausted Node's default heap; give the build room rather than crash.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=12288`.trim(),
    ...extra,
  };
}

/** Print a build's output without the per-MDX noise, keeping every other warning and error. */
function report(name: string, result: RunResult): void {
  const lines = result.output.split('\n');
  const noise = lines.filter((l) => NOISE.test(l)).length;
  const kept = lines.filter((l) => !NOISE.test(l) && /warn|error/i.test(l) && !/^\s*(Exit status|Command being timed)/.test(l));
  console.log(
    `  ${name}: exit ${result.status}, ${(result.wallMs / 1000).toFixed(1)} s; ${noise} "module level directive" warnings hidden`,
  );
  for (const line of kept.slice(0, 20)) console.log(`    ${line}`);
  if (result.status !== 0) {
    console.log(
      lines
        .filter((l) => !NOISE.test(l))
        .slice(-40)
        .join('\n'),
    );
    throw new Error(`${name} build failed`);
  }
}

/** A bare Astro + MDX + Pagefind project over the same corpus, using this repository's node_modules. */
function writeFloor(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'nis-floor', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
const index = {
  name: 'floor-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      const added = await index.addDirectory({ path: site });
      if (added.errors.length) throw new Error(added.errors.join('\\n'));
      await index.writeFiles({ outputPath: site + '/pagefind' });
      await pagefind.close();
    },
  },
};
// Its own cache: node_modules is the repository's, linked.
export default defineConfig({ outDir: process.env.FLOOR_OUT, cacheDir: './.astro-cache', trailingSlash: 'always', integrations: [mdx(), index] });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '*/*/*.mdx', base: ${JSON.stringify(contentDir)}, generateId: ({ entry }) => entry.replace(/\\/\\d+\\.mdx$/, '') }) }),
};
`,
  );
  mkdirSync(join(dir, 'src/pages/[kind]'), { recursive: true });
  writeFileSync(
    join(dir, 'src/pages/[kind]/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => { const [kind, slug] = entry.id.split('/'); return { params: { kind, slug }, props: { entry } }; });
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body></html>
`,
  );
}

interface QueryTiming {
  query: string;
  results: string;
  typedMs: number;
  typedBytes: number;
  pastedMs: number;
  /** Enter pressed as soon as the search box is visible on a cold page load. */
  asapMs: number;
  /** Bytes from navigation to the first result, in that case. */
  asapBytes: number;
  sharedLinkMs: number;
  sharedLinkBytes: number;
  /** The shared-link page's first contentful paint: how soon this machine shows a cold page at all. */
  sharedLinkPaintMs: number;
  /** Pagefind alone on a blank page, cold: the fastest any page searching with it could show a first screen. */
  engineFloorMs: number;
}

/** Typing speed for the typed measurement: 10 keys a second, a quick typist. */
const KEY_DELAY_MS = 100;

/**
 * Bytes the server sent (headers and bodies) in the responses it finished between two moments (epoch
 * ms). Counted at the server's sockets because the plain Chromium has no DevTools session to ask; and
 * up to the moment the first result appeared in the page, not the moment the benchmark noticed it,
 * which on a busy machine can be much later.
 */
function byteLog(server: RunningServer): (from: number, to: number) => number {
  const sent: { end: number; bytes: number }[] = [];
  server.server.on('request', (req: { socket: Socket }, res: { on(event: 'finish', f: () => void): void }) => {
    const before = req.socket.bytesWritten;
    res.on('finish', () => sent.push({ end: Date.now(), bytes: req.socket.bytesWritten - before }));
  });
  return (from, to) => sent.filter((r) => r.end >= from && r.end <= to).reduce((n, r) => n + r.bytes, 0);
}

const firstResult = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-search-results] li') !== null, undefined, { timeout: 60_000 });

/** A page with the browser cache off, so every measurement starts cold. */
async function coldPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

/** Open the search page and wait until its engine is ready, as a reader arriving from a link has it. */
async function readySearchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await coldPage(context);
  await page.goto(`${url}${searchPageUrl()}`);
  await page.waitForFunction(() => /Enter a search term/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
  // Two seconds on the page before typing, as a reader reads the heading and finds the box.
  await page.waitForTimeout(2000);
  return page;
}

/** Milliseconds from Enter in the query box to the first result in the list, and when (epoch ms) it appeared. */
async function enterToFirstResult(page: Page): Promise<{ ms: number; at: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { t0: number; t1: Promise<number> };
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') w.t0 = performance.now();
      },
      { capture: true, once: true },
    );
    const list = document.querySelector('[data-search-results]')!;
    w.t1 = new Promise((done) =>
      new MutationObserver((_, obs) => {
        if (list.querySelector('li')) {
          obs.disconnect();
          done(performance.now());
        }
      }).observe(list, { childList: true }),
    );
  });
  await page.press('#search-q', 'Enter');
  await firstResult(page);
  return page.evaluate(async () => {
    const w = window as unknown as { t0: number; t1: Promise<number> };
    const t1 = await w.t1;
    return { ms: t1 - w.t0, at: performance.timeOrigin + t1 };
  });
}

/**
 * In Chromium, each query four ways, cold cache each time:
 * - typed: keys pressed at a quick typist's pace, then Enter; timed from Enter (the page fetches the
 *   index for the words while they are typed, as Pagefind's own UI does); bytes from the first key;
 * - pasted: the whole query put in at once and Enter pressed at once, so nothing is fetched ahead;
 * - as soon as the box is visible: a cold load of /search/, the query put in the moment the box shows
 *   and Enter pressed; timed from Enter, bytes from navigation (the engine is still loading);
 * - shared link: navigation to /search/?q=... to the first result, everything cold, in a plain
 *   Chromium (no DevTools client: scripts/lib/plain-chromium.ts), as is the engine floor; both
 *   once Playwright's browser has closed.
 * The first three need Playwright's keyboard, so they carry its cost; they are timed from Enter.
 * The server sends the build's gzip copies, as nginx does.
 */
async function measureSearch(dist: string): Promise<QueryTiming[]> {
  const server = await serve(dist, { gzip: true });
  const bytesBetween = byteLog(server);
  const browser = await launchBrowser();
  const driven: Omit<QueryTiming, 'sharedLinkMs' | 'sharedLinkBytes' | 'sharedLinkPaintMs' | 'engineFloorMs'>[] = [];
  try {
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const typed = await readySearchPage(context, server.url);
      const typedFrom = Date.now();
      await typed.click('#search-q');
      await typed.keyboard.type(query, { delay: KEY_DELAY_MS });
      const typedResult = await enterToFirstResult(typed);
      const typedMs = typedResult.ms;
      const typedBytes = bytesBetween(typedFrom, typedResult.at);
      await typed.waitForFunction(() => /\d+ results?/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
      const results = (await typed.textContent('[data-search-summary]'))!.replace(/,.*$/, '');
      // Each page is closed before the next is measured: its work after the first result (merging the
      // shards, counts, the rest of the page) would otherwise be counted in the next one's bytes.
      await typed.close();

      const pasted = await readySearchPage(context, server.url);
      await pasted.fill('#search-q', query);
      const pastedMs = (await enterToFirstResult(pasted)).ms;
      await pasted.close();

      const asap = await coldPage(context);
      const asapFrom = Date.now();
      await asap.goto(`${server.url}${searchPageUrl()}`, { waitUntil: 'commit' });
      await asap.waitForSelector('#search-q', { state: 'visible', timeout: 60_000 });
      await asap.fill('#search-q', query);
      const asapResult = await enterToFirstResult(asap);
      const asapMs = asapResult.ms;
      const asapBytes = bytesBetween(asapFrom, asapResult.at);
      await asap.close();

      await context.close();
      driven.push({ query, results, typedMs, typedBytes, pastedMs, asapMs, asapBytes });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // With Playwright's browser gone, so that its processes take nothing from the plain Chromium.
  const plain = await plainVisits(dist);
  const out: QueryTiming[] = [];
  try {
    for (const timing of driven) {
      const shared = await plain.visit(searchPageUrl(`q=${encodeURIComponent(timing.query)}`));
      const floor = await plain.visit(`${ENGINE_FLOOR_PATH}?q=${encodeURIComponent(timing.query)}`);
      out.push({
        ...timing,
        sharedLinkMs: shared.report.at,
        sharedLinkBytes: shared.bytes,
        sharedLinkPaintMs: shared.report.paint ?? Number.NaN,
        engineFloorMs: floor.report.at,
      });
    }
  } finally {
    await plain.close();
  }
  return out;
}

/**
 * Cold page loads in a plain Chromium (scripts/lib/plain-chromium.ts), from a server of their own
 * that adds the engine floor, the launcher and, to the search page only, the first-result reporter.
 */
async function plainVisits(dist: string) {
  let received: ((body: string) => void) | undefined;
  const searchPage = readFileSync(join(dist, searchPageUrl(), 'index.html'), 'utf8');
  const server = await serve(dist, {
    gzip: true,
    extraPages: {
      [ENGINE_FLOOR_PATH]: ENGINE_FLOOR_PAGE,
      [LAUNCH_PATH]: LAUNCH_PAGE,
      [searchPageUrl()]: withFirstResultReporter(searchPage),
    },
    beacon: { path: REPORT_PATH, receive: (body) => received?.(body) },
  });
  const bytesBetween = byteLog(server);
  return {
    /** Open `path` cold and return its report, and the bytes sent from its navigation start to its first results. */
    async visit(path: string): Promise<{ report: PageReport; bytes: number }> {
      const body = new Promise<string>((resolve) => (received = resolve));
      const report = parseReport(await inPlainChromium(`${server.url}${LAUNCH_PATH}?to=${encodeURIComponent(path)}`, body));
      return { report, bytes: bytesBetween(report.origin, report.origin + report.at) };
    },
    close: () => server.close(),
  };
}

/** The run with the median wall time (the lower middle one for an even count). */
function medianRun(results: RunResult[]): RunResult {
  return [...results].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((results.length - 1) / 2)]!;
}

function firstEntryPage(dist: string, kind: KindId = 'interventions'): string {
  const slug = readdirSync(join(dist, kind), { withFileTypes: true }).find((d) => d.isDirectory())!.name;
  return entryUrl(kind, slug);
}

const runs = Math.max(1, Number(values.runs) || 1);

async function benchOne(entries: number): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), `nis-bench-${entries}-`));
  const content = join(scratch, 'content');
  const ours = join(scratch, 'dist');
  console.log(`\n## N = ${entries} (scratch: ${scratch})`);
  const corpus = generateCorpus({ dir: content, entries, seed: Number(values.seed) });
  console.log(`  corpus: ${corpus.files} versions, ~${Math.round(corpus.words / corpus.files)} words each`);

  const siteCache = join(scratch, 'astro-cache');
  const buildOurs = () =>
    run(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: buildEnv({ NIS_CONTENT_DIR: content, NIS_OUT_DIR: ours, NIS_AS_OF: '2026-11-22', NIS_CACHE_DIR: siteCache }),
    });
  const project = join(scratch, 'floor');
  // Inside the project: Astro's prerender chunks in the output folder import from its node_modules.
  const floorDist = values['no-floor'] ? undefined : join(project, 'dist');
  if (floorDist) writeFloor(project, content);
  const buildFloor = () => run(process.execPath, [ASTRO, 'build'], { cwd: project, env: buildEnv({ FLOOR_OUT: floorDist! }) });

  // Every run is a clean build: no output and no content cache left from the one before.
  const siteRuns: RunResult[] = [];
  const floorRuns: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    for (const dir of [ours, siteCache]) rmSync(dir, { recursive: true, force: true });
    siteRuns.push(await buildOurs());
    report('this site', siteRuns.at(-1)!);
    if (floorDist) {
      for (const dir of [floorDist, join(project, '.astro-cache'), join(project, '.astro')]) rmSync(dir, { recursive: true, force: true });
      floorRuns.push(await buildFloor());
      report('floor (bare Astro + MDX + Pagefind)', floorRuns.at(-1)!);
    }
  }
  const site = medianRun(siteRuns);
  const floor = floorDist ? medianRun(floorRuns) : undefined;

  const entryPath = firstEntryPage(ours);
  const weight = pageWeight(ours, entryPath);
  const evidence = evidenceWeight(ours);
  const search = values['no-browser'] ? undefined : await measureSearch(ours);

  const perEntry = (r: RunResult) => r.wallMs / corpus.files;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const cpu = (r: RunResult | undefined) => (r?.cpuMs ? seconds(r.cpuMs) : '-');
  const rows: [string, string, string][] = [
    [`clean build (wall${runs > 1 ? `, median of ${runs}` : ''})`, seconds(site.wallMs), floor ? seconds(floor.wallMs) : '-'],
    ['build time per entry', `${perEntry(site).toFixed(1)} ms`, floor ? `${perEntry(floor).toFixed(1)} ms` : '-'],
    ['CPU time (user + system, the run above)', cpu(site), cpu(floor)],
    ['HTML pages built', String(builtPages(ours).length), floorDist ? String(builtPages(floorDist).length) : '-'],
    ['peak memory, process tree (/proc)', mib(site.peakTreeRssBytes), floor ? mib(floor.peakTreeRssBytes) : '-'],
    ['max RSS of one process (time -v)', site.maxRssBytes ? mib(site.maxRssBytes) : '-', floor?.maxRssBytes ? mib(floor.maxRssBytes) : '-'],
    ['dist size', mib(folderBytes(ours)), floorDist ? mib(folderBytes(floorDist)) : '-'],
    [
      'search index (dist/pagefind)',
      mib(folderBytes(join(ours, 'pagefind'))),
      floorDist && existsSync(join(floorDist, 'pagefind')) ? mib(folderBytes(join(floorDist, 'pagefind'))) : '-',
    ],
    [`entry page HTML (${entryPath})`, `${kib(weight.html.bytes)} (${kib(weight.html.gzip)} gz)`, ''],
    ['entry page CSS', `${kib(weight.css.bytes)} (${kib(weight.css.gzip)} gz)`, ''],
    ['entry page JS (every script, with the modules it imports)', `${kib(weight.js.bytes)} (${kib(weight.js.gzip)} gz)`, ''],
    ['entry page JS, GOV.UK Frontend (bundled, /_astro/)', `${kib(weight.bundledJs.bytes)} (${kib(weight.bundledJs.gzip)} gz)`, ''],
    [
      `findings table and forest plot, added to an entry page (gz, largest of ${evidence.pages} pages; limit ${kib(EVIDENCE_BUDGET_GZIP_BYTES)})`,
      evidence.pages ? `${kib(evidence.maxGzip)} (${evidence.maxPath})` : 'no page has findings',
      '',
    ],
  ];
  if (search) rows.push(...searchRows(search).map(([name, value]): [string, string, string] => [name, value, '']));
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n| ${'N = ' + entries}${' '.repeat(Math.max(0, width - 4 - String(entries).length))} | this site | floor |`);
  console.log(`|${'-'.repeat(width + 2)}|---|---|`);
  for (const [name, a, b] of rows) console.log(`| ${name.padEnd(width)} | ${a} | ${b} |`);
  if (runs > 1) {
    console.log(`\nEvery run (wall): this site ${siteRuns.map((r) => seconds(r.wallMs)).join(', ')}`);
    if (floor) console.log(`                  floor ${floorRuns.map((r) => seconds(r.wallMs)).join(', ')}`);
  }
  if (floor) {
    console.log(
      `\nBuild time per entry, this site / floor: ${(site.wallMs / floor.wallMs).toFixed(2)}x` +
        (site.cpuMs && floor.cpuMs ? ` (CPU time: ${(site.cpuMs / floor.cpuMs).toFixed(2)}x)` : ''),
    );
  }
  if (search) {
    printQueries(search);
    searchByN.push([`N = ${entries}`, search]);
  }

  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
}

/** The search rows of the tables: medians over the queries. */
function searchRows(search: QueryTiming[]): [string, string][] {
  const med = (pick: (t: QueryTiming) => number) => median(search.map(pick));
  return [
    [`typed query: Enter to first result, median of ${search.length}`, `${med((t) => t.typedMs).toFixed(0)} ms`],
    ['bytes fetched, first key to first result', kib(med((t) => t.typedBytes))],
    ['pasted query: Enter to first result', `${med((t) => t.pastedMs).toFixed(0)} ms`],
    ['as soon as the box is visible: Enter to first result', `${med((t) => t.asapMs).toFixed(0)} ms`],
    ['bytes fetched, navigation to first result', kib(med((t) => t.asapBytes))],
    ['shared link: page load to first result', `${med((t) => t.sharedLinkMs).toFixed(0)} ms`],
    ['bytes fetched, shared link', kib(med((t) => t.sharedLinkBytes))],
    ['shared link: page load to first paint (the page, before any result)', `${med((t) => t.sharedLinkPaintMs).toFixed(0)} ms`],
    ['engine floor: Pagefind alone on a blank page, load to first screen', `${med((t) => t.engineFloorMs).toFixed(0)} ms`],
  ];
}

function printQueries(search: QueryTiming[]): void {
  console.log('\nEach query (typed, pasted, as soon as visible, shared link, engine floor, in ms; bytes as soon as visible, shared link):');
  for (const t of search)
    console.log(
      `  "${t.query}" (${t.results}): ${[t.typedMs, t.pastedMs, t.asapMs, t.sharedLinkMs, t.engineFloorMs].map((ms) => ms.toFixed(0)).join(', ')}; ` +
        `${kib(t.asapBytes)}, ${kib(t.sharedLinkBytes)}`,
    );
}

/** Search measurements per library size, printed side by side at the end (bytes should not grow with N). */
const searchByN: [string, QueryTiming[]][] = [];

if (values.dist!.length > 0) {
  for (const dist of values.dist!) {
    console.log(`\n## ${dist}`);
    const search = await measureSearch(resolve(dist));
    printQueries(search);
    searchByN.push([dist, search]);
  }
} else {
  for (const n of values.entries!) await benchOne(Number(n));
}
if (searchByN.length > 1 || values.dist!.length > 0) {
  const columns = searchByN.map(([name, search]) => [name, searchRows(search)] as const);
  console.log(`\n| search, cold cache | ${columns.map(([name]) => name).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---').join('|')}|`);
  for (const [i, [row]] of columns[0]![1].entries()) console.log(`| ${row} | ${columns.map(([, rows]) => rows[i]![1]).join(' | ')} |`);
}
