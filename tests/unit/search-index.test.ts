/** The Pagefind step of the build: it indexes marked pages and throws instead of shipping a broken index. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchIndexError, indexSite } from '../../src/integrations/pagefind.ts';

const html = (body: string, indexed: boolean) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main${indexed ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

describe('indexSite', () => {
  it('indexes only pages marked data-pagefind-body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nis-pf-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a/index.html'), html('<h1>Indexed</h1><p>Working memory games.</p>', true));
    writeFileSync(join(dir, 'b/index.html'), html('<h1>Browse list</h1>', false));
    await indexSite(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
    // The folder the pages were gathered in for Pagefind is gone: nothing but the site is left.
    expect(readdirSync(dir).sort()).toEqual(['a', 'b', 'pagefind']);
  });

  it('fails when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nis-pf-'));
    await expect(indexSite(dir)).rejects.toThrow(SearchIndexError);
  });
});
