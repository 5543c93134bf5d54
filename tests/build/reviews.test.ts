/** The review dashboard, its filter pages, the declined register, the feed and `npm run reviews`, on the fixture (as of 22 November 2026). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT, FIXTURE_DIST, page, textOf } from '../helpers/fixture.ts';

const OVERDUE = 'strategies/fixture-now-and-next-boards';
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr class="govuk-table__row" data-entry="([^"]+)" data-status="([^"]+)">/g)].map((m) => ({
    key: m[1]!,
    status: m[2]!,
  }));

describe('the review dashboard /reviews/', () => {
  const html = page('/reviews/');

  it('lists every entry in a table, overdue first, with last reviewed and due dates', () => {
    const rows = rowsOf(html);
    expect(rows.length).toBeGreaterThanOrEqual(11);
    expect(rows[0]).toEqual({ key: OVERDUE, status: 'overdue' });
    expect(rows.filter((r) => r.status === 'overdue')).toHaveLength(1);
    expect(rows.some((r) => r.key.startsWith('reviews/'))).toBe(false);
    expect(html).toContain('<table class="govuk-table app-review-table"');
    expect(textOf(html)).toMatch(/Fixture now-and-next boards Universal strategy Review overdue 2 September 2024 2 September 2026/);
  });

  it('shows the clock reset by the out-of-cycle review', () => {
    expect(textOf(html)).toMatch(/Fixture language groups Intervention Current 15 May 2026 15 May 2028/);
  });

  it('links to static filter pages by status and kind, and to the declined register', () => {
    for (const href of [
      '/reviews/status/overdue/',
      '/reviews/status/due-soon/',
      '/reviews/status/current/',
      '/reviews/status/under-review/',
      '/reviews/kind/interventions/',
      '/reviews/kind/strategies/',
      '/reviews/declined/',
    ]) {
      expect(html).toContain(`href="${href}"`);
      expect(existsSync(join(FIXTURE_DIST, href, 'index.html')), href).toBe(true);
    }
  });

  it('lists the review records', () => {
    expect(html).toContain('href="/reviews/fixture-review/"');
    expect(textOf(html)).toMatch(/Out-of-cycle review\. Completed on 15 May 2026\. Covered 1 entry\./);
  });
});

describe('dashboard filter pages', () => {
  it('/reviews/status/overdue/ shows only overdue entries', () => {
    const html = page('/reviews/status/overdue/');
    expect(rowsOf(html)).toEqual([{ key: OVERDUE, status: 'overdue' }]);
    expect(html).toContain('aria-current="page"');
  });
  it('/reviews/status/current/ shows only current entries', () => {
    const rows = rowsOf(page('/reviews/status/current/'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'current')).toBe(true);
  });
  it('/reviews/kind/interventions/ shows only interventions', () => {
    const rows = rowsOf(page('/reviews/kind/interventions/'));
    expect(rows.map((r) => r.key)).toContain('interventions/fixture-language-groups');
    expect(rows.every((r) => r.key.startsWith('interventions/'))).toBe(true);
  });
  it('says when a filter has no entries', () => {
    expect(textOf(page('/reviews/status/due-soon/'))).toContain('There are no entries here.');
  });
});

describe('the register of declined recommendations', () => {
  it('lists each declined recommendation with the explanation and a link to the record', () => {
    const html = page('/reviews/declined/');
    const text = textOf(html);
    expect(text).toContain('Fund the programme for every school.');
    expect(text).toContain('Funding is outside the scope of the standards.');
    expect(text).not.toContain('Raise the strength rating.'); // accepted, so not in the register
    expect(html).toContain('href="/reviews/fixture-review/#recommendation-r2"');
    expect(page('/reviews/fixture-review/')).toContain('id="recommendation-r2"');
  });
});

describe('the review record page', () => {
  it('shows type, trigger, entries and versions covered, panel, findings and responses', () => {
    const text = textOf(page('/reviews/fixture-review/'));
    for (const part of [
      'Out-of-cycle review',
      'A new scale-up evaluation was published.',
      'Fixture language groups (version 1)',
      'Speech and language therapist',
      'The newer evaluation supports a stronger rating.',
      'Declined',
      'Funding is outside the scope of the standards.',
    ]) {
      expect(text).toContain(part);
    }
  });
});

describe('entry pages', () => {
  it('show last reviewed, next due and status as of the build date', () => {
    const html = page(`/${OVERDUE}/`);
    expect(html).toContain('data-next-review="2026-09-02"');
    expect(textOf(html)).toMatch(
      /First published, not yet reviewed 2 September 2024 Next review due 2 September 2026 Review status Review overdue/,
    );
  });
});

describe('the Atom feed /feed.xml', () => {
  const xml = page('/feed.xml');
  it('is an Atom feed with id, title, updated and a self link', () => {
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toMatch(/<feed[^>]*>\s*<id>https?:\/\/[^<]+\/<\/id>\s*<title>[^<]+<\/title>\s*<updated>2026-06-01T00:00:00Z<\/updated>/);
    expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="[^"]+\/feed.xml"\/>/);
  });
  it('lists new versions and reviews, newest first', () => {
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(updated.length).toBeGreaterThanOrEqual(12);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(xml).toMatch(/<entry>\s*<id>[^<]+\/interventions\/fixture-language-groups\/v2\/<\/id>/);
    expect(xml).toContain('/reviews/fixture-review/v1/');
  });
  it('is linked from every page', () => {
    expect(page('/')).toContain('<link rel="alternate" type="application/atom+xml"');
  });
});

describe('npm run reviews', () => {
  const run = (asOf: string) =>
    spawnSync(process.execPath, ['scripts/reviews.ts'], {
      env: { ...process.env, NIS_CONTENT_DIR: FIXTURE_CONTENT, NIS_AS_OF: asOf },
      encoding: 'utf8',
    });

  it('prints the status table, overdue first, and exits 1 when something is overdue', () => {
    const result = run('2026-11-22');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Review status as of 22 November 2026');
    const firstRow = lines.find((l) => l.includes('(') && l.includes('/'))!;
    expect(firstRow).toMatch(
      /^Review overdue\s+2 September 2026\s+2 September 2024\s+Universal strategy\s+Fixture now-and-next boards \(strategies\/fixture-now-and-next-boards\)$/,
    );
    expect(result.stderr).toContain('1 entry is overdue for review.');
  });

  it('exits 0 when nothing is overdue', () => {
    const result = run('2026-07-01');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Review overdue: 0, Review due soon: 1/);
  });

  it('refuses a bad NIS_AS_OF', () => {
    const result = run('2026-02-30');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('NIS_AS_OF: found "2026-02-30"');
  });
});
