/**
 * The text a reader sees of an MDX body, for comparing versions (issue 15): citations as
 * "(Smith and others, 2023)", headings without their #, list items with a bullet, links and
 * emphasis as their words, and the site's components (Inset, Warning) as their content. Line
 * breaks are kept, so a word diff still reads as paragraphs. Pure: the caller names each source.
 */

/** A source key as readers see it cited: "Smith and others, 2023"; undefined for an unknown key. */
export type CitationOf = (key: string) => string | undefined;

export function readerText(body: string, citationOf: CitationOf): string {
  return (
    body
      .replace(/\r\n?/g, '\n')
      // MDX comments and any import/export line are not shown.
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/^(?:import|export)\s.*$/gm, '')
      .replace(/<Cite\s+source="([^"]+)"[^>]*\/>/g, (_, key: string) => `(${citationOf(key) ?? key})`)
      .replace(/<Warning>\s*/g, 'Warning: ')
      .replace(/<\/?(?:Inset|Warning)>/g, '')
      .replace(/^#{1,6}[ \t]+(.*?)[ \t]*#*$/gm, '$1')
      .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
