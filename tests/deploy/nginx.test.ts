/**
 * deploy/nginx.conf really serves the site: Debian's nginx runs (not as a daemon, on 127.0.0.1)
 * with that file, only `listen` and `root` swapped for a free port and the fixture build, and the
 * test checks pages, redirects, the 404 page, content types, every security and cache header,
 * compression, and that Chromium takes the headers without a complaint.
 *
 * The root is a folder of links to the fixture build's files plus a few files of the test's own
 * (copies without their gzip copy, for the on-the-fly fallback), so the shared build stays as built.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { freePort } from '../helpers/server-process.ts';
import { CSP_HEADER, CSP_META } from '../../src/domain/csp.ts';
import { nginxPath } from '../../scripts/lib/test-prerequisites.ts';
import { FILES, SEARCH_INDEX, searchPageUrl } from '../../src/domain/routes.ts';
import { GZIP_SUFFIX, MIN_PRECOMPRESSED_BYTES, PRECOMPRESSED_EXTENSIONS } from '../../src/domain/precompression.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const NGINX = nginxPath();
const DEPLOY_CONF = resolve('deploy/nginx.conf');
/** Files of the test's own in the served root: text with no gzip copy beside it. */
const UNCOMPRESSED = '/nginx-test-only/';
/** The path of one of Pagefind's fragments (not its gzip copy). */
const firstFragment = () =>
  `/pagefind/fragment/${readdirSync(join(FIXTURE_DIST, 'pagefind', 'fragment')).find((name) => name.endsWith('.pf_fragment'))!}`;
const UNCOMPRESSED_COPIES = { css: 'style.css', json: 'data.json', csv: 'data.csv', xml: 'feed.xml', js: 'script.js' };

let prefix: string;
let nginx: ChildProcess | undefined;
let base: string;
let nginxLog = '';

/** deploy/nginx.conf with only the listen address and root replaced. */
export function confForTest(conf: string, port: number, root: string): string {
  const replaced = conf.replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
  if (replaced === conf || !replaced.includes(`listen 127.0.0.1:${port};`) || !replaced.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf must have one `listen ...;` and one `root ...;` line for the test to substitute');
  }
  return replaced;
}

/** The root nginx serves: links to everything in the fixture build, and the uncompressed copies. */
function servedRoot(parent: string): string {
  const root = join(parent, 'root');
  // nginx's worker (nobody, when the tests run as root) must get through the private temporary folder.
  chmodSync(parent, 0o755);
  mkdirSync(root);
  for (const name of readdirSync(FIXTURE_DIST)) symlinkSync(join(FIXTURE_DIST, name), join(root, name));
  mkdirSync(join(root, UNCOMPRESSED));
  const sources: Record<keyof typeof UNCOMPRESSED_COPIES, string> = {
    css: `_astro/${stylesheet()}`,
    json: 'data/library.json',
    csv: 'data/interventions.csv',
    xml: FILES.feed,
    js: 'pagefind/pagefind.js',
  };
  for (const [kind, name] of Object.entries(UNCOMPRESSED_COPIES)) {
    copyFileSync(join(FIXTURE_DIST, sources[kind as keyof typeof sources]), join(root, UNCOMPRESSED, name));
  }
  return root;
}

