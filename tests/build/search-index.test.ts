/** What the fixture build gives Pagefind: which pages are indexed, with which facets, and the search page's scripts. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST, page } from '../helpers/fixture.ts';
import { SUPPORT_CLASS_SCRIPT } from '../../src/domain/csp.ts';
import { SEARCH_INDEX } from '../../src/domain/routes.ts';
import { ENGINE_WAIT } from '../../src/search/engine-script.ts';

const indexed = (html: string) => /<main[^>]*data-pagefind-body/.test(html);
const filters = (html: string) => [...html.matchAll(/<span data-pagefind-filter="([^"]+)">([^<]*)<\/span>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('the search index', () => {
  it("is preloaded by the search page alone, and the files it preloads are Pagefind's own (a renamed file would be fetched twice)", () => {
    const hints = (html: string) => [...html.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    const search = hints(page('/search/'));
    expect(search).toEqual([`modulepreload ${SEARCH_INDEX.script}`, `preload ${SEARCH_INDEX.wasm}`]);
    for (const hint of search) expect(existsSync(join(FIXTURE_DIST, hint.split(' ')[1]!)), hint).toBe(true);
    expect(hints(page('/'))).toEqual([]);
  });

  it('is written to /pagefind/, with the shorter wait before the first search in its script', () => {
    const script = readFileSync(join(FIXTURE_DIST, SEARCH_INDEX.script), 'utf8');
    expect(script).toContain(ENGINE_WAIT.patched);
    expect(script).not.toContain(ENGINE_WAIT.written);
    const entry = JSON.parse(readFileSync(join(FIXTURE_DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBeGreaterThan(3);
  });

  it('is split into shards (small ones for the fixture), each holding only index data, with a sort rank for every page', () => {
    const manifest = JSON.parse(readFileSync(join(FIXTURE_DIST, 'pagefind/nis-search.json'), 'utf8')) as {
      shards: string[];
      sortTable: string;
    };
    expect(manifest.shards.length).toBeGreaterThan(1);
    expect(manifest.shards[0]).toBe('/pagefind/');
    let pages = 0;
    const fragments: string[] = [];
    for (const shard of manifest.shards) {
      const entry = JSON.parse(readFileSync(join(FIXTURE_DIST, shard, 'pagefind-entry.json'), 'utf8'));
      pages += entry.languages.en.page_count;
      // Each fragment's gzip copy (file.gz) sits beside it: count the fragments, not their copies.
      const names = readdirSync(join(FIXTURE_DIST, shard, 'fragment')).filter((f) => f.endsWith('.pf_fragment'));
      fragments.push(...names.map((f) => f.replace('.pf_fragment', '')));
      if (shard !== '/pagefind/') expect(readdirSync(join(FIXTURE_DIST, shard)).filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
    }
    // The table is keyed by what a search result's id is: the page's fragment name.
    const table = JSON.parse(readFileSync(join(FIXTURE_DIST, manifest.sortTable), 'utf8')) as Record<string, number[]>;
    expect(fragments).toHaveLength(pages);
    expect(Object.keys(table).sort()).toEqual(fragments.sort());
  });

  it('covers current entries, area, layer and phase pages, and nothing else', () => {
    for (const path of [
      '/interventions/fixture-language-groups/',
      '/areas-of-development/sensory/',
      '/layers/targeted/',
      '/phases/primary/',
    ]) {
      expect(indexed(page(path)), path).toBe(true);
    }
    for (const path of [
      '/interventions/fixture-language-groups/v1/',
      '/interventions/fixture-language-groups/v2/',
      '/interventions/',
      '/layers/',
      '/search/',
      '/',
    ]) {
      expect(indexed(page(path)), path).toBe(false);
    }
  });

  it('gives an entry its facets as vocabulary ids', () => {
    expect(filters(page('/interventions/fixture-memory-games/'))).toEqual(
      expect.arrayContaining([
        'kind:interventions',
        'area:executive-function',
        'component:working-memory',
        'layer:targeted-plus',
        'phase:primary',
        'phase:secondary',
        'strength:emerging',
        'cost:moderate',
        'delivery:small-group',
        'status:current',
      ]),
    );
    expect(page('/interventions/fixture-memory-games/')).toContain('<span data-pagefind-sort="strength">2</span>');
    expect(filters(page('/interventions/fixture-language-groups/v1/'))).toEqual([]);
  });
});

describe('scripts', () => {
  const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];

  const sources = (html: string) => scripts(html).map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? `inline: ${m[2]}`);
  /** Every page's: GOV.UK's body class snippet and GOV.UK Frontend's bundled JavaScript (Base.astro). */
  const template = [`inline: ${SUPPORT_CLASS_SCRIPT}`, expect.stringMatching(/^\/_astro\/[^/]+\.js$/)];

  it("an entry page loads no script but the review-date check, the Add to plan controls' and the page template's", () => {
    expect(sources(page('/about/'))).toEqual(template);
    const [snippet, frontend] = template;
    const planControls = expect.stringMatching(/^\/_astro\/PlanControls[^/]*\.js$/);
    expect(sources(page('/interventions/fixture-memory-games/'))).toEqual(['/scripts/review-date.js', snippet, planControls, frontend]);
  });

  it("the search page loads its script from a same-origin file, never inline (but the template's snippet)", () => {
    const found = scripts(page('/search/')).filter((m) => m[2] !== SUPPORT_CLASS_SCRIPT);
    expect(found.length).toBeGreaterThan(1);
    for (const [, attrs, body] of found) {
      expect(attrs).toMatch(/src="\/_astro\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
  });

  it('area pages link to the search filtered on the area and on each component', () => {
    const html = page('/areas-of-development/executive-function/');
    expect(html).toContain('href="/search/?kind=interventions&amp;area=executive-function"');
    expect(html).toContain('1 intervention for executive function');
    expect(html).toContain('href="/search/?component=working-memory"');
    expect(html).toMatch(/id="working-memory"/);
  });
});
