/**
 * Links glued to the words around them ("under theOpen Government Licence", "Read version 1or").
 * Astro drops the whitespace at a line break between text and an element, so a template that
 * breaks a line before or after a link needs `{' '}`; this finds the places that lack it in the
 * built HTML. Pure: HTML text in, findings out.
 */

/** Phrasing elements a link can sit next to or inside; the text beyond them is what touches the link. */
const INLINE_TAGS = '(?:</?(?:strong|em|b|i|span|abbr|code|small|time|mark|q)\\b[^>]*>|</a>)*';
/** A non-breaking space written as an entity is a space. */
const SPACE_ENTITY = /^&(?:nbsp|#160|#xa0);$/i;

/**
 * What may touch a link with no space between, and why. Anything else that is not whitespace
 * touching a link is reported. A link at the start or end of an element touches a tag, not text,
 * and is never reported.
 */
export const MAY_TOUCH: { readonly before: string; readonly after: string; readonly reason: string }[] = [
  { before: '([{“‘"\'', after: '', reason: 'an opening bracket or quote belongs to the link text it opens' },
  { before: '', after: ')]}”’"\'', reason: 'a closing bracket or quote, or an apostrophe ("’s"), belongs to the text before it' },
  { before: '', after: '.,;:!?', reason: 'punctuation that ends a clause or sentence follows the last word with no space' },
  { before: '/', after: '/', reason: 'a slash joins alternatives with no spaces ("JSON/CSV")' },
];

const allowedBefore = new Set(MAY_TOUCH.flatMap((m) => [...m.before]));
const allowedAfter = new Set(MAY_TOUCH.flatMap((m) => [...m.after]));

const BEFORE = new RegExp(`(&[#a-z0-9]+;|[^\\s>])${INLINE_TAGS}<a\\s`, 'gi');
const AFTER = new RegExp(`</a>${INLINE_TAGS}(&[#a-z0-9]+;|[^\\s<])`, 'gi');

/** Where a link is glued to the text before or after it: a few characters of context for each. */
export function gluedLinks(html: string): string[] {
  const text = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  const context = (index: number, length: number) => text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
  for (const m of text.matchAll(BEFORE)) {
    const touching = m[1]!;
    if (!SPACE_ENTITY.test(touching) && !allowedBefore.has(touching)) found.push(`text before a link: …${context(m.index, m[0].length)}…`);
  }
  for (const m of text.matchAll(AFTER)) {
    const touching = m[1]!;
    if (!SPACE_ENTITY.test(touching) && !allowedAfter.has(touching)) found.push(`text after a link: …${context(m.index, m[0].length)}…`);
  }
  return found;
}
