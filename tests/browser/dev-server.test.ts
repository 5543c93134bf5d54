/**
 * `npm run dev` is the editors' preview: `astro dev` on a copy of the fixture content with three
 * drafts (one clean, one citing a misspelt source key, one whose YAML list is broken), opened in
 * Chromium. Pages are styled (the dev server's relaxed policy lets Vite's styles in, with no CSP
 * violation), drafts show and are marked wherever they are listed, and a page whose files have
 * problems lists exactly what `npm run check` reports for them, in place of a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { CSP_DIRECTIVES, CSP_META, DEV_CSP_META } from '../../src/domain/csp.ts';
import { DRAFT_LABEL } from '../../src/domain/labels.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';
import { freePort, startServer, type ServerProcess } from '../helpers/server-process.ts';
import { lockAstroProject } from '../helpers/astro-project-lock.ts';

const CLEAN_DRAFT = 'strategies/fixture-visual-timetables/2.mdx';
const MISSPELT_SOURCE = 'strategies/fixture-now-and-next-boards/2.mdx';
const BROKEN_YAML = 'interventions/fixture-memory-games/2.mdx';

/** A draft version 2 made from a published version 1, with `change` applied to its text. */
function draftFrom(content: TempContent, draft: string, change: (text: string) => string) {
  const published = content.read(draft.replace('/2.mdx', '/1.mdx'));
  const text = published
    .replace('status: published', 'status: draft')
    .replace(/published: .*\n/, 'changes: { summary: A draft change., conclusionsChanged: false, ratingsChanged: false }\n');
  content.write(draft, change(text));
}

let content: TempContent;
let cacheDir: string;
let releaseLock: (() => void) | undefined;
let server: ServerProcess;
let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  content = tempContent();
  draftFrom(content, CLEAN_DRAFT, (t) => t.replace('A visual timetable shows', 'A draft-only sentence shows'));
  draftFrom(content, MISSPELT_SOURCE, (t) => t.replace('sources: [eef-send-2020]', 'sources: [eef-send-202]'));
  draftFrom(content, BROKEN_YAML, (t) => t.replace('sources: [eef-send-2020] }', 'sources: [eef-send-2020 }'));
  // A cache of its own, as tests/helpers/build-site.ts gives each build: the content store is per folder.
  cacheDir = mkdtempSync(join(tmpdir(), 'nis-dev-cache-'));
  // Held until afterAll: no build may rewrite the project's .astro/ under the running dev server.
  releaseLock = lockAstroProject();
  const port = await freePort();
  [server, browser] = await Promise.all([
    startServer(resolve('node_modules/astro/bin/astro.mjs'), ['dev', '--port', String(port)], {
      NIS_CONTENT_DIR: content.dir,
      NIS_CACHE_DIR: cacheDir,
      NIS_AS_OF: '2026-11-22',
    }),
    launchBrowser(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) violations.push(`${page.url()}: ${message.text()}`);
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  content?.remove();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  releaseLock?.();
});

/** Open a page of the dev server, which renders it on first request (slower the first time). */
async function open(path: string) {
  const response = await page.goto(server.url + path, { waitUntil: 'load', timeout: 60_000 });
  return response!.status();
}

const summaryText = () => page.locator('[data-content-problems]').innerText();

describe('the dev server', () => {
  it('serves pages styled, under the relaxed dev policy, with no CSP violation', async () => {
    expect(await open('/strategies/fixture-visual-timetables/')).toBe(200);
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        heading: style('h1').fontFamily,
        navigation: style('.govuk-service-navigation').borderBottomStyle,
        tag: style('.govuk-tag').backgroundColor,
      };
    });
    // The site's font stack and GOV.UK Frontend's rules, not the browser's defaults (Times, no border).
    expect(styles.heading).toContain('system-ui');
    expect(styles.navigation).toBe('solid');
    expect(styles.tag).not.toBe('rgba(0, 0, 0, 0)');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(DEV_CSP_META);
    expect(violations).toEqual([]);
  });

  it('relaxes only style-src, and only on the dev server', () => {
    const changed = DEV_CSP_META.split('; ').filter((d) => !(CSP_DIRECTIVES as readonly string[]).includes(d));
    expect(changed).toEqual(["style-src 'self' 'unsafe-inline'"]);
    expect(CSP_META).not.toContain('unsafe-inline');
  });

  it('shows a draft without NIS_PREVIEW, marked on its page, in lists and in its history', async () => {
    expect(await open('/strategies/fixture-visual-timetables/')).toBe(200);
    expect(await page.locator('.app-entry-body').innerText()).toContain('A draft-only sentence shows');
    const banner = page.getByRole('region', { name: DRAFT_LABEL });
    expect(await banner.innerText()).toContain('Version 2 is a draft. Readers see version 1 until this version is published.');
    expect(await page.locator('[data-content-problems]').count()).toBe(0);

    await open('/strategies/');
    const item = page.locator('.app-entry-list__item', { hasText: 'Fixture visual timetables' });
    expect(await item.locator('.govuk-tag').first().innerText()).toBe(DRAFT_LABEL);

    await open('/strategies/fixture-visual-timetables/history/');
    expect(await page.locator('#v2 .govuk-tag').allInnerTexts()).toEqual(['Current', DRAFT_LABEL]);
  });

  it("lists on an entry's page exactly the problems npm run check reports for its files", async () => {
    expect(await open('/strategies/fixture-now-and-next-boards/')).toBe(200);
    const misspelt = reported(MISSPELT_SOURCE);
    expect(misspelt.join('\n')).toContain('cites "eef-send-202", which is not in content/sources.yaml');
    expect(await page.locator('.govuk-error-summary__title').innerText()).toBe('There is a problem with this entry');
    expect((await page.locator('.govuk-error-summary__list li').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(misspelt);
    // The draft itself still shows (the citation is what is wrong), marked as a draft.
    expect(await page.getByRole('region', { name: DRAFT_LABEL }).count()).toBe(1);
  });

  it('shows a broken YAML list as its problems, with lines and codes, not a 500 page with a stack trace', async () => {
    expect(await open('/interventions/fixture-memory-games/')).toBe(200);
    const broken = reported(BROKEN_YAML);
    expect(broken.length).toBeGreaterThan(0);
    const text = await summaryText();
    for (const line of broken) expect(text).toContain(line);
    expect(text).toMatch(/fixture-memory-games\/2\.mdx:16 is not valid YAML: .* \[yaml-syntax\]/);
    expect(text).not.toMatch(/Stack trace|\n\s+at /);
    // Version 1, which is sound, is what the page shows meanwhile; the broken draft is left out.
    expect(await page.locator('h1').innerText()).toBe('Fixture memory games');
    expect(await page.getByRole('region', { name: DRAFT_LABEL }).count()).toBe(0);
  });

  it('lists every problem in the content on pages that are not an entry', async () => {
    expect(await open('/')).toBe(200);
    expect(await page.locator('.govuk-error-summary__title').innerText()).toBe('There is a problem with the content');
    expect(await page.locator('.govuk-error-summary__list li').count()).toBe(checkContent(content.dir).problems.length);
  });
});

/** The first line of each problem `npm run check` reports in a file (run from the dev server's folder, so paths read the same). */
function reported(file: string): string[] {
  return checkContent(content.dir)
    .problems.filter((p) => p.file.endsWith(file))
    .map((p) => formatProblem(p).split('\n')[0]!);
}
