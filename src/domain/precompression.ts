/**
 * Which built files get a gzip copy beside them (`about/index.html.gz`), for nginx's `gzip_static`
 * to send instead of compressing on every request (docs/decisions/0007-deploy-hardening.md).
 * Pure: src/integrations/precompress.ts writes the copies, deploy/nginx.conf serves them, and
 * tests/deploy/nginx.test.ts holds the config's `gzip_min_length` to the size floor here.
 */

/** Text formats. Pagefind's .pf_* chunks and wasm.*.pagefind are gzip already: compressing them again gains nothing. */
export const PRECOMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv'] as const;

/** Below about 1 KiB, gzip's header and the extra file cost more than the few bytes it saves. */
export const MIN_PRECOMPRESSED_BYTES = 1024;

/** The suffix nginx's gzip_static looks for. */
export const GZIP_SUFFIX = '.gz';

/** Whether a built file's name says it is text that gzip shrinks. */
export const isCompressibleText = (name: string): boolean => PRECOMPRESSED_EXTENSIONS.some((extension) => name.endsWith(extension));

/** Whether a built file of this name and size gets a gzip copy. */
export const worthPrecompressing = (name: string, bytes: number): boolean => bytes >= MIN_PRECOMPRESSED_BYTES && isCompressibleText(name);
