/**
 * npm run links: the bibliography and link report for the real content (or NIS_CONTENT_DIR, or a
 * folder given as the first argument). Lists unused sources and every external link; external
 * links are never fetched. When a built site exists (dist/, or NIS_OUT_DIR), also checks every
 * internal link and fragment in it and exits 1 on any broken one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/content-check/read-content.ts';
import { splitFrontmatter } from '../src/content-check/read-content.ts';
import { builtPages } from '../src/built-site/pages.ts';
import { checkBuiltLinks, externalLinksInContent, formatExternalReport, formatSourceReport, sourceUsage } from '../src/built-site/links.ts';
import { contentDir } from '../src/lib/paths.ts';
import { FILES } from '../src/domain/routes.ts';

const dir = process.argv[2] ?? contentDir();
const read = readContent(dir);
if (read.problems.length)
  console.error(`Note: the content has ${read.problems.length} problems; run npm run check. Reporting on what could be read.\n`);

const usage = sourceUsage(read.records, read.sources);
console.log(formatSourceReport(usage, read.sources));

const bodies = read.records.map((r) => ({ file: r.file, text: splitFrontmatter(readFileSync(resolve(r.file), 'utf8'))?.body ?? '' }));
console.log('');
console.log(formatExternalReport(externalLinksInContent(read.sources, bodies), 'Content'));

const dist = resolve(process.env.NIS_OUT_DIR ?? 'dist');
const sitemap = join(dist, FILES.sitemap);
if (!existsSync(sitemap)) {
  console.log(`\nNo built site at ${dist} (no ${FILES.sitemap.slice(1)}): run npm run build to check internal links too.`);
} else {
  // Every built page, listed in the sitemap or not (the 404 page, the pointers at current versions).
  const pages = builtPages(dist).map((p) => p.path);
  const links = checkBuiltLinks(dist, pages);
  console.log(`\nBuilt site ${dist}: ${pages.length} pages, ${links.checked} internal links checked, ${links.broken.length} broken.`);
  for (const line of links.broken) console.log(`  ${line}`);
  if (links.broken.length) process.exitCode = 1;
}
