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
  return relative(ROOT, resolve(dirname(file), specifier)).split(sep).join('/');
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

  it('scripts/ never imports tests/ (code both need lives in scripts/lib/, which tests may import)', () => {
    expect(sourceFiles('scripts').length).toBeGreaterThan(5);
    expect(importsBreaking('scripts', (target) => !target.startsWith('tests/'))).toEqual([]);
  });
});
