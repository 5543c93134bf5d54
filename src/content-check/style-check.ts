/**
 * The style gate's engine: applies the rule set (src/domain/style-rules.ts) to the prose of a
 * version, through remark-retext and retext plugins. The body's Markdown tree comes from the same
 * parser as the rest of the check (Sätteri's mdxToMdast gives mdast, remark's tree); remark-retext
 * turns it into retext's tree of sentences and words, where the retext plugins run. Frontmatter
 * fields go through the same pipeline as one paragraph each.
 *
 * Every message is rewritten in the check's own words: where, the rule, the words found and the fix.
 */
import { mdxToMdast } from 'satteri';
import { unified, type Processor } from 'unified';
import remarkRetext from 'remark-retext';
import { ParseEnglish } from 'parse-english';
import retextSimplify from 'retext-simplify';
import retextPassive from 'retext-passive';
import retextRepeatedWords from 'retext-repeated-words';
import retextIndefiniteArticle from 'retext-indefinite-article';
import { search } from 'nlcst-search';
import { toString as nlcstText } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { READABILITY_SOURCE, SENTENCE_LENGTH_SOURCE, sentenceRules } from './sentences.ts';
import type { Problem } from '../domain/problems.ts';
import { WARNING_CODES, type ProblemCode } from '../domain/problem-codes.ts';
import {
  ALLOWED_PHRASES,
  MAX_SENTENCE_WORDS,
  PLAIN_WORDS_IGNORED,
  READABILITY_MIN_WORDS,
  READABILITY_TARGET,
  RESPECTFUL_LANGUAGE,
  SIMPLER_WORDS,
  GROUP_NOUN_PHRASES,
  AFTER_GROUP_NOUN,
  VAGUE_LINK_TEXT,
  WELL_KNOWN_CAPITALS,
  type StyleField,
} from '../domain/style-rules.ts';
import { isAbbreviation, type GlossaryTerm } from '../domain/glossary.ts';

/** Sources our own plugins give their messages, mapped to codes with retext's own. */
const SOURCE_CODES: Record<string, ProblemCode> = {
  [SENTENCE_LENGTH_SOURCE]: 'style-sentence-length',
  [READABILITY_SOURCE]: 'style-readability',
  'nis-simpler-words': 'style-simpler-words',
  'retext-simplify': 'style-plain-words',
  'retext-passive': 'style-passive',
  'retext-repeated-words': 'style-repeated-words',
  'retext-indefinite-article': 'style-indefinite-article',
  'nis-inclusive-language': 'style-inclusive-language',
};

/**
 * A retext plugin that reports each phrase of the lists with its replacement, the lists searched
 * in one pass (nlcst-search walks the whole tree each time it is called). Quoted words are
 * skipped by nlcst-search itself.
 */
function phraseLists(lists: readonly { phrases: Record<string, string>; source: string }[]) {
  const bySource = new Map<string, { replacement: string; source: string }>();
  for (const { phrases, source } of lists)
    for (const [phrase, replacement] of Object.entries(phrases)) bySource.set(phrase, { replacement, source });
  const phrases = [...bySource.keys()];
  return () => (tree: NlcstRoot, file: VFile) => {
    search(
      tree,
      phrases,
      (nodes, index, parent, phrase) => {
        if (GROUP_NOUN_PHRASES.includes(phrase)) {
          const next = parent.children.slice(index + nodes.length).find((n) => n.type === 'WordNode');
          if (next && !AFTER_GROUP_NOUN.includes(nlcstText(next).toLowerCase())) return;
        }
        const { replacement, source } = bySource.get(phrase)!;
        const first = nodes[0]!.position;
        const last = nodes[nodes.length - 1]!.position;
        const message = file.message(phrase, { place: first && last ? { start: first.start, end: last.end } : undefined, source });
        message.actual = nodes.map((n) => nlcstText(n)).join('');
        message.expected = [replacement];
      },
      { allowDashes: true, allowApostrophes: true },
    );
  };
}

const ourPhrases = phraseLists([
  { phrases: SIMPLER_WORDS, source: 'nis-simpler-words' },
  { phrases: RESPECTFUL_LANGUAGE, source: 'nis-inclusive-language' },
]);

