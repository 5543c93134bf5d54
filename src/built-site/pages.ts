/**
 * Reading the built site: its HTML pages and the text in them. Shared by the sitemap, the search
 * index, the link checks and the benchmark, so they agree on which files are pages and at what URL.
 */
import { closeSync, openSync, readSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SEARCH_INDEX } from '../domain/routes.ts';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The site path it is served at: "/about/" for about/index.html, "/404.html" for 404.html. */
  path: string;
}

/** Every HTML page under `root`, sorted by path; Pagefind's own files are not pages. */
export function builtPages(root: string): BuiltPage[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      return { file, path: `/${relative(root, file).split(sep).join('/')}` };
    })
    .filter((p) => !p.path.startsWith(SEARCH_INDEX.base))
    .map((p) => ({ ...p, path: p.path.replace(/(^|\/)index\.html$/, '$1') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Text of an HTML attribute or element with the entities our pages use turned back into characters. */
export const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** How far into a page its robots meta tag can be: Base.astro and the pointer pages put it near the top. */
const HEAD_BYTES = 1024;
const NOINDEX = /<meta name="robots" content="noindex"/;

/**
 * Whether a page asks not to be indexed (the 404 page, the pointer at a current version's /v<n>/).
 * Only the start of the file is read, so checking every page of a large site stays cheap.
 */
export function asksNotToBeIndexed(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    return NOINDEX.test(head.toString('utf8', 0, read));
  } finally {
    closeSync(fd);
  }
}
