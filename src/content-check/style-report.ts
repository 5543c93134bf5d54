/**
 * How `npm run check` shows the style gate's warnings: listed with `--style`, otherwise counted in
 * one line, so the report stays about what must be fixed.
 */
import { STYLE_PROBLEM_CODES } from '../domain/problem-codes.ts';
import { warningsOf, type Problem } from '../domain/problems.ts';

const isStyleWarning = (problems: readonly Problem[]) => {
  const warnings = new Set(warningsOf(problems));
  return (p: Problem) => warnings.has(p) && STYLE_PROBLEM_CODES.has(p.code);
};

export function withoutStyleWarnings(problems: readonly Problem[]): Problem[] {
  const style = isStyleWarning(problems);
  return problems.filter((p) => !style(p));
}

/** Problems counted by code, most frequent first: "12 style-passive, 3 style-readability". */
export function countByCode(problems: readonly Problem[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
}

/** One line for the style warnings, or '' when there are none. */
export function styleWarningSummary(problems: readonly Problem[]): string {
  const style = problems.filter(isStyleWarning(problems));
  if (!style.length) return '';
  return `Style: ${style.length} warning${style.length === 1 ? '' : 's'} (${countByCode(style)}); \`npm run check -- --style\` lists them.`;
}
