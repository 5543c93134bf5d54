/**
 * npm run check: validate every content file without building the site. Exits 1 on any error,
 * printing each with its file, line, field, what was found and what is allowed. Warnings (a
 * draft's leftover placeholders) are printed after the errors and alone do not fail the check.
 */
import { checkContent } from '../src/content-check/check-content.ts';
import { errorsOf, formatProblems, formatReport, warningCount, warningsOf } from '../src/domain/problems.ts';
import { contentDir } from '../src/lib/paths.ts';

const dir = process.argv[2] ?? contentDir();
const started = performance.now();
const result = checkContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (errorsOf(result.problems).length) {
  console.error(formatReport(result.problems));
  console.error(`\nChecked ${result.paths.length} version files in ${seconds}s.`);
  process.exit(1);
}
const warnings = warningsOf(result.problems);
if (warnings.length) console.log(`${formatProblems(warnings).join('\n')}\n`);
const entries = new Set(result.records.map((r) => `${r.kind}/${r.slug}`)).size;
console.log(
  `Content is valid${warnings.length ? `, with ${warningCount(warnings.length)}` : ''}: ${entries} entries, ${result.records.length} versions, ${Object.keys(result.sources).length} sources (${seconds}s).`,
);
