/**
 * A Sätteri hast plugin (Astro 7's Markdown pipeline, at build time, no JavaScript in the page):
 * the first use of each glossary term in a page's text explains itself. An abbreviation becomes
 * `<abbr title="its expansion">`, any other term a link to its definition on /glossary/. Later
 * uses are left alone, and so is text in headings, links, code and existing abbreviations.
 *
 * A factory: Sätteri calls it once per document, so each page starts with no term seen.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, Parents, Text } from 'hast';
import { firstUses, isAbbreviation, type GlossaryTerm } from '../domain/glossary.ts';
import { glossaryTermUrl } from '../domain/routes.ts';

/** Elements whose text is never marked: a heading stays plain, a link or code cannot hold a link. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/** The element that explains a term's use. */
export function termElement(term: GlossaryTerm, text: string): Element {
  const children: ElementContent[] = [{ type: 'text', value: text }];
  return isAbbreviation(term)
    ? { type: 'element', tagName: 'abbr', properties: { title: term.expansion }, children }
    : { type: 'element', tagName: 'a', properties: { href: glossaryTermUrl(term.slug), className: ['govuk-link'] }, children };
}

export function glossaryTerms(terms: readonly GlossaryTerm[]) {
  return () => {
    const seen = new Set<string>();
    return defineHastPlugin({
      name: 'glossary-terms',
      text(node: Readonly<Text>, ctx) {
        if (terms.length === 0 || seen.size === terms.length) return;
        for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
          if (parent.type === 'element' && SKIP.has(parent.tagName)) return;
        }
        const uses = firstUses(node.value, terms, seen);
        if (uses.length === 0) return;
        const parts: ElementContent[] = [];
        let at = 0;
        for (const use of uses) {
          if (use.index > at) parts.push({ type: 'text', value: node.value.slice(at, use.index) });
          parts.push(termElement(use.term, use.text));
          at = use.index + use.text.length;
        }
        if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
        ctx.replaceNode(node, parts);
      },
    });
  };
}
