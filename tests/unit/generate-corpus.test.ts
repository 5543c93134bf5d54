/**
 * The benchmark's corpus generator: what it writes must pass the same check as real content, the
 * same seed must give the same corpus, and topical words must stay with their topics (otherwise every
 * query matches every page and the search benchmark measures an unrealistic worst case).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorsOf } from '../../src/domain/problems.ts';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { checkContent } from '../../src/content-check/check-content.ts';

const dirs: string[] = [];
function corpus(entries: number, seed = 7): string {
  const dir = mkdtempSync(join(tmpdir(), 'nis-corpus-'));
  dirs.push(dir);
  generateCorpus({ dir, entries, seed });
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();

describe('generateCorpus', () => {
  const dir = corpus(120);
  const result = checkContent(dir, { style: 'all' });

  it('writes content that passes every content check, ledger included', () => {
    // Random words make awkward sentences: the style gate's warnings (readability) are expected.
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.problems.filter((p) => p.code === 'for-families-missing')).toEqual([]);
    // 120 entries, the five areas and one review record.
    expect(result.records).toHaveLength(126);
  });

  it('gives bodies of about 600 words', () => {
    const words = result.records
      .filter((r) => r.kind === 'interventions')
      .map((r) => readFileSync(join(dir, r.kind, r.slug, `${r.version}.mdx`), 'utf8').split(/\s+/).length);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(450);
    expect(mean).toBeLessThan(800);
  });

  it('is reproducible from its seed', () => {
    const again = corpus(120);
    expect(files(again)).toEqual(files(dir));
    for (const f of files(dir)) expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(dir, f), 'utf8'));
  });

  it('keeps topical words with their topics: "handwriting" only on fine motor entries', () => {
    const entries = result.records.filter((r) => ['strategies', 'interventions', 'tools', 'packages'].includes(r.kind));
    const text = (r: (typeof entries)[number]) => readFileSync(join(dir, r.kind, r.slug, `${r.version}.mdx`), 'utf8');
    // The body only: a tool's leadsTo names other entries by slug, and slugs carry their topics' words.
    const mentioning = entries.filter((r) => /handwriting/i.test(text(r).split('\n---\n')[1]!.split('## Related entries')[0]!));
    expect(mentioning.length).toBeGreaterThan(0);
    expect(mentioning.length).toBeLessThan(entries.length / 3);
    for (const r of mentioning) expect((r.data as { components: string[] }).components).toContain('fine-motor');
  });
});
