/**
 * Content Security Policy: every built page carries the policy in a <meta>, no page has inline
 * script (but GOV.UK Frontend's body class snippet, allowed by its hash), style or event handlers, and browsing the site (search included) in Chromium with the
 * policy enforced records no violation, no console error and no request to another origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { REFRESH_META, fileOf, pagesToCheck } from '../helpers/sitemap.ts';
import { CSP_META, SUPPORT_CLASS_SCRIPT, scriptHash } from '../../src/domain/csp.ts';

/** Inline script the policy allows: its text's hash is a source in script-src. */
const allowedByHash = (text: string) => CSP_META.includes(scriptHash(text));

/** What a page's HTML does that a strict CSP would block, one line each. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const external = /\ssrc=/.test(m[1]!);
    if ((!external && !allowedByHash(m[2]!)) || (external && m[2]!.trim())) found.push(`inline <script>: ${m[0].slice(0, 80)}`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(`inline <style>: ${m[0]}`);
  for (const m of html.matchAll(/<[a-z][^>]*\sstyle="[^"]*"/gi)) found.push(`style attribute: ${m[0].slice(0, 80)}`);
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+="[^"]*"/gi)) found.push(`event handler attribute: ${m[0].slice(0, 80)}`);
  for (const m of html.matchAll(/\s(?:href|src|action)="\s*javascript:[^"]*"/gi)) found.push(`javascript: URL: ${m[0]}`);
  return found;
}

describe('the policy in every built page', () => {
  it('every page has the CSP meta first in head and no inline code', () => {
    const problems: string[] = [];
    for (const path of pagesToCheck()) {
      const html = readFileSync(fileOf(path), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      if (!meta) problems.push(`${path}: no Content-Security-Policy meta`);
      else if (meta[1]!.replace(/&#39;/g, "'") !== CSP_META) problems.push(`${path}: CSP meta differs: ${meta[1]}`);
      else if (html.indexOf(meta[0]) > html.search(/<script|<link/))
        problems.push(`${path}: the CSP meta must come before any script or stylesheet`);
      problems.push(...inlineCode(html).map((p) => `${path}: ${p}`));
    }
    expect(problems, `\n${problems.join('\n')}`).toEqual([]);
  });

  it("has no unsafe-inline or unsafe-eval for scripts: one hash, of GOV.UK Frontend's body class snippet", () => {
    const scriptSrc = CSP_META.split('; ').find((d) => d.startsWith('script-src'))!;
    // The hash GOV.UK Frontend documents for its template's snippet.
    expect(scriptHash(SUPPORT_CLASS_SCRIPT)).toBe("'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='");
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash(SUPPORT_CLASS_SCRIPT)}`);
    expect(CSP_META).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('finds inline code when there is some (the gate can fail)', () => {
    expect(inlineCode('<script>alert(1)</script><div style="color:red" onclick="x()"><a href="javascript:x()">')).toHaveLength(4);
    expect(inlineCode(`<script>${SUPPORT_CLASS_SCRIPT} </script>`)).toHaveLength(1);
    expect(inlineCode(`<script type="module" src="/a.js"></script><script>${SUPPORT_CLASS_SCRIPT}</script>`)).toEqual([]);
  });
});

describe('browsing with the policy enforced', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serve(FIXTURE_DIST)]);
    const context = await browser.newContext();
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page = await context.newPage();
    const origin = new URL(server.url).origin;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      (message.text().startsWith('CSP violation') ? violations : consoleErrors).push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) foreignRequests.push(`${page.url()} -> ${url}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records no CSP violation, console error or foreign request on several pages and a search', async () => {
    const paths = pagesToCheck().filter((p) => !p.startsWith('/search/'));
    // A sample of every kind of page: home, browse pages, an entry, an old version, history, open data, 404.
    const sample = [
      '/',
      '/about/',
      '/open-data/',
      '/404.html',
      ...paths.filter((p) => /^\/interventions\//.test(p)),
      ...paths.filter((p) => /^\/(layers|phases|reviews)\/$/.test(p)),
    ];
    for (const path of sample) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      // A pointer page moves on by itself (meta refresh): let it arrive before the next navigation.
      const refresh = REFRESH_META.exec(readFileSync(fileOf(path), 'utf8'));
      if (refresh) await page.waitForURL(server.url + refresh[1], { waitUntil: 'load' });
    }

    await page.goto(`${server.url}/search/?q=language`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search-results] li', { timeout: 20_000 });
    const firstFilter = page.locator('.app-search__filters input[type=checkbox]:visible').first();
    await firstFilter.check();
    await page.waitForFunction(() => new URL(location.href).search.includes('='), undefined, { timeout: 10_000 });
    await page.fill('#search-q', 'memory');
    await page.press('#search-q', 'Enter');
    await page.waitForLoadState('load');

    expect(violations, violations.join('\n')).toEqual([]);
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    expect(foreignRequests, foreignRequests.join('\n')).toEqual([]);
  }, 120_000);

  it('records a violation when a page breaks the policy (the gate can fail)', async () => {
    await page.goto(`${server.url}/about/`, { waitUntil: 'load' });
    const before = violations.length;
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    violations.length = before;
    consoleErrors.length = 0;
  });
});
