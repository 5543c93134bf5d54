/**
 * In the built fixture: the first use of a glossary term on a page explains itself and later uses
 * do not; the glossary page lists every term at its anchor; the entry page shows "For families".
 */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/fixture.ts';
import { PAGES, glossaryTermUrl } from '../../src/domain/routes.ts';

const ENTRY = '/interventions/fixture-memory-games/';

describe('the glossary in the built site', () => {
  const html = page(ENTRY);
  const body = html.slice(html.indexOf('class="app-entry-body"'));

  it("marks a term's first use on the page, and not its later uses", () => {
    expect(body.match(/<abbr title="special educational needs co-ordinator">SENCO<\/abbr>/g)).toHaveLength(1);
    expect(body.indexOf('<abbr')).toBeLessThan(body.indexOf('the SENCO checks'));
    expect(
      body.match(new RegExp(`<a href="${glossaryTermUrl('working-memory')}" class="govuk-link">[Ww]orking memory</a>`, 'g')),
    ).toHaveLength(1);
    expect(body).toContain('that working memory games');
  });

  it('lists every term on the glossary page, each at its anchor, linked from every footer', () => {
    const glossary = page(PAGES.glossary);
    expect(glossary).toContain('<div class="govuk-summary-list__row" id="senco">');
    expect(glossary).toContain('<div class="govuk-summary-list__row" id="working-memory">');
    expect(glossary).toContain('special educational needs co-ordinator');
    expect(html).toMatch(/<a class="govuk-footer__link" href="\/glossary\/">Glossary<\/a>/);
  });

  it('shows the summary for families near the top of the entry page', () => {
    const families = html.indexOf('For families');
    expect(families).toBeGreaterThan(html.indexOf('<h1'));
    expect(families).toBeLessThan(html.indexOf('class="app-entry-body"'));
    expect(html).toContain('Your child plays short memory games in a small group.');
  });
});
