/**
 * Which built files get a gzip copy beside them (`about/index.html.gz`), for nginx's `gzip_static`
 * to send instead of compressing on every request (docs/decisions/0007-deploy-hardening.md).
 * Pure: src/built-site/precompress-files.ts writes the copies, deploy/nginx.conf serves them, and
 * tests/deploy/nginx.test.ts holds the config's `gzip_min_length` to the size floor here.
 */

/** Text formats. Pagefind's own files are gzip already (see PAGEFIND_GZIP_EXTENSIONS). */
export const PRECOMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv'] as const;

/** Below about 1 KiB, gzip's header and the extra file cost more than the few bytes it saves. */
export const MIN_PRECOMPRESSED_BYTES = 1024;

/** The suffix nginx's gzip_static looks for. */
export const GZIP_SUFFIX = '.gz';

/** Whether a built file's name says it is text that gzip shrinks. */
export const isCompressibleText = (name: string): boolean => PRECOMPRESSED_EXTENSIONS.some((extension) => name.endsWith(extension));

/** Whether a built file of this name and size gets a gzip copy. */
export const worthPrecompressing = (name: string, bytes: number): boolean => bytes >= MIN_PRECOMPRESSED_BYTES && isCompressibleText(name);

/**
 * Pagefind writes its index chunks, fragments, metadata and WebAssembly gzipped, and unpacks each in
 * the browser with a decompressor written in JavaScript, on the page's thread: at N = 5,000 a cold
 * shared link showed its first result 95 to 160 ms later because of it (decision 9). Pagefind skips
 * that step for a file that arrives unpacked (it starts with Pagefind's signature). So the build
 * moves each such file to file.gz, unchanged, and writes the unpacked bytes as the file: nginx's
 * gzip_static sends the same gzip bytes as before, and the browser unpacks them natively.
 */
export const PAGEFIND_GZIP_EXTENSIONS = ['.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment', '.pagefind'] as const;

/** Whether a built file is one of Pagefind's gzipped files, to be unpacked beside its gzip copy. */
export const isPagefindGzip = (name: string): boolean => PAGEFIND_GZIP_EXTENSIONS.some((extension) => name.endsWith(extension));

/** The bytes every unpacked Pagefind file starts with (Pagefind checks them before it would unpack). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
