/**
 * The style gate's rules, one short text each, with the report's wording pinned: where (file,
 * line, column, field), what was found, the fix and the rule's code, as `npm run check` prints it.
 */
import { describe, expect, it } from 'vitest';
import { checkStyle, knownAbbreviations, type StyleMode } from '../../src/content-check/style-check.ts';
import { formatProblem, severity } from '../../src/domain/problems.ts';
import { ALLOWED_PHRASES, MAX_SENTENCE_WORDS, STYLE_RULES } from '../../src/domain/style-rules.ts';
import { readabilityVotes } from '../../src/content-check/sentences.ts';
import type { GlossaryTerm } from '../../src/domain/glossary.ts';

const FILE = 'content/strategies/example/2.mdx';
const GLOSSARY: GlossaryTerm[] = [
  { term: 'SENCO', slug: 'senco', expansion: 'special educational needs co-ordinator', definition: 'The teacher who leads support.' },
];

/** The report lines for a body (three lines of frontmatter above it) and optional frontmatter fields. */
function report(body: string, fields: Record<string, unknown> = {}, mode: StyleMode = 'all'): string[] {
  const yaml = Object.entries(fields)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : String(v)}`)
    .join('\n');
  const text = `---\ntitle: Example\n${yaml ? `${yaml}\n` : ''}---\n${body}`;
  const bodyLineOffset = text.slice(0, text.indexOf('---\n', 4) + 4).split('\n').length - 1;
  return checkStyle({ file: FILE, text, data: fields, body, bodyLineOffset }, knownAbbreviations(GLOSSARY), mode).map(formatProblem);
}

const LONG =
  'When the class comes back from lunch the teacher points to the board and says what happens next so that every child knows what to do and where to go.';

describe('the style gate', () => {
  it('reports a sentence over 25 words, with its length and its first words', () => {
    expect(LONG.split(' ').length).toBeGreaterThan(MAX_SENTENCE_WORDS);
    expect(report(`${LONG}\n`)).toEqual([
      `${FILE}:4:1 body: has a sentence of 30 words, "When the class comes back from lunch the teacher points..."; GOV.UK's limit is 25 [style-sentence-length]\n    fix: split it into shorter sentences`,
    ]);
    expect(report('The teacher points to the board. Every child knows what to do.\n')).toEqual([]);
  });

  it('reports "utilise" and "in order to" with the plainer words, as errors', () => {
    expect(report('Staff utilise the board in order to help.\n')).toEqual([
      `${FILE}:4:7 body: uses "utilise" [style-simpler-words]\n    fix: write "use" instead`,
      `${FILE}:4:25 body: uses "in order to" [style-simpler-words]\n    fix: write "to" instead`,
    ]);
    expect(severity({ code: 'style-simpler-words' })).toBe('error');
  });

  it('reports "suffers from" with what to write instead', () => {
    expect(report('Sam suffers from anxiety.\n')).toEqual([
      `${FILE}:4:5 body: uses "suffers from", which GOV.UK's inclusive language guidance asks us not to use about disability [style-inclusive-language]\n    fix: write "has (name the condition)" instead`,
    ]);
    expect(report('Ask the wheelchair-bound pupil.\n').join()).toContain('"wheelchair user"');
    expect(report('Unlike normal children, she waits.\n').join()).toContain('uses "normal children"');
  });

  it('reports "the deaf" as a group, not "the deaf community" or a title of a profession', () => {
    expect(report('Services for the deaf are listed.\n').join()).toContain('[style-inclusive-language]');
    expect(report('Ask the deaf community.\n')).toEqual([]);
    expect(report('A Qualified Teacher of the Deaf visits.\n')).toEqual([]);
    expect(ALLOWED_PHRASES['Teacher of the Deaf']).toBeTruthy();
  });

  it("lets a quotation through: a source's or a child's words stay as they were written", () => {
    expect(report('The report calls it "a programme that children with autism suffer from".\n')).toEqual([]);
    expect(report('> Staff utilise it. Pupils who suffer from anxiety join.\n')).toEqual([]);
    expect(report('Staff utilise it.\n')).toHaveLength(1);
  });

  it('reports "click here" and a bare web address as link text', () => {
    expect(report('To read the guide, [click here](https://example.org/guide).\n')).toEqual([
      `${FILE}:4:20 body: has a link whose text, "click here", does not say where it goes [style-link-text]\n    fix: make the link's text say where it goes, such as the title of the page it opens`,
    ]);
    expect(report('See [https://example.org/guide](https://example.org/guide).\n')).toEqual([
      `${FILE}:4:5 body: has a link whose text is a bare web address, "https://example.org/guide" [style-link-text]\n    fix: make the link's text say where it goes, such as the title of the page it opens`,
    ]);
    expect(report('See [the EEF guidance report](https://example.org/guide).\n').join()).not.toContain('style-link-text');
  });

  it('reports an abbreviation that is not spelt out at its first use and not in the glossary, once', () => {
    expect(report('Ask about an EHCP. The EHCP names the school.\n')).toEqual([
      `${FILE}:4:14 body: uses the abbreviation "EHCP" without spelling it out at its first use on the page [style-abbreviation]\n    fix: write the words in full with the abbreviation after them in brackets, "... (EHCP)", or define it in content/glossary.yaml`,
    ]);
    expect(report('Ask about an Education, Health and Care plan (EHCP). The EHCP names the school.\n')).toEqual([]);
    expect(report('Ask the SENCO. SENCOs know.\n')).toEqual([]);
    expect(report('Watch it on TV.\n')).toEqual([]);
  });

  it('counts the page from the top: an abbreviation spelt out in the summary is explained in the body', () => {
    expect(report('The EHCP names the school.\n', { summary: 'An Education, Health and Care plan (EHCP) sets out support.' })).toEqual([]);
    expect(report('The EHCP names the school.\n', { summary: 'An EHCP sets out support.' })).toEqual([
      `${FILE}:3:13 summary: uses the abbreviation "EHCP" without spelling it out at its first use on the page [style-abbreviation]\n    fix: write the words in full with the abbreviation after them in brackets, "... (EHCP)", or define it in content/glossary.yaml`,
    ]);
  });

  it('reports repeated words and a wrong "a"/"an"', () => {
    expect(report('Keep the the board in view.\n')).toEqual([
      `${FILE}:4:6 body: repeats "the" [style-repeated-words]\n    fix: delete one of them`,
    ]);
    expect(report('Use a orange card.\n')).toEqual([
      `${FILE}:4:5 body: uses "a" where "an" is needed [style-indefinite-article]\n    fix: write "an"`,
    ]);
  });

  it("warns about the passive voice and retext-simplify's plainer words, and runs neither for the build", () => {
    expect(report('The board is kept by the door.\n')).toEqual([
      `${FILE}:4:14 body: uses the passive voice, "is kept" [style-passive]\n    fix: say who does what: "the teacher checks", not "it is checked"`,
    ]);
    expect(report('Staff remain nearby.\n')).toEqual([
      `${FILE}:4:7 body: uses "remain", which has a plainer alternative [style-plain-words]\n    fix: consider "stay"`,
    ]);
    expect(severity({ code: 'style-passive' })).toBe('warning');
    expect(report('The board is kept by the door. Staff remain nearby.\n', {}, 'errors')).toEqual([]);
  });

  it('holds forFamilies to a stricter reading age than the body', () => {
    const long = 'Your child will practise listening and talking in a small group with a teaching assistant.';
    expect(report(`${long}\n`)).toEqual([]);
    expect(report('Body.\n', { forFamilies: long })).toEqual([
      `${FILE}:3:14 forFamilies: has a sentence that is hard to read at a reading age of 13: "Your child will practise listening and talking in a..." [style-readability]\n    fix: use shorter sentences and everyday words`,
    ]);
    expect(report('Body.\n', { forFamilies: 'Your child plays word games with a small group. You can play them at home too.' })).toEqual(
      [],
    );
    const dense = 'Therapeutic intervention strengthens comprehension through systematic vocabulary instruction';
    expect(readabilityVotes(dense.split(' '), 18)).toBeGreaterThanOrEqual(5);
    expect(report(`${dense}.\n`).join()).toContain('hard to read at a reading age of 18');
  });

  it('gives every rule a severity', () => {
    for (const rule of Object.values(STYLE_RULES)) expect(['error', 'warning']).toContain(rule.severity);
  });
});
