/**
 * Unpacking one of Pagefind's files beside its gzip (src/built-site/precompress-files.ts): the gzip is
 * kept byte for byte as file.gz, the file becomes its unpacked bytes with its old modification time,
 * and a file that does not unpack to Pagefind's signed format is refused and left as it was.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unpackPagefindFile, type Totals } from '../../src/built-site/precompress-files.ts';
import { GZIP_SUFFIX, PAGEFIND_SIGNATURE } from '../../src/domain/precompression.ts';

const totals = (): Totals => ({ files: 0, bytes: 0, compressedBytes: 0 });

function pagefindFile(content: Buffer): { file: string; packed: Buffer } {
  const file = join(mkdtempSync(join(tmpdir(), 'nis-unpack-')), 'en_1.pf_fragment');
  const packed = gzipSync(content);
  writeFileSync(file, packed);
  const old = new Date('2026-01-02T03:04:05Z');
  utimesSync(file, old, old);
  return { file, packed };
}

describe("unpacking Pagefind's files", () => {
  it('keeps the gzip as file.gz and writes the unpacked bytes as the file, with its modification time', async () => {
    const content = Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE, 'latin1'), Buffer.from('{"url":"/a/"}')]);
    const { file, packed } = pagefindFile(content);
    const mtime = statSync(file).mtimeMs;
    const counted = totals();
    await unpackPagefindFile(file, counted);
    expect(readFileSync(file + GZIP_SUFFIX).equals(packed)).toBe(true);
    expect(readFileSync(file).equals(content)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(statSync(file + GZIP_SUFFIX).mtimeMs).toBe(mtime);
    expect(counted).toEqual({ files: 1, bytes: content.length, compressedBytes: packed.length });
  });

  it('refuses a file without the signature, naming it, and leaves it as it was', async () => {
    const { file, packed } = pagefindFile(Buffer.from('{"url":"/a/"}'));
    await expect(unpackPagefindFile(file, totals())).rejects.toThrow(`${file}: unpacked, it does not start with Pagefind's signature`);
    expect(readFileSync(file).equals(packed)).toBe(true);
    expect(existsSync(file + GZIP_SUFFIX)).toBe(false);
  });
});
