/**
 * A build prints only what an editor must act on: the shared builds (the fixture and the bundled
 * library, made by the test setup) print no warning and no error, and the filter of dependencies'
 * known noise (src/integrations/quiet-build.ts) hides exactly those warnings, not their neighbours.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { isKnownNoise } from '../../src/integrations/quiet-build.ts';
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

describe('the known-noise filter', () => {
  it("hides Rolldown's warning about Astro's MDX directive and Vite's about GOV.UK Frontend's unused crest", () => {
    expect(
      isKnownNoise(
        '\u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/interventions/neli/2.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      ),
    ).toBe(true);
    expect(
      isKnownNoise(
        "\n/assets/images/govuk-crest.svg referenced in /assets/images/govuk-crest.svg didn't resolve at build time, it will remain unchanged to be resolved at runtime",
      ),
    ).toBe(true);
  });

  it('lets every other warning through, even one much like them', () => {
    expect(
      isKnownNoise('[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use client" in "x.js" may not be preserved'),
    ).toBe(false);
    expect(isKnownNoise("\n/images/photo.jpg referenced in /src/styles/site.scss didn't resolve at build time")).toBe(false);
    expect(isKnownNoise('[PLUGIN_WARNING] something else')).toBe(false);
  });
});
