/** Every file the fixture build writes sits at an address in the table of route patterns, and every pattern is built. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtPages } from '../../src/built-site/pages.ts';
import { SEARCH_INDEX } from '../../src/domain/routes.ts';
import { GZIP_SUFFIX } from '../../src/domain/precompression.ts';
import type { SearchManifest } from '../../src/search/shards.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';
import { FILE_PATTERN_NAMES, routesOf } from '../helpers/route-patterns.ts';

/** A gzip copy the build writes beside a file (src/built-site/precompress-files.ts): the same address, served by nginx's gzip_static. */
const isPrecompressedCopy = (d: Dirent) =>
  d.name.endsWith(GZIP_SUFFIX) && existsSync(join(d.parentPath, d.name.slice(0, -GZIP_SUFFIX.length)));

/** The bundler's hashed assets and Pagefind's own files are not addresses anyone cites. */
const NOT_CITED = ['/_astro/', SEARCH_INDEX.base];

function builtFiles(): string[] {
  return (readdirSync(FIXTURE_DIST, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && !d.name.endsWith('.html') && !isPrecompressedCopy(d))
    .map((d) => `/${relative(FIXTURE_DIST, join(d.parentPath, d.name)).split(sep).join('/')}`)
    .filter((path) => !NOT_CITED.some((prefix) => path.startsWith(prefix)));
}

describe('built addresses', () => {
  const pages = builtPages(FIXTURE_DIST).map((p) => p.path);
  const files = builtFiles();

  it('serves every page and file at an address the route table lists', () => {
    expect(pages.length).toBeGreaterThan(50);
    const unlisted = [...pages, ...files].filter((path) => routesOf(path).length === 0);
    expect(unlisted).toEqual([]);
  });

  it('builds an address for every file pattern', () => {
    const built = new Set<string>([...pages, ...files].flatMap(routesOf));
    const manifest = JSON.parse(readFileSync(join(FIXTURE_DIST, SEARCH_INDEX.manifest), 'utf8')) as SearchManifest;
    const searchFiles = [
      SEARCH_INDEX.base,
      SEARCH_INDEX.script,
      SEARCH_INDEX.wasm,
      SEARCH_INDEX.manifest,
      manifest.sortTable,
      ...manifest.shards,
    ];
    for (const name of searchFiles.flatMap(routesOf)) built.add(name);
    expect(manifest.shards.length).toBeGreaterThan(1);
    expect(readdirSync(join(FIXTURE_DIST, SEARCH_INDEX.base))).toContain('pagefind.js');
    const unbuilt = FILE_PATTERN_NAMES.filter((name) => !built.has(name));
    expect(unbuilt).toEqual([]);
  });
});
