/**
 * Links: every internal link and #fragment on every page of the fixture and library builds resolves
 * to a built file and to exactly one element id; a component's address lands on its row on the
 * area's page; every bibliography entry is cited or reported unused; external links are listed
 * (never fetched).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkBuiltLinks, formatSourceReport, sourceUsage, urlsInHtml } from '../../src/built-site/links.ts';
import { readContent } from '../../src/content-check/read-content.ts';
import { COMPONENTS } from '../../src/domain/vocabulary.ts';
import { componentUrl } from '../../src/domain/routes.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../helpers/fixture.ts';
import { fileOf, pagesToCheck } from '../helpers/sitemap.ts';
import { GATED_BUILDS } from '../helpers/gated-builds.ts';

describe.each(GATED_BUILDS)('internal links on the $name build', ({ dist }) => {
  const result = checkBuiltLinks(dist, pagesToCheck(dist));

  it('every internal link and fragment resolves, to one element', () => {
    expect(result.checked).toBeGreaterThan(500);
    expect(result.broken, `\n${result.broken.join('\n')}`).toEqual([]);
  });

  it('lists external links without fetching them', () => {
    expect([...result.external.keys()]).toContain('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    for (const url of result.external.keys()) expect(url).toMatch(/^https?:\/\//);
  });

  it("sends a component's address to its row on the area's page, the only element with its id", () => {
    for (const component of COMPONENTS) {
      const url = new URL(componentUrl(component.id), 'http://site');
      const html = readFileSync(fileOf(url.pathname, dist), 'utf8');
      const id = url.hash.slice(1);
      const elements = [...html.matchAll(new RegExp(`<[a-z0-9]+[^>]*\\sid="${id}"[^>]*>`, 'g'))].map((m) => m[0]);
      expect(elements, componentUrl(component.id)).toEqual([expect.stringMatching(/class="[^"]*\bgovuk-summary-list__row\b/)]);
    }
  });
});

describe('the link gate', () => {
  it('fails on a missing page, a missing or repeated fragment and a script URL (the gate can fail)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'nis-links-'));
    try {
      mkdirSync(join(dist, 'a'));
      writeFileSync(join(dist, 'a', 'index.html'), '<h2 id="here">Here</h2><h3 id="twice">Twice</h3><div id="twice">Row</div>');
      writeFileSync(
        join(dist, 'index.html'),
        '<a href="/a/#here">ok</a><a href="/a/#gone">bad fragment</a><a href="/a/#twice">two targets</a><a href="/missing/">bad page</a><a href="#top">bad local</a><a href="javascript:void(0)">js</a><a href="https://example.org/">ext</a>',
      );
      const probe = checkBuiltLinks(dist, ['/']);
      expect(probe.broken).toEqual([
        '/ -> /a/#gone: no element with id "gone" on /a/',
        '/ -> /a/#twice: 2 elements with id "twice" on /a/',
        '/ -> /missing/: no built file /missing/index.html',
        '/ -> #top: no element with id "top" on /',
        '/ -> javascript:void(0): only http(s), mailto and tel links may leave the site',
      ]);
      expect([...probe.external.keys()]).toEqual(['https://example.org/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('reads href, src and action but not text inside scripts', () => {
    expect(
      urlsInHtml(
        '<link href="/a.css"><script src="/b.js">var x = "<a href=\'/no\'>";</script><form action="/search/"></form><img src="/c.svg" alt="">',
      ),
    ).toEqual(['/a.css', '/b.js', '/search/', '/c.svg']);
  });
});

describe('bibliography usage', () => {
  it('every fixture source is cited, and an uncited one is reported', () => {
    const read = readContent(FIXTURE_CONTENT);
    const usage = sourceUsage(read.records, read.sources);
    expect(usage.unused).toEqual([]);
    const withExtra = {
      ...read.sources,
      'never-cited-2020': { type: 'website', authors: 'Nobody', year: 2020, title: 'A source nobody cites', url: 'https://example.org/' },
    } as typeof read.sources;
    const report = formatSourceReport(sourceUsage(read.records, withExtra), withExtra);
    expect(report).toContain('1 unused');
    expect(report).toContain('never-cited-2020: A source nobody cites');
  });

  it('npm run links prints the report for a content folder', () => {
    const run = spawnSync(process.execPath, [resolve('scripts/report-links.ts'), FIXTURE_CONTENT], {
      encoding: 'utf8',
      env: { ...process.env, NIS_OUT_DIR: FIXTURE_DIST },
    });
    expect(run.stdout).toMatch(/Bibliography: \d+ sources, \d+ cited, 0 unused\./);
    expect(run.stdout).toMatch(/Content: \d+ external links \(listed, not fetched\)/);
    expect(run.stdout).toMatch(/\d+ internal links checked, 0 broken/);
    expect(run.status).toBe(0);
  });
});
