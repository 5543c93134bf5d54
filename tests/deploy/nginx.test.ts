/**
 * deploy/nginx.conf really serves the site: Debian's nginx runs (not as a daemon, on 127.0.0.1)
 * with that file, only `listen` and `root` swapped for a free port and the fixture build, and the
 * test checks pages, redirects, the 404 page, content types and every security and cache header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { CSP_HEADER, CSP_META } from '../../src/domain/csp.ts';
import { nginxPath } from '../../scripts/lib/test-prerequisites.ts';
import { FILES } from '../../src/domain/routes.ts';

const NGINX = nginxPath();
const DEPLOY_CONF = resolve('deploy/nginx.conf');

let prefix: string;
let nginx: ChildProcess | undefined;
let base: string;
let nginxLog = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      })
      .on('error', fail);
  });
}

/** deploy/nginx.conf with only the listen address and root replaced. */
export function confForTest(conf: string, port: number, root: string): string {
  const replaced = conf.replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
  if (replaced === conf || !replaced.includes(`listen 127.0.0.1:${port};`) || !replaced.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf must have one `listen ...;` and one `root ...;` line for the test to substitute');
  }
  return replaced;
}

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is not installed at ${NGINX}: install Debian's package with \`apt-get install -y nginx\` (CI does), or set NGINX_PATH`,
    );
  }
  prefix = mkdtempSync(join(tmpdir(), 'nis-nginx-'));
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
${confForTest(readFileSync(DEPLOY_CONF, 'utf8'), port, FIXTURE_DIST)}
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

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
  expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('server')).toBe('nginx');
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
    const css = readdirSync(join(FIXTURE_DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    const asset = await get(`/_astro/${css}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(asset);
    const fragment = readdirSync(join(FIXTURE_DIST, 'pagefind', 'fragment'))[0]!;
    expect((await get(`/pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
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
});
