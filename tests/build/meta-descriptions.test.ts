/**
 * Every page that search engines may index, on the fixture and the library build, has a meta
 * description of a sensible length, and no two such pages share one except where listed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { asksNotToBeIndexed, builtPages, decodeEntities } from '../../src/built-site/pages.ts';
import { parseEntryPath } from '../../src/domain/routes.ts';
import { SUMMARY_MAX_LENGTH } from '../../src/domain/schemas.ts';
import { GATED_BUILDS, type GatedBuild } from '../helpers/gated-builds.ts';

/**
 * Shorter says too little for a search result; longer than an entry's longest summary (its
 * description) is a template fault. The fixture's entries have placeholder summaries, some shorter
 * (frozen by its ledger): there the entry pages only need one, and the templates' own descriptions
 * are held to the minimum on the library build, which has the same templates.
 */
const lengthFor = (build: GatedBuild) => ({ min: build.name === 'library' ? 50 : 1, max: SUMMARY_MAX_LENGTH });

/**
 * Pages that may share a description, and why: an entry's page and its earlier versions' pages,
 * because a version that kept its summary describes the same entry in the same words (the
 * earlier-version banner tells them apart).
 */
const MAY_SHARE: { reason: string; group: (path: string) => string | undefined }[] = [
  {
    reason: 'an entry and its earlier versions',
    group: (path) => {
      const entry = parseEntryPath(path);
      return entry && `${entry.kind}/${entry.slug}`;
    },
  },
];
const shareGroup = (path: string) => MAY_SHARE.map((m) => m.group(path)).find(Boolean) ?? path;

/** The meta description of a page, or undefined. */
export const descriptionOf = (html: string) => {
  const content = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  return content === undefined ? undefined : decodeEntities(content).trim();
};

describe.each(GATED_BUILDS)('meta descriptions on the $name build', (build) => {
  const LENGTH = lengthFor(build);
  const indexable = builtPages(build.dist).filter((p) => !asksNotToBeIndexed(p.file));
  const described = indexable.map((p) => ({ path: p.path, description: descriptionOf(readFileSync(p.file, 'utf8')) }));

  it(`every indexable page has one of ${LENGTH.min} to ${LENGTH.max} characters`, () => {
    expect(indexable.length).toBeGreaterThan(20);
    const wrong = described
      .filter(({ description: d }) => !d || d.length < LENGTH.min || d.length > LENGTH.max)
      .map(({ path, description: d }) => `${path}: ${d === undefined ? 'none' : `${d.length} characters: "${d}"`}`);
    expect(wrong, `\n${wrong.join('\n')}`).toEqual([]);
  });

  it('no two indexable pages share one (unless listed)', () => {
    const byText = new Map<string, string[]>();
    for (const { path, description } of described) if (description) byText.set(description, [...(byText.get(description) ?? []), path]);
    const shared = [...byText.entries()]
      .filter(([, paths]) => new Set(paths.map(shareGroup)).size > 1)
      .map(([text, paths]) => `${paths.join(', ')}: "${text}"`);
    expect(shared, `\n${shared.join('\n')}`).toEqual([]);
  });
});

describe('the meta description gate', () => {
  it('reads the description as a reader sees it, and only that tag', () => {
    expect(descriptionOf('<meta name="description" content="Reading &amp; writing &quot;support&quot;">')).toBe(
      'Reading & writing "support"',
    );
    expect(descriptionOf('<meta name="theme-color" content="#1d70b8">')).toBeUndefined();
  });

  it('lets an entry share with its own versions, and nothing else', () => {
    expect(shareGroup('/interventions/neli/')).toBe(shareGroup('/interventions/neli/v1/'));
    expect(shareGroup('/interventions/neli/')).not.toBe(shareGroup('/interventions/mentoring/'));
    expect(shareGroup('/layers/')).not.toBe(shareGroup('/phases/'));
  });
});
