/** The glossary for the pages that show it, read once per build, sorted by term as a reader looks one up. */
import { readGlossary } from '../content-check/glossary-file.ts';
import type { GlossaryTerm } from '../domain/glossary.ts';
import { contentDir } from './paths.ts';

let glossary: GlossaryTerm[] | undefined;
export function getGlossary(): GlossaryTerm[] {
  glossary ??= readGlossary(contentDir()).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return glossary;
}
