/**
 * What the evidence section (the findings tables and forest plots, Evidence.astro) adds to an entry
 * page's HTML, gzipped: issue 15 caps it at 6 KiB. Pure: the caller passes its gzip (node:zlib in the
 * benchmark and the tests), so the rule is measured the same way everywhere.
 */

/** The budget: at most 6 KiB gzip added to an entry page's HTML. */
export const EVIDENCE_BUDGET_GZIP_BYTES = 6 * 1024;

/** The evidence section's opening tag begins with this (Evidence.astro). */
const OPEN = '<section class="app-evidence"';

/** The page without its evidence section (nested sections included); the page itself when it has none. */
export function withoutEvidence(html: string): string {
  const start = html.indexOf(OPEN);
  if (start < 0) return html;
  const tag = /<section\b|<\/section>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '</section>' ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(m.index + m[0].length);
  }
  return html;
}

/** Bytes of gzip the evidence section adds to a page: the page with it, less the page without it. */
export function evidenceAddedGzip(html: string, gzipBytes: (text: string) => number): number {
  const without = withoutEvidence(html);
  return without === html ? 0 : gzipBytes(html) - gzipBytes(without);
}
