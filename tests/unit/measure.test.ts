/**
 * The benchmark's page weight: a page's scripts count with every module they import (a bundler
 * splits shared code into chunks), each once, and the bundled part (/_astro/) is reported apart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleGraph, pageWeight, sum, weigh } from '../../scripts/lib/measure.ts';

const dist = mkdtempSync(join(tmpdir(), 'nis-measure-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

write('/_astro/entry.js', 'import{a as e,b as t}from"./shared.js";import "./side.js";e(t);const later=()=>import("./lazy.js");');
write('/_astro/shared.js', 'import*as x from"../_astro/leaf.js";export const a=()=>x,b=1;');
write('/_astro/side.js', 'import{a}from"./shared.js";a();');
write('/_astro/leaf.js', 'export const leaf=1;');
write('/_astro/lazy.js', 'export const lazy=1;');
write('/scripts/plain.js', 'console.log(1);');
const INLINE = 'document.body.className += " x";';
write(
  '/page/index.html',
  '<html><head><link rel="stylesheet" href="/s.css"><script type="module" src="/scripts/plain.js"></script></head>' +
    `<body><script>${INLINE}</script><script type="module" src="/_astro/entry.js"></script></body></html>`,
);
write('/s.css', 'body{}');

describe('moduleGraph', () => {
  it('follows static imports, relative and absolute, each module once, and leaves dynamic import() out', () => {
    expect([...moduleGraph(dist, '/_astro/entry.js')].sort()).toEqual([
      '/_astro/entry.js',
      '/_astro/leaf.js',
      '/_astro/shared.js',
      '/_astro/side.js',
    ]);
  });
});

describe('pageWeight', () => {
  const weight = pageWeight(dist, '/page/');
  const file = (path: string) => readFileSync(join(dist, path));
  const bundled = ['/_astro/entry.js', '/_astro/shared.js', '/_astro/side.js', '/_astro/leaf.js'].map((f) => weigh(file(f)));
  const others = [weigh(file('/scripts/plain.js')), weigh(INLINE)];

  it('counts every script with the modules it imports, and the inline one', () => {
    expect(weight.js).toEqual(sum([...bundled, ...others]));
  });

  it('reports the bundled modules (/_astro/) apart', () => {
    expect(weight.bundledJs).toEqual(sum(bundled));
  });
});
