import { describe, expect, it } from 'vitest';
import { FILES } from '../../src/domain/routes.ts';
import { lastModified, robotsTxt, type DatedRecord } from '../../src/domain/sitemap.ts';

const site = 'https://x.example/';
const record = (id: string, published?: string, covers: string[] = []): DatedRecord => ({
  id,
  url: `${site}${id}/`,
  metadata: { ...(published ? { published } : {}), ...(covers.length ? { covers: covers.map((entry) => ({ entry })) } : {}) },
});

describe('sitemap lastmod', () => {
  it("dates an entry's page by its current version, or by a later review record that covers it", () => {
    const dates = lastModified([
      record('interventions/a', '2026-03-01'),
      record('interventions/b', '2026-08-01'),
      record('tools/c', '2026-02-01'),
      record('reviews/r', '2026-06-15', ['interventions/a', 'interventions/b', 'tools/gone']),
    ]);
    expect(Object.fromEntries(dates)).toEqual({
      [`${site}interventions/a/`]: '2026-06-15',
      [`${site}interventions/b/`]: '2026-08-01',
      [`${site}tools/c/`]: '2026-02-01',
      [`${site}reviews/r/`]: '2026-06-15',
    });
  });

  it('takes the latest of several reviews, whatever their order', () => {
    const dates = lastModified([
      record('reviews/late', '2026-09-01', ['tools/c']),
      record('tools/c', '2026-02-01'),
      record('reviews/early', '2026-04-01', ['tools/c']),
    ]);
    expect(dates.get(`${site}tools/c/`)).toBe('2026-09-01');
  });

  it('gives no date to a draft shown in a preview, nor takes one from a draft review', () => {
    const dates = lastModified([record('tools/c'), record('reviews/r', undefined, ['tools/c'])]);
    expect(dates.size).toBe(0);
  });
});

describe('robots.txt', () => {
  it('lets every page be crawled and names the sitemap index by its absolute URL', () => {
    expect(robotsTxt(site)).toBe(`User-agent: *\nAllow: /\n\nSitemap: https://x.example${FILES.sitemap}\n`);
    expect(FILES.sitemap).toBe('/sitemap-index.xml');
  });
});
