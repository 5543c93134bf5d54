/** Measuring helpers for the benchmark: a timed child process with the peak memory of its whole tree, and sizes on disk. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../../src/built-site/pages.ts';
import { evidenceAddedGzip } from '../../src/domain/evidence-weight.ts';

export interface RunResult {
  status: number;
  output: string;
  wallMs: number;
  peakTreeRssBytes: number;
  maxRssBytes?: number;
  /** User plus system CPU time of the whole tree (from GNU time): steadier than wall time on a shared machine. */
  cpuMs?: number;
}

/** Resident memory of a process and all its descendants, summed, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096); // rss in pages
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Run a command under GNU time (when present) and poll /proc every 100 ms for the summed RSS of the
 * whole process tree (Node and the Pagefind binary): GNU time alone reports only the largest process.
 */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  const timed = statSafe('/usr/bin/time');
  const [cmd, argv] = timed ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const user = /User time \(seconds\): ([\d.]+)/.exec(output);
      const system = /System time \(seconds\): ([\d.]+)/.exec(output);
      resolve({
        status: code ?? 1,
        output,
        wallMs: performance.now() - started,
        peakTreeRssBytes: peak,
        ...(maxRss ? { maxRssBytes: Number(maxRss[1]) * 1024 } : {}),
        ...(user && system ? { cpuMs: (Number(user[1]) + Number(system[1])) * 1000 } : {}),
      });
    });
  });
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Total bytes of every file under a folder. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

export interface Weight {
  bytes: number;
  gzip: number;
}
export const weigh = (content: Buffer | string): Weight => ({
  bytes: Buffer.byteLength(content),
  gzip: gzipSync(content, { level: 9 }).length,
});
export const sum = (ws: Weight[]): Weight =>
  ws.reduce((a, w) => ({ bytes: a.bytes + w.bytes, gzip: a.gzip + w.gzip }), { bytes: 0, gzip: 0 });

/** Static imports of a bundled module (`import{a}from"./x.js"`, `import "./y.js"`), not dynamic import(). */
const STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;

/**
 * A script and every module it imports statically, as site paths ("/_astro/x.js"), each once: what
 * the browser fetches for one <script type="module" src>. A bundler splits shared code into chunks,
 * so the script's own file alone would undercount.
 */
export function moduleGraph(dist: string, src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(dist, src), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const target = m[1]!;
    if (target.startsWith('.') || target.startsWith('/')) moduleGraph(dist, posix.resolve(dirname(src), target), seen);
  }
  return seen;
}

/** Where the site's bundled scripts go: Astro's output for scripts in components (GOV.UK Frontend's, on an entry page). */
const BUNDLED = '/_astro/';

/**
 * What one built page loads: its HTML, the stylesheets it links, and the scripts it includes with the
 * modules they import; `bundledJs` is the part Astro bundled (under /_astro/), which on an entry page
 * is GOV.UK Frontend's JavaScript (src/browser/govuk-frontend.ts) and nothing else.
 */
export function pageWeight(dist: string, path: string): { html: Weight; css: Weight; js: Weight; bundledJs: Weight } {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const local = (url: string) => readFileSync(join(dist, url.split('?')[0]!));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) =>
    weigh(local(m[1] ?? m[2]!)),
  );
  const modules = new Set<string>();
  const inline: Weight[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1]?.split('?')[0];
    if (src) moduleGraph(dist, src, modules);
    else inline.push(weigh(m[2]!));
  }
  const files = [...modules].map((src) => ({ src, weight: weigh(local(src)) }));
  return {
    html: weigh(html),
    css: sum(css),
    js: sum([...inline, ...files.map((f) => f.weight)]),
    bundledJs: sum(files.filter((f) => f.src.startsWith(BUNDLED)).map((f) => f.weight)),
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** What the evidence section (findings table and forest plot) adds to entry pages, gzipped: the largest, over every page that has one. */
export function evidenceWeight(dist: string): { pages: number; maxGzip: number; maxPath: string } {
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  let pages = 0;
  let maxGzip = 0;
  let maxPath = '';
  for (const { file, path } of builtPages(dist)) {
    const html = readFileSync(file, 'utf8');
    const added = evidenceAddedGzip(html, gz);
    if (added === 0) continue;
    pages++;
    if (added > maxGzip) [maxGzip, maxPath] = [added, path];
  }
  return { pages, maxGzip, maxPath };
}
