/**
 * Reads content/glossary.yaml, for the style gate (the abbreviations it defines), the glossary page
 * and the Markdown plugin that marks each term's first use (astro.config.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../domain/problems.ts';
import { glossaryFileSchema, type GlossaryTerm } from '../domain/glossary.ts';
import { displayPath, parseYaml } from './read-content.ts';
import { zodProblems } from './zod-problems.ts';

export const GLOSSARY_NAME = 'glossary.yaml';

/** The glossary's terms; an absent file is an empty glossary, a broken one is reported in `problems`. */
export function readGlossary(contentDir: string, problems: Problem[] = []): GlossaryTerm[] {
  const absolute = join(contentDir, GLOSSARY_NAME);
  if (!existsSync(absolute)) return [];
  const file = displayPath(absolute);
  const text = readFileSync(absolute, 'utf8');
  const yaml = parseYaml(text, file, 0);
  if (!yaml.ok) {
    problems.push(...yaml.problems.map((p) => ({ ...p, code: 'glossary' as const })));
    return [];
  }
  const parsed = glossaryFileSchema.safeParse(yaml.data ?? [], { reportInput: true });
  if (!parsed.success) {
    problems.push(
      ...zodProblems(parsed.error.issues, file, glossaryFileSchema, yaml.positions(), text, 0).map((p) => ({
        ...p,
        code: 'glossary' as const,
      })),
    );
    return [];
  }
  return parsed.data;
}
