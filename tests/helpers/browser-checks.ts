/**
 * Checks the browser tests share: axe (WCAG 2.2 AA and best practice), sideways scrolling, what a
 * page stored in the browser, which requests left the origin, and what a downloaded Word document
 * says, read by a maintained .docx reader (mammoth) as well as from its XML.
 */
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Download, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Exemptions: one rule, one named element, and why. Keep this list empty unless a finding is a
 * false positive or GOV.UK Frontend's documented markup; never exempt a whole rule.
 */
const EXEMPTIONS: { rule: string; selector: string; reason: string }[] = [];

export interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/** axe's violations on the page as it is now (the context needs `bypassCSP` to inject axe). */
export async function axeViolations(p: Page): Promise<Violation[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axe.source);
  const violations = await p.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS,
  );
  return (violations as unknown as Violation[])
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !EXEMPTIONS.some((e) => e.rule === v.id && n.target.join(' ') === e.selector)) }))
    .filter((v) => v.nodes.length > 0);
}

export const describeViolations = (path: string, violations: Violation[]) =>
  violations.flatMap((v) => v.nodes.map((n) => `${path} [${v.id}] ${v.help}: ${n.target.join(' ')}\n    ${n.html.slice(0, 200)}`));

/** An entry's facts as the comparison shows them: its title, and each fact's label and text. */
export interface ComparedEntry {
  title: string;
  facts: Record<string, string>;
}

/**
 * The comparison's two views (src/plan/compare-page.ts): whether each is displayed, and the facts
 * each holds per entry. The table's row of links to choose is left out: the cards carry those as
 * actions, not facts.
 */
export function comparisonViews(
  page: Page,
): Promise<{ table: boolean; cards: boolean; inTable: ComparedEntry[]; inCards: ComparedEntry[] }> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const displayed = (el: Element | null) => el !== null && getComputedStyle(el).display !== 'none';
    const table = document.querySelector('.app-compare__table')!;
    const rows = [...table.querySelectorAll('tbody tr:not(.app-no-print)')];
    const inTable = [...table.querySelectorAll('thead th')].map((th, column) => ({
      title: text(th),
      facts: Object.fromEntries(rows.map((tr) => [text(tr.querySelector('th')), text(tr.querySelectorAll('td')[column])])),
    }));
    const inCards = [...document.querySelectorAll('.app-compare-cards__card')].map((card) => ({
      title: text(card.querySelector('.govuk-summary-card__title')),
      facts: Object.fromEntries(
        [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
      ),
    }));
    return {
      table: displayed(document.querySelector('.app-compare')),
      cards: displayed(document.querySelector('.app-compare-cards')),
      inTable,
      inCards,
    };
  });
}

/** GOV.UK's tablet breakpoint (40.0625em): below it the comparison shows cards, from it the table. */
export const TABLET_PX = 641;

/** Whether the page fits its viewport's width (nothing scrolls sideways). */
export const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Records every request the context makes, and those that leave `origin`. */
export function watchRequests(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  const requested: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    requested.push(url);
    if (/^https?:/.test(url) && !url.startsWith(origin)) foreign.push(url);
  });
  return { foreign, requested };
}

/** What the page has stored anywhere that outlives the tab (and sessionStorage, which the plan may not use either). */
export async function storedState(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  return { ...inPage, cookies: (await context.cookies()).length };
}

export const NOTHING_STORED = { local: 0, session: 0, indexedDB: 0, cookie: '', cookies: 0 };

/**
 * A downloaded Word document: its main part's XML, after checking it is a Word package, and its
 * text as mammoth (a maintained .docx reader) reads it, paragraph by paragraph.
 */
export async function readDocx(download: Download): Promise<{ xml: string; text: string }> {
  const bytes = readFileSync((await download.path())!);
  const files = unzipSync(new Uint8Array(bytes));
  // A Word package: content types, the main part and its relationships.
  const parts = Object.keys(files);
  for (const part of ['[Content_Types].xml', 'word/document.xml', '_rels/.rels']) {
    if (!parts.includes(part)) throw new Error(`${download.suggestedFilename()} has no ${part}: ${parts.join(', ')}`);
  }
  const { value, messages } = await mammoth.extractRawText({ buffer: bytes });
  const errors = messages.filter((m) => m.type === 'error');
  if (errors.length > 0)
    throw new Error(`mammoth could not read ${download.suggestedFilename()}: ${errors.map((m) => m.message).join('; ')}`);
  return { xml: strFromU8(files['word/document.xml']!), text: value };
}

/** Press Tab until the focused element matches `selector` (at most `presses` times), as a keyboard user moves through a page. */
export async function tabTo(page: Page, selector: string, presses = 400): Promise<void> {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with the Tab key on ${page.url()}`);
}
