/**
 * The build's gzip copies (src/built-site/precompress-files.ts): beside every text file worth it and every
 * Pagefind file (unpacked beside Pagefind's own gzip), and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  GZIP_SUFFIX,
  MIN_PRECOMPRESSED_BYTES,
  PAGEFIND_SIGNATURE,
  isPagefindGzip,
  worthPrecompressing,
} from '../../src/domain/precompression.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';

const files = (readdirSync(FIXTURE_DIST, { recursive: true, withFileTypes: true }) as Dirent[])
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name));

describe('gzip copies in the built site', () => {
  it('chooses text files of 1 KiB or more by name and size', () => {
    expect(worthPrecompressing('about/index.html', MIN_PRECOMPRESSED_BYTES)).toBe(true);
    expect(worthPrecompressing('about/index.html', MIN_PRECOMPRESSED_BYTES - 1)).toBe(false);
    for (const name of ['a.css', 'a.js', 'a.json', 'feed.xml', 'a.svg', 'robots.txt', 'data/tools.csv']) {
      expect(worthPrecompressing(name, 5000), name).toBe(true);
    }
    for (const name of ['en_1.pf_fragment', 'wasm.en.pagefind', 'a.png', 'index.html.gz'])
      expect(worthPrecompressing(name, 5000), name).toBe(false);
  });

  it('writes one beside every text file worth it, unpacking to exactly that file', () => {
    const expected = files.filter((file) => worthPrecompressing(file, statSync(file).size));
    expect(expected.length).toBeGreaterThan(50);
    const wrong = expected.filter((file) => {
      const copy = file + GZIP_SUFFIX;
      return !existsSync(copy) || !gunzipSync(readFileSync(copy)).equals(readFileSync(file));
    });
    expect(wrong.map((file) => relative(FIXTURE_DIST, file))).toEqual([]);
  });

  it('writes none for small files or other binary ones', () => {
    const copies = files.filter((file) => file.endsWith(GZIP_SUFFIX)).map((file) => file.slice(0, -GZIP_SUFFIX.length));
    const unexpected = copies.filter(
      (file) => !existsSync(file) || !(worthPrecompressing(file, statSync(file).size) || isPagefindGzip(file)),
    );
    expect(unexpected.map((file) => relative(FIXTURE_DIST, file))).toEqual([]);
  });

  it("unpacks every Pagefind file beside Pagefind's gzip, so the browser unpacks it rather than Pagefind's JavaScript", () => {
    for (const name of ['en_1.pf_fragment', 'en_1.pf_index', 'en_1.pf_filter', 'pagefind.en_1.pf_meta', 'wasm.en.pagefind']) {
      expect(isPagefindGzip(name), name).toBe(true);
    }
    for (const name of ['pagefind.js', 'pagefind-entry.json', 'nis-search.json', 'en_1.pf_fragment.gz'])
      expect(isPagefindGzip(name), name).toBe(false);
    const pagefindFiles = files.filter((file) => isPagefindGzip(file));
    // Fragments, index chunks, filters, metadata and the WebAssembly, in every shard.
    for (const extension of ['.pf_fragment', '.pf_index', '.pf_filter', '.pf_meta', '.pagefind']) {
      expect(
        pagefindFiles.some((file) => file.endsWith(extension)),
        extension,
      ).toBe(true);
    }
    const wrong = pagefindFiles.filter((file) => {
      const unpacked = readFileSync(file);
      const copy = file + GZIP_SUFFIX;
      return (
        unpacked.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE ||
        !existsSync(copy) ||
        !gunzipSync(readFileSync(copy)).equals(unpacked)
      );
    });
    expect(wrong.map((file) => relative(FIXTURE_DIST, file))).toEqual([]);
  });

  it('gives a copy the same modification time as its file, so both variants have one Last-Modified', () => {
    const page = join(FIXTURE_DIST, 'index.html');
    // The page was written while rendering, well before the copies: only a copied time is this close.
    expect(Math.abs(statSync(page + GZIP_SUFFIX).mtimeMs - statSync(page).mtimeMs)).toBeLessThan(1);
  });
});
