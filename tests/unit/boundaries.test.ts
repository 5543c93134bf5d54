/**
 * Import boundaries, read from the source files: which part of the codebase may not import which.
 * Each rule lists the files that break it, with the specifier they import.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_FILE = /\.(ts|mts|js|mjs|astro)$/;

/** Source files under a folder of the repository, as absolute paths. */
function sourceFiles(folder: string): string[] {
  return (readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && SOURCE_FILE.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, over several lines too. */
const IMPORT = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importSpecifiers(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Where a relative specifier points, as a repository path ("tests/helpers/x.ts"); undefined for packages. */
function repositoryPath(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return relative(ROOT, resolve(dirname(file), specifier))
    .split(sep)
    .join('/');
}

/** "file imports specifier" for every import in `folder` whose target breaks `allowed`. */
function importsBreaking(folder: string, allowed: (target: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importSpecifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => {
        const target = repositoryPath(file, specifier);
        return target !== undefined && !allowed(target);
      })
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
}

/** "file imports specifier" for every package (non-relative) import in `folder` that `forbidden` matches. */
function packageImports(folder: string, forbidden: RegExp): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importSpecifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => !specifier.startsWith('.') && forbidden.test(specifier))
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
}

/** Astro, its virtual modules, and Node's file system and processes: what keeps code from being pure. */
const IMPURE = /^(astro(:.*|\/.*)?|(node:)?(fs|fs\/promises|child_process))$/;

describe('import boundaries', () => {
  it('reads every form of import', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n} from '../b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = await import('./e.ts');",
      "const notAnImport = 'from here';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './e.ts']);
  });

  it('recognises the impure modules', () => {
    for (const specifier of ['astro', 'astro:content', 'astro/config', 'node:fs', 'fs', 'node:fs/promises', 'node:child_process']) {
      expect(IMPURE.test(specifier), specifier).toBe(true);
    }
    for (const specifier of ['zod', 'astronaut', 'node:path', 'node:crypto', 'diff']) expect(IMPURE.test(specifier), specifier).toBe(false);
  });

  it('src/domain/ is pure: no Astro, no file system, and nothing from outside src/domain/', () => {
    expect(sourceFiles('src/domain').length).toBeGreaterThan(10);
    expect(packageImports('src/domain', IMPURE)).toEqual([]);
    expect(importsBreaking('src/domain', (target) => target.startsWith('src/domain/'))).toEqual([]);
  });

  it('src/search/ state, records, pagination and shards run in the browser: no Astro, no file system', () => {
    const browserModules = [
      'index-records.ts',
      'search-state.ts',
      'pagination.ts',
      'pagination-markup.ts',
      'shards.ts',
      'search-page.ts',
      'engine-options.ts',
      'facet-counts.ts',
    ];
    const impure = packageImports('src/search', IMPURE).filter((line) => browserModules.some((m) => line.startsWith(`src/search/${m} `)));
    expect(impure).toEqual([]);
  });

  it('src/browser/ runs in the browser: no Astro, no file system', () => {
    expect(sourceFiles('src/browser').length).toBeGreaterThan(0);
    expect(packageImports('src/browser', IMPURE)).toEqual([]);
  });

  it('scripts/ never imports tests/ (code both need lives in scripts/lib/, which tests may import)', () => {
    expect(sourceFiles('scripts').length).toBeGreaterThan(5);
    expect(importsBreaking('scripts', (target) => !target.startsWith('tests/'))).toEqual([]);
  });
});

describe('src/integrations/', () => {
  const files = sourceFiles('src/integrations');

  it.each(files.map((f) => relative(ROOT, f)))('%s holds Astro integrations and nothing else', async (file) => {
    const exported = Object.entries(await import(join(ROOT, file)));
    expect(exported.length).toBeGreaterThan(0);
    for (const [name, value] of exported) {
      expect(typeof value, `${name} is a function`).toBe('function');
      const integration = (value as () => unknown)() as { name?: unknown; hooks?: unknown };
      expect(typeof integration.name, `${name}() returns an integration with a name`).toBe('string');
      expect(typeof integration.hooks, `${name}() returns an integration with hooks`).toBe('object');
    }
  });
});
