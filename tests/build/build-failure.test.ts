/** A malformed entry fails the real build with the same report as npm run check. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { tempContent } from '../helpers/temp-content.ts';

describe('build on bad content', () => {
  it('stops before building and prints the file, line, field and allowed values', () => {
    const content = tempContent();
    const out = mkdtempSync(join(tmpdir(), 'nis-out-'));
    try {
      content.replace('interventions/fixture-language-groups/2.mdx', 'phases: [early-years]', 'phases: [reception]');
      const result = buildSite(content.dir, out);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('The content has problems, so the site was not built.');
      expect(result.output).toMatch(
        /interventions\/fixture-language-groups\/2\.mdx:13 phases\.0: found "reception"; expected one of: early-years, primary, secondary, post-16/,
      );
    } finally {
      content.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
