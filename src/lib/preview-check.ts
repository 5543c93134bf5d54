/**
 * The dev server shows on each page what `npm run check` reports (the same checkContent, read from
 * disk on every change), and renders only versions that check could read and whose MDX body is
 * safe: a body with an unknown component, an import or broken syntax would otherwise end in a 500
 * page with a stack trace (or run), where the editor needs the problem's line instead.
 */
import { relative, resolve, sep } from 'node:path';
import { checkContent } from '../content-check/check-content.ts';
import type { Problem } from '../domain/problems.ts';
import { entryKey, parseVersionPath, versionKey } from '../domain/versions.ts';

export interface PreviewCheck {
  problems: readonly Problem[];
  /** "<kind>/<slug>/<n>" of every version the preview can render. */
  renderable: ReadonlySet<string>;
  /** The problems in one entry's files ("<kind>/<slug>"). */
  problemsOf(key: string): Problem[];
}

export function checkForPreview(contentDir: string): PreviewCheck {
  const { problems, records } = checkContent(contentDir);
  // Problem files are relative to the working directory, as `npm run check` prints them.
  const keyOfFile = (file: string) => {
    const path = parseVersionPath(relative(contentDir, resolve(file)).split(sep).join('/'));
    return 'error' in path ? undefined : { entry: entryKey(path), version: versionKey(path) };
  };
  const located = problems.map((problem) => ({ problem, key: keyOfFile(problem.file) }));
  // MDX that is broken or unsafe (src/markdown/mdx-safety.ts) would fail or run in the page.
  const unsafe = (problem: Problem) => problem.code.startsWith('mdx-');
  const unsafeBodies = new Set(located.flatMap(({ problem, key }) => (key && unsafe(problem) ? [key.version] : [])));
  return {
    problems,
    renderable: new Set(records.map(versionKey).filter((key) => !unsafeBodies.has(key))),
    problemsOf: (key) => located.filter((p) => p.key?.entry === key).map((p) => p.problem),
  };
}
