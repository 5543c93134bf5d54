/**
 * Links: every internal link and #fragment on every built page resolves to a built file and an
 * element id; every bibliography entry is cited or reported unused; external links are listed
 * (never fetched).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkBuiltLinks, formatSourceReport, sourceUsage, urlsInHtml } from '../../src/built-site/links.ts';
import { readContent } from '../../src/content-check/read-content.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../helpers/fixture.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

describe('internal links on the built site', () => {
  const result = checkBuiltLinks(FIXTURE_DIST, pagesToCheck());

  it('every internal link and fragment resolves', () => {
    expect(result.checked).toBeGreaterThan(500);
    expect(result.broken, `\n${result.broken.join('\n')}`).toEqual([]);
  });

  it('lists external links without fetching them', () => {
    expect([...result.external.keys()]).toContain('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    for (const url of result.external.keys()) expect(url).toMatch(/^https?:\/\//);
  });

  it('fails on a missing page, a missing fragment and a script URL (the gate can fail)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'nis-links-'));
    try {
      mkdirSync(join(dist, 'a'));
      writeFileSync(join(dist, 'a', 'index.html'), '<h2 id="here">Here</h2>');
      writeFileSync(
        join(dist, 'index.html'),
        '<a href="/a/#here">ok</a><a href="/a/#gone">bad fragment</a><a href="/missing/">bad page</a><a href="#top">bad local</a><a href="javascript:void(0)">js</a><a href="https://example.org/">ext</a>',
      );
      const probe = checkBuiltLinks(dist, ['/']);
      expect(probe.broken).toEqual([
        '/ -> /a/#gone: no element with id "gone" on /a/',
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
