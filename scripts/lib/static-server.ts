/**
 * A static file server for a built site on 127.0.0.1 (the browser tests and the benchmark), with the
 * production nginx config's URL rules: /path/ serves /path/index.html, anything missing is the 404
 * page with status 404. sirv (Vite's preview server uses it) finds and streams the files.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Types sirv's table has not got, as nginx serves them: CSV with its charset, Pagefind's index files as bytes. */
const TYPES: readonly [RegExp, string][] = [
  [/\.csv$/, 'text/csv; charset=utf-8'],
  [/\.(pagefind|pf_[a-z]+)$/, 'application/octet-stream'],
];

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  server: Server;
}

export interface ServeOptions {
  /**
   * Send the build's precompressed copies (file.gz) as nginx's gzip_static does, so that the
   * benchmark counts the bytes a reader's browser receives.
   */
  gzip?: boolean;
  /** HTML pages that are not in the build, by path (the benchmark's own pages), served before the files. */
  extraPages?: Record<string, string>;
  /** Where pages may POST a report (the benchmark's timings, sent by beacon), and who receives its body. */
  beacon?: { path: string; receive(body: string): void };
}

export async function serve(root: string, { gzip = false, extraPages = {}, beacon }: ServeOptions = {}): Promise<RunningServer> {
  // dev: every request reads the disk (no file list taken at start) and nothing is cached by the browser.
  const files = sirv(root, {
    dev: true,
    gzip,
    setHeaders: (res, pathname) => {
      const type = TYPES.find(([pattern]) => pattern.test(pathname))?.[1];
      if (type) res.setHeader('content-type', type);
    },
  });
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (beacon && req.method === 'POST' && path === beacon.path) {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        res.writeHead(204).end();
        beacon.receive(body);
      });
      return;
    }
    const extra = extraPages[path];
    if (extra !== undefined) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra);
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
