/**
 * A problem found in the content: what every check returns and what `npm run check` and the build
 * print. The wording rule: start with where (file, line, field), then what was found, then what is
 * allowed, then how to fix it when there is a command for that. The code names the rule that found
 * it, from the registry in problem-codes.ts, so tools can filter without reading the words.
 */
import { WARNING_CODES, type ProblemCode } from './problem-codes.ts';

export interface Problem {
  /** The rule that found it; stable, unlike the message. */
  code: ProblemCode;
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** 1-based column in the line, when a rule knows it (the style gate's rules do). */
  column?: number | undefined;
  /** Dotted path of the field, for example "ratings.strength.value". */
  field?: string | undefined;
  /** What is wrong and what is expected. */
  message: string;
  /** A command or step that fixes it, when there is one. */
  fix?: string | undefined;
}

/**
 * An error stops `npm run check`, the build and `npm run publish`; a warning is reported but lets
 * the check and the build pass (publish refuses a draft with leftover placeholders by itself).
 * Errors by default: the codes in WARNING_CODES are warnings.
 */
export type Severity = 'error' | 'warning';
export const severity = (problem: Pick<Problem, 'code'>): Severity => (WARNING_CODES.has(problem.code) ? 'warning' : 'error');
export const errorsOf = <P extends Pick<Problem, 'code'>>(problems: readonly P[]): P[] => problems.filter((p) => severity(p) === 'error');
export const warningsOf = <P extends Pick<Problem, 'code'>>(problems: readonly P[]): P[] =>
  problems.filter((p) => severity(p) === 'warning');

/** A problem as a rule writes it: the rule adds its code. */
export type Finding = Omit<Problem, 'code'>;

/** A named check with one code: given what it checks, the problems it finds, each carrying its code. */
export interface Rule<Context> {
  (context: Context): Problem[];
  readonly code: ProblemCode;
}

export function rule<Context>(code: ProblemCode, find: (context: Context) => Finding[]): Rule<Context> {
  return Object.assign((context: Context) => find(context).map((finding) => ({ code, ...finding })), { code });
}

/** Every rule's problems, in the order the rules are listed. */
export function runRules<Context>(rules: readonly Rule<Context>[], context: Context): Problem[] {
  return rules.flatMap((check) => check(context));
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : '';
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  // The code ends the first line, as eslint and remark-lint print their rule ids.
  return `${where}${field} ${problem.message} [${problem.code}]${fix}`;
}

/** Problems one a line (two with a fix), sorted by file then line so related problems sit together. */
export function formatProblems(problems: readonly Problem[]): string[] {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
  return sorted.map(formatProblem);
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
export const warningCount = (count: number) => plural(count, 'warning');

/** The whole report: the errors, then the warnings under their heading, then a count of each. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = errorsOf(problems);
  const warnings = warningsOf(problems);
  const lines = formatProblems(errors);
  if (warnings.length) lines.push(...(errors.length ? [''] : []), 'Warnings:', ...formatProblems(warnings));
  lines.push('');
  if (errors.length || !warnings.length) lines.push(`${plural(errors.length, 'problem')} in the content`);
  if (warnings.length) lines.push(warningCount(warnings.length));
  return lines.join('\n');
}

/** Thrown by the build when the content has problems, carrying the same report as `npm run check`. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      `The content has problems, so the site was not built.\n\n${formatReport(problems)}\n\nRun \`npm run check\` to see this report without building.`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
