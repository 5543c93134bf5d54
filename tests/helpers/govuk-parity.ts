/**
 * Compares our markup with GOV.UK Frontend's, structure-wise: the examples the installed
 * govuk-frontend publishes for each component (dist/govuk/components/<name>/fixtures.json, the
 * template's output for known options). Two trees are alike when they have the same elements in the
 * same nesting, the same govuk-* classes, the same ARIA and behaviour attributes (role, aria-*,
 * data-module, hidden...) and the same visually hidden text. Other text, hrefs, ids and names are
 * what the options fill in, so only their presence counts; app-* classes and govuk-!-* utilities are
 * the `classes` option. A run of identical siblings counts as one, so four navigation items match five.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Markup } from '../../src/search/pagination-markup.ts';

const COMPONENTS = join(import.meta.dirname, '../../node_modules/govuk-frontend/dist/govuk/components');

/** An element as parsed: tag, attributes, element children and its whole text. */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function toEl(node: T.Element): El {
  const children: El[] = [];
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') text += (child as T.TextNode).value;
    else if ('tagName' in child) {
      const el = toEl(child);
      children.push(el);
      text += el.text;
    }
  }
  return { tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])), children, text };
}

const elements = (nodes: T.ChildNode[]) => nodes.filter((n): n is T.Element => 'tagName' in n).map(toEl);

/** The top-level elements of an HTML fragment, parsed as a browser would. */
export const parseHtml = (html: string): El[] => elements(parseFragment(html).childNodes);

/** A whole page, parsed as a browser would: its <html> element. */
export const parsePage = (html: string): El[] => elements(parse(html).childNodes);

/** The HTML of one example in the installed govuk-frontend's fixtures for a component. */
export function fixtureHtml(component: string, example: string): string {
  const { fixtures } = JSON.parse(readFileSync(join(COMPONENTS, component, 'fixtures.json'), 'utf8')) as {
    fixtures: { name: string; html: string }[];
  };
  const found = fixtures.find((f) => f.name === example);
  if (!found)
    throw new Error(`govuk-frontend has no "${example}" example for ${component} any more: pick the one that matches our options`);
  return found.html;
}

/**
 * What picks elements: a function, or a CSS-like string of compound selectors (tag, .class,
 * [attr], [attr="value"]) joined by spaces as descendant combinators.
 */
export type Selector = string | ((el: El) => boolean);

const classes = (el: El) => (el.attrs.class ?? '').split(/\s+/).filter(Boolean);

function compound(part: string): (el: El) => boolean {
  const tag = /^[a-z][a-z0-9-]*/i.exec(part)?.[0];
  const classNames = [...part.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
  const attrs = [...part.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)].map((m) => [m[1]!, m[2]] as const);
  return (el) =>
    (!tag || el.tag === tag) &&
    classNames.every((c) => classes(el).includes(c)) &&
    attrs.every(([name, value]) => name in el.attrs && (value === undefined || el.attrs[name] === value));
}

/** Every element that `selector` matches under and including `roots`, in document order. */
export function select(roots: El[], selector: Selector): El[] {
  if (typeof selector === 'function') return roots.flatMap((r) => [...(selector(r) ? [r] : []), ...select(r.children, selector)]);
  const [first, ...rest] = selector.trim().split(/\s+/).map(compound);
  let found = select(roots, first!);
  for (const test of rest) found = [...new Set(found.flatMap((el) => select(el.children, test)))];
  return found;
}

/** The one element `selector` matches; fails the test when there is none. */
export function one(roots: El[], selector: string, where = 'the markup'): El {
  const found = select(roots, selector)[0];
  if (!found) throw new Error(`no ${selector} in ${where}`);
  return found;
}

/** How to compare one of our components with a template example for options that differ a little. */
export interface Options {
  /** Elements whose content is the caller's HTML or text (a value, a banner's content): only the element is compared. */
  slots?: Selector[];
  /** Parts of the template example that come from options we do not set (a prefix, a second action). */
  without?: Selector[];
  /** A slot holding a whole element of the caller's: ours and the template's stand in for each other. */
  slotted?: { ours: Selector; template: Selector }[];
  /** Modifier classes set by options (a tag's colour, a caption's size): not compared on either side. */
  optionClasses?: string[];
  /** Visually hidden text is an option here (an action's "for what"): compare only that it starts with a space. */
  optionHiddenText?: boolean;
}

/** Attributes compared by value, and those whose value is an option (compared by presence). */
const BY_VALUE = new Set([
  'role',
  'aria-hidden',
  'aria-current',
  'aria-live',
  'aria-atomic',
  'data-module',
  'hidden',
  'rel',
  'scope',
  'focusable',
  'viewbox',
]);
const BY_PRESENCE = new Set(['aria-label', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'href', 'for']);

interface Shape {
  tag: string;
  classes: string[];
  attrs: Record<string, string>;
  hiddenText?: string;
  children: Shape[];
}

