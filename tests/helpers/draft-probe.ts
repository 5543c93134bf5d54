/**
 * A draft strategy to add to a copy of the fixture and plant one problem in: drafts are not in the
 * ledger, so the content check reports only what a test plants. Its fields are the fixture's own
 * strategy's, made a draft.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/content-check/read-content.ts';
import { FIXTURE_CONTENT } from './fixture.ts';

export const PROBE = 'strategies/new-probe/1.mdx';

/** The draft's frontmatter fields, one per line, without the fences. */
export const PROBE_FIELDS = splitFrontmatter(readFileSync(join(FIXTURE_CONTENT, 'strategies/fixture-visual-timetables/1.mdx'), 'utf8'))!
  .yaml.replace('status: published\n', 'status: draft\n')
  .replace(/^published: .*\n/m, '');

/** The whole draft: its fields and `extra` ones, then a heading and `body`. */
export const probeText = (extra = '', body = '') => `---\n${PROBE_FIELDS}${extra}---\n\n## Heading\n\n${body}\n`;

/** The 1-based line of the first line of `text` that contains `needle`. */
export const lineWith = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
