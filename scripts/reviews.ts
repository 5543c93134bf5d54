/**
 * npm run reviews: the review dashboard in the terminal, most urgent first, from the same content
 * check and library as the site. Exits 1 when any entry is overdue (for a scheduled CI job) and 2
 * when the content has problems. Honours NIS_AS_OF (the date to judge against) and NIS_CONTENT_DIR.
 */
import { checkContent } from '../src/content-check/check-content.ts';
import { errorsOf, formatReport } from '../src/domain/problems.ts';
import { buildLibrary } from '../src/domain/library.ts';
import { asOfDate } from '../src/domain/review-cycle.ts';
import { dashboardRows, statusCounts, withStatus } from '../src/domain/review-dashboard.ts';
import { kindLabel, statusInfo } from '../src/domain/labels.ts';
import { formatDate } from '../src/domain/format.ts';
import { contentDir } from '../src/lib/paths.ts';

const result = checkContent(contentDir());
if (errorsOf(result.problems).length) {
  console.error(`${formatReport(result.problems)}\n\nnpm run reviews: fix the content first (npm run check shows the same report).`);
  process.exit(2);
}
const asOf = asOfDate(process.env);
const rows = dashboardRows(buildLibrary(result.records, result.sources, { asOf }));

const table = [
  ['Status', 'Next review due', 'Last reviewed', 'Kind', 'Entry'],
  ...rows.map((r) => [
    statusInfo(r.status).label,
    formatDate(r.nextDue),
    formatDate(r.lastReviewed),
    kindLabel(r.kind),
    `${r.title} (${r.key})`,
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
console.log(`Review status as of ${formatDate(asOf)}\n`);
console.log(line(table[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(
  `\n${statusCounts(rows)
    .map((s) => `${s.label}: ${s.count}`)
    .join(', ')}`,
);

const overdue = withStatus(rows, 'overdue').length;
if (overdue > 0) {
  console.error(`\n${overdue} ${overdue === 1 ? 'entry is' : 'entries are'} overdue for review.`);
  process.exit(1);
}