const matches = (el: El, selectors: Selector[] | undefined, root: El) =>
  (selectors ?? []).some((s) => (typeof s === 'function' ? s(el) : select([root], s).includes(el)));

function shape(el: El, root: El, side: 'ours' | 'template', options: Options): Shape | undefined {
  if (side === 'template' && matches(el, options.without, root)) return undefined;
  const stand = (options.slotted ?? []).some((s) => matches(el, [side === 'ours' ? s.ours : s.template], root));
  if (stand) return { tag: '(slot)', classes: [], attrs: {}, children: [] };
  const own = classes(el).filter((c) => c.startsWith('govuk-') && !c.startsWith('govuk-!-') && !options.optionClasses?.includes(c));
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(el.attrs)) {
    const key = name.toLowerCase();
    // A button's type is the template's; an input's is an option (text, search...).
    if (BY_VALUE.has(key) || (key === 'type' && el.tag === 'button')) attrs[key] = value;
    else if (BY_PRESENCE.has(key)) attrs[key] = '(set)';
  }
  let hiddenText: string | undefined;
  if (own.includes('govuk-visually-hidden')) {
    hiddenText = el.text.replace(/\s+/g, ' ');
    if (options.optionHiddenText) hiddenText = hiddenText.startsWith(' ') ? ' (text)' : '(text)';
  }
  const slot = matches(el, options.slots, root);
  const children = slot ? [] : collapse(el.children.map((c) => shape(c, root, side, options)).filter((s): s is Shape => s !== undefined));
  return { tag: el.tag, classes: own.sort(), attrs, ...(hiddenText !== undefined ? { hiddenText } : {}), children };
}

/** A run of identical siblings counts once: a list's length is the caller's. */
function collapse(shapes: Shape[]): Shape[] {
  return shapes.filter((s, i) => i === 0 || JSON.stringify(s) !== JSON.stringify(shapes[i - 1]));
}

const label = (s: Shape) => `${s.tag}${s.classes.length ? `.${s.classes.join('.')}` : ''}`;
const key = (s: Shape) => s.classes.join(' ') || s.tag;

/** Pairs of siblings that line up (longest common subsequence by classes, or tag when there are none). */
function align(ours: Shape[], theirs: Shape[]): [Shape | undefined, Shape | undefined][] {
  const n = ours.length;
  const m = theirs.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = key(ours[i]!) === key(theirs[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const pairs: [Shape | undefined, Shape | undefined][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && key(ours[i]!) === key(theirs[j]!)) pairs.push([ours[i++], theirs[j++]]);
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) pairs.push([undefined, theirs[j++]]);
    else pairs.push([ours[i++], undefined]);
  }
  return pairs;
}

function compareShapes(ours: Shape, theirs: Shape, path: string, out: string[]): void {
  if (ours.tag !== theirs.tag) out.push(`${path}: <${ours.tag}> where the template has <${theirs.tag}>`);
  for (const c of theirs.classes) if (!ours.classes.includes(c)) out.push(`${path}: class ${c} missing`);
  for (const c of ours.classes) if (!theirs.classes.includes(c)) out.push(`${path}: class ${c} is not in the template`);
  for (const [name, value] of Object.entries(theirs.attrs)) {
    if (!(name in ours.attrs)) out.push(`${path}: ${name} missing`);
    else if (ours.attrs[name] !== value) out.push(`${path}: ${name}="${ours.attrs[name]}" where the template has ${name}="${value}"`);
  }
  for (const name of Object.keys(ours.attrs)) if (!(name in theirs.attrs)) out.push(`${path}: ${name} is not in the template`);
  if (ours.hiddenText !== theirs.hiddenText)
    out.push(`${path}: visually hidden text "${ours.hiddenText ?? ''}" where the template has "${theirs.hiddenText ?? ''}"`);
  for (const [a, b] of align(ours.children, theirs.children)) {
    if (a && b) compareShapes(a, b, `${path} > ${label(b)}`, out);
    else if (b) out.push(`${path}: missing ${label(b)}`);
    else if (a) out.push(`${path}: ${label(a)} is not in the template`);
  }
}

/**
 * Where our element differs from the template's example, one line each with the path to it
 * ("nav.govuk-pagination > ul.govuk-pagination__list: missing li.govuk-pagination__item"); none when alike.
 */
export function differences(ours: El, template: El, options: Options = {}): string[] {
  const a = shape(ours, ours, 'ours', options)!;
  const b = shape(template, template, 'template', options)!;
  const out: string[] = [];
  compareShapes(a, b, label(b), out);
  return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML for markup our scripts create with the DOM (src/search/pagination-markup.ts), to compare it as the page would hold it. */
export function markupHtml(markup: Markup | string): string {
  if (typeof markup === 'string') return escapeHtml(markup);
  const attrs = Object.entries(markup.attrs).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`);
  return `<${markup.tag}${attrs.join('')}>${markup.children.map(markupHtml).join('')}</${markup.tag}>`;
}
