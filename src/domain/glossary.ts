/**
 * The glossary (content/glossary.yaml): its schema and how a term is found in text. The style gate
 * uses it to accept an abbreviation the glossary defines; the Markdown plugin
 * (src/markdown/glossary-terms.ts) uses it to mark the first use of each term on a page.
 */
import { z } from 'zod';

export const glossaryTermSchema = z.strictObject({
  term: z.string().min(1).describe('The term as the text writes it: "SENCO", "graduated approach".'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case letters, digits and single hyphens')
    .describe("The term's anchor on /glossary/; permanent once published."),
  expansion: z.string().min(1).optional().describe('For an abbreviation only: what its letters stand for.'),
  definition: z.string().min(1).describe('One or two plain sentences.'),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryFileSchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((t, i) => {
    if (seen.has(t.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `the slug "${t.slug}" is used by an earlier term` });
    seen.add(t.slug);
  });
});

/** An abbreviation: a term the glossary gives an expansion. */
export const isAbbreviation = (term: GlossaryTerm) => term.expansion !== undefined;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term's pattern: an abbreviation in its own capitals (with a plural "s": "SENCOs"), any other
 * term in any case ("Graduated approach" starts a sentence); whole words only.
 */
export function termPattern(term: GlossaryTerm): RegExp {
  return isAbbreviation(term)
    ? new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term.term)}s?(?![\\p{L}\\p{N}-])`, 'gu')
    : new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term.term)}(?![\\p{L}\\p{N}-])`, 'giu');
}

export interface TermUse {
  term: GlossaryTerm;
  index: number;
  text: string;
}

/**
 * The first use in `text` of each term not yet in `seen`, earliest first, without overlaps (a
 * longer term wins over one inside it); the terms found are added to `seen`.
 */
export function firstUses(text: string, terms: readonly GlossaryTerm[], seen: Set<string>): TermUse[] {
  const found: TermUse[] = [];
  for (const term of terms) {
    if (seen.has(term.slug)) continue;
    const match = termPattern(term).exec(text);
    if (match) found.push({ term, index: match.index, text: match[0] });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: TermUse[] = [];
  let end = 0;
  for (const use of found) {
    if (use.index < end) continue;
    kept.push(use);
    seen.add(use.term.slug);
    end = use.index + use.text.length;
  }
  return kept;
}
