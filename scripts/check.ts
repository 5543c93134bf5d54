/**
 * npm run check: validate every content file without building the site. Exits 1 on any error,
 * printing each with its file, line, field, what was found and what is allowed. Warnings (a
 * draft's leftover placeholders) are printed after the errors and alone do not fail the check.
 * The style gate's warnings are many and advisory: `--style` lists them, otherwise one line counts them.
 */
import { checkContent } from '../src/content-check/check-content.ts';
import { errorsOf, formatProblems, formatReport, warningCount, warningsOf } from '../src/domain/problems.ts';
import { styleWarningSummary, withoutStyleWarnings } from '../src/content-check/style-report.ts';
import { contentDir } from '../src/lib/paths.ts';

const args = process.argv.slice(2);
const listStyle = args.includes('--style');
const dir = args.find((a) => !a.startsWith('--')) ?? contentDir();
const started = performance.now();
const result = checkContent(dir, { style: 'all' });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const shown = listStyle ? result.problems : withoutStyleWarnings(result.problems);
const summary = listStyle ? '' : styleWarningSummary(result.problems);

if (errorsOf(result.problems).length) {
  console.error(formatReport(shown));
  if (summary) console.error(summary);
  console.error(`\nChecked ${result.paths.length} version files in ${seconds}s.`);
  process.exit(1);
}
const warnings = warningsOf(shown);
if (warnings.length) console.log(`${formatProblems(warnings).join('\n')}\n`);
if (summary) console.log(summary);
const entries = new Set(result.records.map((r) => `${r.kind}/${r.slug}`)).size;
console.log(
  `Content is valid${warnings.length ? `, with ${warningCount(warnings.length)}` : ''}: ${entries} entries, ${result.records.length} versions, ${Object.keys(result.sources).length} sources (${seconds}s).`,
);
