/**
 * `npm ci` installs exactly what the lock file lists, so the lock must list every platform's native
 * binaries, not only the ones of the machine that wrote it (issue 12: it once lacked macOS and
 * Windows builds of Astro's compiler and Pagefind, and `npm ci` refused it there).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;

/** Where Node would find `name` from the package installed at `from`: its own node_modules, then each parent's. */
function resolveFrom(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock that lists the root manifest', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']).toBeDefined();
  });

  it('resolves every dependency of the manifest', () => {
    const declared = ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {}));
    const unresolved = declared.filter((name) => !resolveFrom('', name));
    expect(unresolved).toEqual([]);
  });

  it("resolves every locked package's optional dependencies, whatever platform they are for", () => {
    const unresolved: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
        if (!resolveFrom(path, name)) unresolved.push(`${path || '(root)'} -> ${name}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it.each([
    ['darwin', 'arm64'],
    ['darwin', 'x64'],
    ['win32', 'x64'],
    ['linux', 'x64'],
    ['linux', 'arm64'],
  ])('holds the native binaries of Astro, Pagefind and the bundler for %s-%s', (os, cpu) => {
    const nativeParents = [
      'node_modules/@astrojs/compiler-binding',
      'node_modules/pagefind',
      'node_modules/rolldown',
      'node_modules/esbuild',
    ];
    for (const parent of nativeParents) {
      const pkg = lock.packages[parent];
      expect(pkg, parent).toBeDefined();
      const forPlatform = Object.keys(pkg!.optionalDependencies ?? {})
        .map((name) => lock.packages[resolveFrom(parent, name) ?? ''])
        .filter((dep) => dep?.os?.includes(os) && dep.cpu?.includes(cpu));
      expect(forPlatform.length, `${parent} for ${os}-${cpu}`).toBeGreaterThan(0);
    }
  });

  it('uses the pure-JavaScript Sass compiler, whose lock entry is the same on every platform', () => {
    expect(lock.packages['node_modules/sass-embedded']).toBeUndefined();
    expect(lock.packages['node_modules/sass']).toBeDefined();
  });
});
