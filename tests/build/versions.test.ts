/** Versions on the built fixture: current and earlier pages, the history page and its "what changed" view. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, cpSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT, FIXTURE_DIST, page, textOf } from '../helpers/fixture.ts';
import { buildSite } from '../helpers/build-site.ts';
import { DRAFT_LABEL } from '../../src/domain/labels.ts';

const ENTRY = '/interventions/fixture-language-groups/';

describe('earlier and current versions', () => {
  it('serves the current version at the stable URL without the earlier-version banner', () => {
    const html = page(ENTRY);
    expect(html).not.toContain('data-old-version');
    expect(textOf(html)).toContain('Version two text about language groups');
  });

  it('keeps version 1 at /v1/ with a banner linking to the current version', () => {
    const html = page(`${ENTRY}v1/`);
    expect(html).toContain('data-old-version');
    expect(textOf(html)).toContain('You are reading version 1, published 1 March 2026.');
    expect(html).toMatch(
      /<a class="govuk-notification-banner__link" href="\/interventions\/fixture-language-groups\/">Read the current version \(2\)<\/a>/,
    );
    expect(textOf(html)).toContain('Version one text about language groups');
  });

  it("points the current version's permanent URL at the stable URL until a later version is published", () => {
    const html = page(`${ENTRY}v2/`);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/interventions/fixture-language-groups/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/\S+\/interventions\/fixture-language-groups\/">/);
    expect(textOf(html)).toContain('Version 2 is the current version.');
    expect(html).toContain('<a class="govuk-link" href="/interventions/fixture-language-groups/">Read it at its usual address</a>');
    // The pointer is not a second copy of the page.
    expect(textOf(html)).not.toContain('Version two text about language groups');
    expect(page('/strategies/fixture-visual-timetables/v1/')).toContain(
      '<meta http-equiv="refresh" content="0; url=/strategies/fixture-visual-timetables/">',
    );
  });

  it('shows how to cite each version with its permanent URL', () => {
    expect(textOf(page(`${ENTRY}v1/`))).toMatch(
      /Fixture language groups \(version 1\)\. National Inclusion Standards, 1 March 2026\. https:\/\/\S+\/interventions\/fixture-language-groups\/v1\//,
    );
    expect(textOf(page(ENTRY))).toMatch(
      /Fixture language groups \(version 2\)\. National Inclusion Standards, 1 June 2026\. https:\/\/\S+\/interventions\/fixture-language-groups\/v2\//,
    );
  });

  it('links every entry to its history page, even with one version', () => {
    expect(page(ENTRY)).toContain('href="/interventions/fixture-language-groups/history/"');
    expect(page('/strategies/fixture-visual-timetables/')).toContain('href="/strategies/fixture-visual-timetables/history/"');
    expect(existsSync(join(FIXTURE_DIST, 'strategies/fixture-visual-timetables/history/index.html'))).toBe(true);
    expect(existsSync(join(FIXTURE_DIST, 'reviews/fixture-review/history/index.html'))).toBe(true);
  });
});

describe('the history page', () => {
  const html = page(`${ENTRY}history/`);
  const text = textOf(html);

  it('lists every version newest first, with dates, summaries and links', () => {
    expect(text.indexOf('Version 2')).toBeLessThan(text.indexOf('Version 1 '));
    expect(text).toContain('Published 1 June 2026.');
    expect(text).toContain('Published 1 March 2026.');
    expect(text).toContain('The impact rating was revised after the scale-up evaluation.');
    expect(html).toContain(`href="${ENTRY}v1/"`);
    expect(html).toContain(`href="${ENTRY}v2/"`);
    expect(html).toContain('href="/reviews/fixture-review/"'); // the review that produced version 2
  });

  it('marks conclusions and ratings changed with tags', () => {
    expect(html).toMatch(/<strong class="govuk-tag govuk-tag--red">Conclusions changed<\/strong>/);
    expect(html).toMatch(/<strong class="govuk-tag govuk-tag--yellow">Ratings changed<\/strong>/);
  });

  it('shows the metadata that changed, old and new, with labels', () => {
    const section = html.slice(html.indexOf('id="changes-v2"'));
    const rows = textOf(section);
    expect(rows).toMatch(/Duration removed: 20 weeks added: 20 weeks, three sessions a week/);
    expect(rows).toMatch(/Strength of evidence removed: Moderate evidence[^]*added: Strong evidence/);
    expect(rows).toMatch(/Size of effect removed: Moderate impact \(\+3 months\)[^]*added: Moderate impact \(\+4 months\)/);
    expect(rows).not.toMatch(/Phases removed/); // unchanged fields are not listed
  });

  it('shows the body as a word diff with ins/del and hidden words for screen readers', () => {
    expect(html).toMatch(/<del><span class="govuk-visually-hidden">\[removed: <\/span>one/);
    expect(html).toMatch(/<ins><span class="govuk-visually-hidden">\[added: <\/span>two/);
    expect(html).toMatch(/<ins><span class="govuk-visually-hidden">\[added: <\/span>, with a clearer delivery model/);
    // Readable without JavaScript: the page adds none to the page template's.
    expect(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).not.toMatch(/<script/);
  });

  it('says a single-version entry has no changes to show', () => {
    const single = textOf(page('/strategies/fixture-visual-timetables/history/'));
    expect(single).toContain('1 version.');
    expect(single).toContain('First version.');
    expect(single).not.toContain('What changed');
  });
});

describe('drafts', () => {
  it('are not built for production but appear with NIS_PREVIEW=1', { timeout: 180_000 }, () => {
    const content = mkdtempSync(join(tmpdir(), 'nis-drafts-'));
    const outProd = join(content, 'out-prod');
    const outPreview = join(content, 'out-preview');
    try {
      cpSync(FIXTURE_CONTENT, join(content, 'c'), { recursive: true });
      const v2 = readFileSync(join(FIXTURE_CONTENT, 'strategies/fixture-visual-timetables/1.mdx'), 'utf8')
        .replace('status: published', 'status: draft')
        .replace(/published: .*\n/, 'changes: { summary: Draft change., conclusionsChanged: false, ratingsChanged: false }\n')
        .replace('A visual timetable shows', 'A draft-only sentence shows');
      writeFileSync(join(content, 'c/strategies/fixture-visual-timetables/2.mdx'), v2);

      const prod = buildSite(join(content, 'c'), outProd);
      expect(prod.status, prod.output.slice(-2000)).toBe(0);
      expect(existsSync(join(outProd, 'strategies/fixture-visual-timetables/v2/index.html'))).toBe(false);
      expect(readFileSync(join(outProd, 'strategies/fixture-visual-timetables/index.html'), 'utf8')).not.toContain('draft-only sentence');

      const preview = buildSite(join(content, 'c'), outPreview, { NIS_PREVIEW: '1' });
      expect(preview.status, preview.output.slice(-2000)).toBe(0);
      const current = readFileSync(join(outPreview, 'strategies/fixture-visual-timetables/index.html'), 'utf8');
      expect(current).toContain('draft-only sentence');
      expect(current).toContain(DRAFT_LABEL);
      // Marked wherever it is listed too.
      expect(readFileSync(join(outPreview, 'strategies/index.html'), 'utf8')).toContain(DRAFT_LABEL);
      expect(readFileSync(join(outProd, 'strategies/index.html'), 'utf8')).not.toContain(DRAFT_LABEL);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
