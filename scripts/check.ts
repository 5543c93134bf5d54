/**
 * npm run check: validate every content file without building the site. Exits 1 on any problem,
 * printing each with its file, line, field, what was found and what is allowed.
 */
import { checkContent } from '../src/content-check/check-content.ts';
import { formatReport } from '../src/domain/problems.ts';
import { contentDir } from '../src/lib/paths.ts';

const dir = process.argv[2] ?? contentDir();
const started = performance.now();
const result = checkContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (result.problems.length) {
  console.error(formatReport(result.problems));
  console.error(`\nChecked ${result.paths.length} version files in ${seconds}s.`);
  process.exit(1);
}
const entries = new Set(result.records.map((r) => `${r.kind}/${r.slug}`)).size;
console.log(
  `Content is valid: ${entries} entries, ${result.records.length} versions, ${Object.keys(result.sources).length} sources (${seconds}s).`,
);