/** Block quotations and code are someone else's words or not prose (see ALLOWED_PHRASES). */
const NOT_PROSE = ['blockquote', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html'];

/**
 * Which rules run: `all`, or only those whose problems are errors (the build, which fails on
 * errors only and so skips the cost of the warning-only plugins, retext-simplify and retext-passive).
 */
export type StyleMode = 'all' | 'errors';
const runs = (code: ProblemCode, mode: StyleMode) => mode === 'all' || !WARNING_CODES.has(code);

const processors = new Map<string, Processor>();
/** One frozen pipeline per field (their readability targets differ) and mode, built once. */
function pipeline(field: StyleField, mode: StyleMode): Processor {
  const key = `${field} ${mode}`;
  let processor = processors.get(key);
  if (!processor) {
    const target = READABILITY_TARGET[field];
    let chain = unified()
      .use(remarkRetext, ParseEnglish as never, { ignore: NOT_PROSE })
      .use(
        sentenceRules({
          maxWords: MAX_SENTENCE_WORDS,
          ...target,
          minWords: runs('style-readability', mode) ? READABILITY_MIN_WORDS : Infinity,
        }),
      )
      .use(ourPhrases);
    if (runs('style-plain-words', mode)) chain = chain.use(retextSimplify, { ignore: PLAIN_WORDS_IGNORED });
    if (runs('style-passive', mode)) chain = chain.use(retextPassive);
    processor = chain.use(retextRepeatedWords).use(retextIndefiniteArticle).freeze() as unknown as Processor;
    processors.set(key, processor);
  }
  return processor;
}

/** Ranges of `text` no rule reports in: quotations and the allowed phrases. */
function allowedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/"[^"\n]*"|“[^”]*”/g)) ranges.push([m.index, m.index + m[0].length]);
  const lower = text.toLowerCase();
  for (const phrase of Object.keys(ALLOWED_PHRASES)) {
    const p = phrase.toLowerCase();
    for (let at = lower.indexOf(p); at !== -1; at = lower.indexOf(p, at + 1)) ranges.push([at, at + p.length]);
  }
  return ranges;
}

/** A piece of prose to check: its text and mdast, and how to place a point of it in the file. */
interface Prose {
  field: StyleField;
  text: string;
  tree: MdastRoot;
  /** Line and column in the file of an offset into `text`. */
  locate: (offset: number) => { line: number; column: number };
}

const quote = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Cut at a word's end, so the words quoted are words the author wrote.
  return `"${flat.length > max ? `${flat.slice(0, max - 3).replace(/\s+\S*$/, '')}...` : flat}"`;
};