const stylesheet = () => readdirSync(join(FIXTURE_DIST, '_astro')).find((f) => f.endsWith('.css'))!;

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is not installed at ${NGINX}: install Debian's package with \`apt-get install -y nginx\` (CI does), or set NGINX_PATH`,
    );
  }
  prefix = mkdtempSync(join(tmpdir(), 'nis-nginx-'));
  const root = servedRoot(prefix);
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `
worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${confForTest(readFileSync(DEPLOY_CONF, 'utf8'), port, root)}
}
`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stdout!.on('data', (d) => (nginxLog += d));
  nginx.stderr!.on('data', (d) => (nginxLog += d));
  base = `http://127.0.0.1:${port}`;
  // Wait (bounded) until nginx answers.
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) break;
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
  throw new Error(`nginx did not start with deploy/nginx.conf:\n${nginxLog}\n${log}`);
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const get = (path: string) => fetch(base + path, { redirect: 'manual' });

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with exactly these request headers and the body as sent (fetch asks for gzip itself and unpacks it). */
function getRaw(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    request(base + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

const GZIP = { 'accept-encoding': 'gzip' };

/** A header of either kind of response, by its lower-case name. */
const header = (response: Response | RawResponse, name: string) =>
  response instanceof Response ? response.headers.get(name) : ((response.headers[name] as string | undefined) ?? null);

/** The features a Permissions-Policy header names, each with its allowlist. */
const permissions = (policy: string | null) => new Map((policy ?? '').split(/,\s*/).map((d) => d.split('=') as [string, string]));

function expectSecurityHeaders(response: Response | RawResponse) {
  expect(header(response, 'content-security-policy')).toBe(CSP_HEADER);
  expect(header(response, 'strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(header(response, 'x-content-type-options')).toBe('nosniff');
  expect(header(response, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(header(response, 'x-frame-options')).toBe('DENY');
  expect(header(response, 'cross-origin-opener-policy')).toBe('same-origin');
  expect(header(response, 'cross-origin-resource-policy')).toBe('same-origin');
  const policy = permissions(header(response, 'permissions-policy'));
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
    expect(policy.get(feature), `Permissions-Policy denies ${feature}`).toBe('()');
  }
  expect(
    [...policy.values()].filter((allowlist) => allowlist !== '()'),
    'Permissions-Policy only denies',
  ).toEqual([]);
  expect(header(response, 'server')).toBe('nginx');
}

describe('deploy/nginx.conf', () => {
  it('serves a page with the security headers and no caching of HTML', async () => {
    const response = await get('/about/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<h1 class="govuk-heading-xl">About the National Inclusion Standards</h1>');
  });

  it("sends the same policy as the pages' meta, plus frame-ancestors", () => {
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });

  it('redirects a directory without its slash to the slash, relatively', async () => {
    const response = await get('/about');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
  });

  it('answers unknown paths with the 404 page, status 404 and the headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(readFileSync(join(FIXTURE_DIST, '404.html'), 'utf8'));
  });

  it('caches hashed assets for a year, immutable', async () => {
    const asset = await get(`/_astro/${stylesheet()}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(asset);
    expect((await get(firstFragment())).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Pagefind's entry files are not hashed: revalidated like HTML.
    expect((await get('/pagefind/pagefind.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it('serves open data with the right types', async () => {
    const csv = await get('/data/interventions.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expectSecurityHeaders(csv);
    expect((await get('/data/library.json')).headers.get('content-type')).toBe('application/json');
    expect((await get(FILES.sitemap)).status).toBe(200);
    expect((await get('/robots.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('sets the security headers on a page, a stylesheet and a data file, compressed or not', async () => {
    for (const path of ['/about/', `/_astro/${stylesheet()}`, '/data/library.json', '/data/interventions.csv']) {
      for (const headers of [{}, GZIP]) {
        const response = await getRaw(path, headers);
        expect(response.status, path).toBe(200);
        expectSecurityHeaders(response);
      }
    }
  });
});

describe('compression', () => {
  /** The built file a path is served from. */
  const fileOf = (path: string) => join(FIXTURE_DIST, path.endsWith('/') ? `${path}index.html` : path);

  it("sends the build's gzip copy of a page, the stylesheet and JSON to a client that accepts gzip", async () => {
    for (const path of ['/about/', `/_astro/${stylesheet()}`, '/data/library.json', FILES.feed]) {
      const response = await getRaw(path, GZIP);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers.vary, path).toBe('Accept-Encoding');
      expect(response.body.equals(readFileSync(fileOf(path) + GZIP_SUFFIX)), `${path} is the gzip copy`).toBe(true);
      expect(gunzipSync(response.body).equals(readFileSync(fileOf(path))), `${path} unpacks to the built file`).toBe(true);
    }
  });

  it('sends the file as built to a client that does not ask for gzip', async () => {
    for (const path of ['/about/', `/_astro/${stylesheet()}`, '/data/library.json']) {
      for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
        const response = await getRaw(path, headers);
        expect(response.headers['content-encoding'], path).toBeUndefined();
        expect(response.headers.vary, path).toBe('Accept-Encoding');
        expect(response.body.equals(readFileSync(fileOf(path))), path).toBe(true);
      }
    }
  });

  it('compresses on the fly the text files that have no gzip copy', async () => {
    for (const name of Object.values(UNCOMPRESSED_COPIES)) {
      const response = await getRaw(UNCOMPRESSED + name, GZIP);
      expect(response.headers['content-encoding'], name).toBe('gzip');
      expect(response.headers.vary, name).toBe('Accept-Encoding');
    }
    const csv = await getRaw(`${UNCOMPRESSED}${UNCOMPRESSED_COPIES.csv}`, GZIP);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(gunzipSync(csv.body).equals(readFileSync(join(FIXTURE_DIST, 'data/interventions.csv')))).toBe(true);
  });

  it('sends small files as they are', async () => {
    const small = await getRaw('/robots.txt', GZIP);
    expect(small.body.length).toBeLessThan(MIN_PRECOMPRESSED_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it("sends Pagefind's files as Pagefind wrote them (gzip) to a gzip client, unpacked to others", async () => {
    for (const path of [firstFragment(), SEARCH_INDEX.wasm]) {
      const gzipped = await getRaw(path, GZIP);
      expect(gzipped.headers['content-encoding'], path).toBe('gzip');
      expect(gzipped.headers.vary, path).toBe('Accept-Encoding');
      expect(gzipped.body.equals(readFileSync(fileOf(path) + GZIP_SUFFIX)), path).toBe(true);
      const plain = await getRaw(path, {});
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(fileOf(path))), path).toBe(true);
    }
  });

  it('compresses on the fly from the size and for the types the build precompresses', () => {
    const conf = readFileSync(DEPLOY_CONF, 'utf8');
    expect(conf).toContain(`gzip_min_length ${MIN_PRECOMPRESSED_BYTES};`);
    const gzipTypes = new Set(/^\s*gzip_types\s+([^;]+);/m.exec(conf)![1]!.split(/\s+/));
    // nginx's mime.types, plus the CSV type the config adds; text/html is always compressed.
    const mimeTypes = new Map(
      [...readFileSync('/etc/nginx/mime.types', 'utf8').matchAll(/^\s*([\w.+-]+\/[\w.+-]+)\s+([^;]+);/gm)].flatMap(([, type, names]) =>
        names!.split(/\s+/).map((name) => [`.${name}`, type!] as const),
      ),
    ).set('.csv', 'text/csv');
    const missing = PRECOMPRESSED_EXTENSIONS.map((extension) => mimeTypes.get(extension)!).filter(
      (type) => type !== 'text/html' && !gzipTypes.has(type),
    );
    expect(missing).toEqual([]);
  });
});

describe('in Chromium', () => {
  it('takes the headers without a warning or an error on a page and a search', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const complaints: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') complaints.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => complaints.push(`${page.url()}: ${error.message}`));
      await page.goto(`${base}/about/`, { waitUntil: 'load' });
      await page.goto(`${base}${searchPageUrl('q=language')}`, { waitUntil: 'load' });
      await page.waitForSelector('[data-search-results] li', { timeout: 20_000 });
      expect(complaints, complaints.join('\n')).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
