/**
 * The glossary plugin marks the first use of each term on a page and no other, through Astro's own
 * Sätteri pipeline; and the glossary file itself is valid and covers the library's abbreviations.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { glossaryTerms } from '../../src/markdown/glossary-terms.ts';
import { firstUses, type GlossaryTerm } from '../../src/domain/glossary.ts';
import { readGlossary } from '../../src/content-check/glossary-file.ts';
import { WELL_KNOWN_CAPITALS } from '../../src/domain/style-rules.ts';
import type { Problem } from '../../src/domain/problems.ts';

const TERMS: GlossaryTerm[] = [
  { term: 'SENCO', slug: 'senco', expansion: 'special educational needs co-ordinator', definition: 'The teacher who leads support.' },
  { term: 'graduated approach', slug: 'graduated-approach', definition: 'Assess, plan, do, review.' },
  { term: 'Targeted Plus', slug: 'targeted-plus', definition: 'Support with professionals brought in.' },
];
const processor = await createSatteriMarkdownProcessor({ hastPlugins: [glossaryTerms(TERMS)], syntaxHighlight: false });
const render = async (markdown: string) => (await processor.render(markdown, { frontmatter: {} })).code;

describe('glossary terms', () => {
  it('marks the first use of an abbreviation with <abbr> and of a term with a link, and later uses not at all', async () => {
    const html = await render('Ask the SENCO. The SENCO plans the graduated approach.\n\nThe Graduated approach repeats. SENCOs meet.\n');
    expect(html).toContain('Ask the <abbr title="special educational needs co-ordinator">SENCO</abbr>. The SENCO plans');
    expect(html).toContain('plans the <a href="/glossary/#graduated-approach" class="govuk-link">graduated approach</a>.');
    expect(html.match(/<abbr/g)).toHaveLength(1);
    expect(html.match(/glossary\/#graduated-approach/g)).toHaveLength(1);
  });

  it('leaves headings, links and code alone, and marks the first use in the text after them', async () => {
    const html = await render('## The SENCO\n\nSee [the SENCO guide](/x/) and `SENCO`.\n\nThe SENCO decides, at Targeted Plus.\n');
    expect(html).toContain('<h2 id="the-senco">The SENCO</h2>');
    expect(html).toContain('<a href="/x/">the SENCO guide</a>');
    expect(html).toContain(
      'The <abbr title="special educational needs co-ordinator">SENCO</abbr> decides, at <a href="/glossary/#targeted-plus"',
    );
  });

  it('starts every page afresh', async () => {
    expect(await render('The SENCO.\n')).toContain('<abbr');
    expect(await render('The SENCO.\n')).toContain('<abbr');
  });

  it('finds whole words only, the longer term first', () => {
    expect(firstUses('SENCOLAND and the graduated approaches', TERMS, new Set())).toEqual([]);
    const seen = new Set<string>();
    expect(firstUses('At Targeted Plus the SENCO', TERMS, seen).map((u) => u.text)).toEqual(['Targeted Plus', 'SENCO']);
    expect(firstUses('the SENCO again', TERMS, seen)).toEqual([]);
  });
});

describe('content/glossary.yaml', () => {
  const problems: Problem[] = [];
  const glossary = readGlossary('content', problems);

  it('is valid, with the terms the issue names', () => {
    expect(problems).toEqual([]);
    const terms = glossary.map((t) => t.term);
    for (const t of ['SENCO', 'EHCP', 'ISP', 'Targeted Plus', 'graduated approach', 'proprioception', 'interoception', 'SEND', 'EEF'])
      expect(terms).toContain(t);
  });

  it("defines every abbreviation the library's entries use", () => {
    const known = new Set([...glossary.map((t) => t.term), ...Object.keys(WELL_KNOWN_CAPITALS)]);
    const used = new Set<string>();
    for (const file of readdirSync('content', { recursive: true }) as string[]) {
      if (!file.endsWith('.mdx')) continue;
      for (const m of readFileSync(join('content', file), 'utf8').matchAll(/(?<![\p{L}\p{N}-])([A-Z][A-Z0-9]*[A-Z])s?(?![\p{L}\p{N}-])/gu))
        used.add(m[1]!);
    }
    expect([...used].filter((a) => !known.has(a))).toEqual([]);
  });
});