/** The words before `offset` up to the start of the word before it: "is" in "is delivered". */
const wordBefore = (text: string, offset: number) => /([\p{L}']+)\s*$/u.exec(text.slice(0, offset))?.[1] ?? '';

interface Wording {
  message: string;
  fix: string;
}

function wordingFor(code: ProblemCode, actual: string, expected: readonly string[], prose: Prose, offset: number, age: number): Wording {
  switch (code) {
    case 'style-sentence-length':
      return {
        message: `has a sentence of ${expected[0]} words, ${quote(actual)}; GOV.UK's limit is ${MAX_SENTENCE_WORDS}`,
        fix: 'split it into shorter sentences',
      };
    case 'style-readability':
      return {
        message: `has a sentence that is hard to read at a reading age of ${age}: ${quote(actual)}`,
        fix: 'use shorter sentences and everyday words',
      };
    case 'style-simpler-words':
      return { message: `uses ${quote(actual)}`, fix: `write ${expected.map((e) => quote(e)).join(' or ')} instead` };
    case 'style-plain-words':
      return {
        message: `uses ${quote(actual)}, which has a plainer alternative`,
        fix: expected.length ? `consider ${expected.map((e) => quote(e)).join(' or ')}` : 'consider leaving it out',
      };
    case 'style-passive': {
      const before = wordBefore(prose.text, offset);
      return {
        message: `uses the passive voice, ${quote(`${before} ${actual}`)}`,
        fix: 'say who does what: "the teacher checks", not "it is checked"',
      };
    }
    case 'style-repeated-words':
      return { message: `repeats ${quote(actual.split(/\s+/)[0] ?? actual)}`, fix: 'delete one of them' };
    case 'style-indefinite-article':
      return { message: `uses ${quote(actual)} where ${quote(expected[0] ?? '')} is needed`, fix: `write ${quote(expected[0] ?? '')}` };
    case 'style-inclusive-language':
      return {
        message: `uses ${quote(actual)}, which GOV.UK's inclusive language guidance asks us not to use about disability`,
        fix: `write ${expected.map((e) => quote(e)).join(' or ')} instead`,
      };
    default:
      return { message: `uses ${quote(actual)}`, fix: 'rewrite it' };
  }
}

function retextProblems(prose: Prose, file: string, mode: StyleMode): Problem[] {
  const { age } = READABILITY_TARGET[prose.field];
  const vfile = new VFile({ value: prose.text });
  pipeline(prose.field, mode).runSync(prose.tree as never, vfile);
  const allowed = allowedRanges(prose.text);
  const reported = new Map<string, string>();
  const found: { key: string; problem: Problem }[] = [];
  for (const m of vfile.messages) {
    const code = SOURCE_CODES[m.source ?? ''];
    const start = m.place && 'start' in m.place ? m.place.start : m.place;
    if (!code || start?.offset === undefined) continue;
    const offset = start.offset;
    if (allowed.some(([from, to]) => offset >= from && offset < to)) continue;
    // "liaise with" and "liaise" both match at one place: the longer phrase says it all.
    const key = `${code}@${offset}`;
    if ((reported.get(key) ?? '').length >= (m.actual ?? '').length) continue;
    reported.set(key, m.actual ?? '');
    const { line, column } = prose.locate(offset);
    const { message, fix } = wordingFor(code, m.actual ?? '', m.expected ?? [], prose, offset, age);
    found.push({ key, problem: { code, file, line, column, field: prose.field, message, fix } });
  }
  // Only the problem whose words won at each place; and where our own list names a word, not
  // retext-simplify's suggestion for it too (one slip, one message, the error).
  const ours = new Set(found.filter((f) => f.problem.code === 'style-simpler-words').map((f) => f.key.replace(/^[^@]*/, '')));
  return found
    .filter((f, i) => !found.slice(i + 1).some((later) => later.key === f.key))
    .filter((f) => f.problem.code !== 'style-plain-words' || !ours.has(f.key.replace(/^[^@]*/, '')))
    .map((f) => f.problem);
}

// ---- Links ----

const mdastText = (node: MdastNodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map(mdastText).join('') : '';

const looksLikeAddress = (text: string) => /^(?:https?:\/\/|www\.|mailto:|\/)\S*$/i.test(text.trim());

function linkProblems(prose: Prose, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(prose.tree, 'link', (link) => {
    const text = mdastText(link).trim();
    const vague = VAGUE_LINK_TEXT.includes(text.toLowerCase().replace(/[.!?:]+$/, ''));
    if (!vague && !looksLikeAddress(text) && text !== link.url) return;
    const { line, column } = prose.locate(link.position?.start.offset ?? 0);
    problems.push({
      code: 'style-link-text',
      file,
      line,
      column,
      field: prose.field,
      message: vague
        ? `has a link whose text, ${quote(text)}, does not say where it goes`
        : `has a link whose text is a bare web address, ${quote(text)}`,
      fix: "make the link's text say where it goes, such as the title of the page it opens",
    });
  });
  return problems;
}

// ---- Abbreviations ----

/** Two or more capitals (digits and "&" may sit between), with an optional plural "s". */
const ABBREVIATION = /(?<![\p{L}\p{N}&-])([A-Z][A-Z0-9&]*[A-Z])s?(?![\p{L}\p{N}&-])/gu;

/** Text of the prose an abbreviation is looked for in, each piece with its offset in `prose.text`. */
function textPieces(prose: Prose): { value: string; offset: number }[] {
  const pieces: { value: string; offset: number }[] = [];
  visit(prose.tree, (node) => {
    if (NOT_PROSE.includes(node.type)) return 'skip';
    if (node.type === 'text' && node.position?.start.offset !== undefined)
      pieces.push({ value: node.value, offset: node.position.start.offset });
    return undefined;
  });
  return pieces;
}

/**
 * Each abbreviation's first use on the page, across the fields in page order (`seen` carries what
 * earlier fields used). It passes when the glossary or WELL_KNOWN_CAPITALS has it, or when it is
 * spelt out there: "Full words (ABC)" or "ABC (full words)".
 */
function abbreviationProblems(prose: Prose, file: string, known: ReadonlySet<string>, seen: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const allowed = allowedRanges(prose.text);
  for (const piece of textPieces(prose)) {
    for (const m of piece.value.matchAll(ABBREVIATION)) {
      const abbreviation = m[1]!;
      const offset = piece.offset + m.index;
      if (seen.has(abbreviation) || known.has(abbreviation)) continue;
      seen.add(abbreviation);
      if (allowed.some(([from, to]) => offset >= from && offset < to)) continue;
      const after = piece.value.slice(m.index + m[0].length);
      const before = piece.value.slice(0, m.index);
      if (/^\s*\([^)]*[a-z][^)]*\)/.test(after) || (/\([^()]*$/.test(before) && /^\s*\)/.test(after))) continue;
      const { line, column } = prose.locate(offset);
      problems.push({
        code: 'style-abbreviation',
        file,
        line,
        column,
        field: prose.field,
        message: `uses the abbreviation "${abbreviation}" without spelling it out at its first use on the page`,
        fix: `write the words in full with the abbreviation after them in brackets, "... (${abbreviation})", or define it in content/glossary.yaml`,
      });
    }
  }
  return problems;
}

// ---- Reading a version ----

export interface StyleInput {
  /** The file as problems name it. */
  file: string;
  /** The whole file's text (line endings normalised), to place frontmatter values. */
  text: string;
  /** The parsed frontmatter. */
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body starts. */
  bodyLineOffset: number;
}

/** Line and column (1-based) of each offset of a string. */
function locator(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** A plain-text value as a one-paragraph mdast tree, so it runs through the same pipeline. */
function paragraphTree(value: string): MdastRoot {
  const end = locator(value)(value.length);
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { ...end, offset: value.length } };
  return { type: 'root', position, children: [{ type: 'paragraph', position, children: [{ type: 'text', value, position }] }] };
}

/**
 * A frontmatter value as prose, placed in the file: where the value's first words are after its
 * field's key (a folded value's later lines are found the same way, by their words).
 */
function frontmatterProse(input: StyleInput, field: StyleField, value: string): Prose {
  const fileLines = input.text.split('\n');
  const keyLine = Math.max(
    0,
    fileLines.findIndex((l) => new RegExp(`^\\s*(?:- )?${field}:`).test(l)),
  );
  const valueLocate = locator(value);
  return {
    field,
    text: value,
    tree: paragraphTree(value),
    locate: (offset) => {
      // The words from the offset to the end of its line in the value, found in the file's lines.
      const { line } = valueLocate(offset);
      const lineStart = value.lastIndexOf('\n', offset - 1) + 1;
      const words = value.slice(offset, value.indexOf('\n', offset) === -1 ? undefined : value.indexOf('\n', offset)).slice(0, 30);
      for (let i = keyLine; i < Math.min(fileLines.length, keyLine + 200); i++) {
        const column = words ? fileLines[i]!.indexOf(words) : -1;
        if (column !== -1 && (i > keyLine || column > field.length)) return { line: i + 1, column: column + 1 };
      }
      return { line: keyLine + line, column: offset - lineStart + 1 };
    },
  };
}

/** The prose of a version, field by field in page order. */
function proseOf(input: StyleInput): Prose[] {
  const pieces: Prose[] = [];
  const { data } = input;
  if (typeof data.summary === 'string') pieces.push(frontmatterProse(input, 'summary', data.summary));
  if (typeof data.forFamilies === 'string') pieces.push(frontmatterProse(input, 'forFamilies', data.forFamilies));
  if (Array.isArray(data.noticed)) {
    for (const item of data.noticed) if (typeof item === 'string') pieces.push(frontmatterProse(input, 'noticed', item));
  }
  const bodyLocate = locator(input.body);
  pieces.push({
    field: 'body',
    text: input.body,
    tree: mdxToMdast(input.body) as unknown as MdastRoot,
    locate: (offset) => {
      const { line, column } = bodyLocate(offset);
      return { line: line + input.bodyLineOffset, column };
    },
  });
  return pieces;
}

/** The abbreviations a page never has to spell out: the glossary's and the well-known ones. */
export function knownAbbreviations(glossary: readonly GlossaryTerm[]): Set<string> {
  return new Set([...glossary.filter(isAbbreviation).map((t) => t.term), ...Object.keys(WELL_KNOWN_CAPITALS)]);
}

/** Every style problem of one version: its prose fields and body, in page order. */
export function checkStyle(input: StyleInput, known: ReadonlySet<string>, mode: StyleMode = 'all'): Problem[] {
  const seen = new Set<string>();
  return proseOf(input).flatMap((prose) => [
    ...retextProblems(prose, input.file, mode),
    ...linkProblems(prose, input.file),
    ...abbreviationProblems(prose, input.file, known, seen),
  ]);
}
