/**
 * The build's compressed copies (the integration that runs this is src/integrations/precompress.ts).
 * Writes a gzip copy beside every built text file worth compressing (src/domain/precompression.ts),
 * at zlib's highest level, so that nginx's `gzip_static` sends it as it is: the server never spends
 * CPU on compressing, and the copies are smaller than the on-the-fly compression nginx would do.
 * Runs last, after Pagefind and the sitemap have written their files. The compressing, nearly all
 * the time this takes, runs on libuv's thread pool (zlib's asynchronous call), so it can use both
 * cores; the files are read and written synchronously, as a thread-pool round trip per file system
 * call costs more than the call (measured in docs/decisions/0007-deploy-hardening.md).
 * A copy keeps its original's modification time, so both variants carry the same Last-Modified.
 *
 * Pagefind's own files are gzip already: each is moved to file.gz as it is and the file itself
 * replaced by its unpacked bytes, which Pagefind then reads without unpacking them in JavaScript
 * (PAGEFIND_GZIP_EXTENSIONS says why).
 */
import { readFileSync, readdirSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip, gzip } from 'node:zlib';
import { GZIP_SUFFIX, PAGEFIND_SIGNATURE, isCompressibleText, isPagefindGzip, worthPrecompressing } from '../domain/precompression.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
/** Files being compressed or unpacked at once: enough to keep libuv's four threads busy. */
const IN_FLIGHT = 8;

export interface Totals {
  files: number;
  bytes: number;
  compressedBytes: number;
}

/** Writes `file`.gz when the file is worth it and the copy comes out smaller; adds to the totals. */
async function precompressFile(file: string, totals: Totals): Promise<void> {
  const { size, atime, mtime } = statSync(file);
  if (!worthPrecompressing(file, size)) return;
  const original = readFileSync(file);
  const compressed = await gzipAsync(original, { level: constants.Z_BEST_COMPRESSION });
  if (compressed.length >= original.length) return;
  writeFileSync(file + GZIP_SUFFIX, compressed);
  utimesSync(file + GZIP_SUFFIX, atime, mtime);
  totals.files++;
  totals.bytes += original.length;
  totals.compressedBytes += compressed.length;
}

/** Moves one of Pagefind's gzip files to `file`.gz and writes its unpacked bytes as `file`; adds to the totals. */
export async function unpackPagefindFile(file: string, totals: Totals): Promise<void> {
  const { atime, mtime } = statSync(file);
  const compressed = readFileSync(file);
  const unpacked = await gunzipAsync(compressed);
  // Pagefind reads an unpacked file only if it starts with its signature; anything else would be a
  // format this build does not know, and the search would break without a word.
  if (unpacked.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`${file}: unpacked, it does not start with Pagefind's signature "${PAGEFIND_SIGNATURE}"`);
  }
  renameSync(file, file + GZIP_SUFFIX);
  writeFileSync(file, unpacked);
  utimesSync(file, atime, mtime);
  totals.files++;
  totals.bytes += unpacked.length;
  totals.compressedBytes += compressed.length;
}

export async function precompressTree(root: string): Promise<Totals> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && (isCompressibleText(d.name) || isPagefindGzip(d.name)))
    .map((d) => join(d.parentPath, d.name));
  const totals: Totals = { files: 0, bytes: 0, compressedBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await (isPagefindGzip(file) ? unpackPagefindFile(file, totals) : precompressFile(file, totals));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return totals;
}
