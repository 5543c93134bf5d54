/**
 * A build prints only what an editor must act on: the shared builds (the fixture and the bundled
 * library, made by the test setup) print no warning and no error, and the filter of dependencies'
 * known noise (src/integrations/quiet-build.ts) hides exactly those warnings, not their neighbours.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import type { Logger, Plugin } from 'vite';
import { quietBuild } from '../../src/integrations/quiet-build.ts';
import { buildOutputFile } from '../helpers/build-site.ts';
import { GATED_BUILDS } from '../helpers/gated-builds.ts';

/** How Astro's logger marks a warning or an error (Vite's and Rolldown's warnings come through it too). */
const WARNING = /\[(WARN|ERROR)\]|\bwarning\b/i;
/** The list of pages built ("├─ /path/index.html"): addresses, which may hold any word. */
const PAGE_LINE = /^\s*[├└]─/;

describe('build output', () => {
  for (const build of GATED_BUILDS) {
    it(`of the ${build.name} build has no warning or error`, () => {
      const file = buildOutputFile(build.dist);
      expect(existsSync(file), `${file} is missing: run the tests once without NIS_SKIP_FIXTURE_BUILD`).toBe(true);
      const lines = stripVTControlCharacters(readFileSync(file, 'utf8')).split('\n');
      expect(lines.filter((line) => !PAGE_LINE.test(line) && WARNING.test(line))).toEqual([]);
    });
  }
});

/** What gets through the filter: the integration's Vite plugin, given a logger that records what it prints. */
function printedThroughFilter(warnings: string[]): string[] {
  const printed: string[] = [];
  const logger = { warn: (m: string) => printed.push(m), warnOnce: (m: string) => printed.push(m) } as unknown as Logger;
  let plugins: Plugin[] = [];
  const setup = quietBuild().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ updateConfig: (config: { vite: { plugins: Plugin[] } }) => (plugins = config.vite.plugins) });
  for (const plugin of plugins) (plugin.configResolved as (config: { logger: Logger }) => void)({ logger });
  warnings.forEach((w, i) => (i % 2 ? logger.warnOnce(w) : logger.warn(w)));
  return printed;
}

describe('the known-noise filter', () => {
  it("hides Rolldown's warning about Astro's MDX directive and Vite's about GOV.UK Frontend's unused crest", () => {
    const noise = [
      '\u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/interventions/neli/2.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      "\n/assets/images/govuk-crest.svg referenced in /assets/images/govuk-crest.svg didn't resolve at build time, it will remain unchanged to be resolved at runtime",
    ];
    expect(printedThroughFilter(noise)).toEqual([]);
  });

  it('lets every other warning through, even one much like them', () => {
    const others = [
      '[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use client" in "x.js" may not be preserved',
      "\n/images/photo.jpg referenced in /src/styles/site.scss didn't resolve at build time",
      '[PLUGIN_WARNING] something else',
    ];
    expect(printedThroughFilter(others)).toEqual(others);
  });
});
