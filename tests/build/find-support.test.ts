/** Find support, At a glance and the browse pages in the built fixture site: what the pages say, without JavaScript. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENTS, PHASES } from '../../src/domain/vocabulary.ts';
import { PAGES, findSupportUrl, layerUrl, phaseUrl, kindUrl } from '../../src/domain/routes.ts';
import { searchUrl } from '../../src/search/search-state.ts';
import { FIXTURE_DIST, page, textOf } from '../helpers/fixture.ts';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
/** The text of the section with the given data-find-section, up to the next section. */
const section = (html: string, id: string) => textOf(html.split(`data-find-section="${id}"`)[1]!.split('</section>')[0]!);

describe('find support', () => {
  it('is linked from the home page and the header of every page', () => {
    expect(hrefs(page('/'))).toContain(PAGES.findSupport);
    expect(page('/methodology/')).toMatch(/<nav aria-label="Menu"[\s\S]*href="\/find-support\/"[\s\S]*<\/nav>/);
  });

  it('builds a result page for every component in every phase, and the start page links to each', () => {
    const start = hrefs(page(PAGES.findSupport));
    for (const component of COMPONENTS) {
      for (const phase of PHASES) {
        const url = findSupportUrl(component.id, phase.id);
        expect(existsSync(join(FIXTURE_DIST, url, 'index.html')), url).toBe(true);
        expect(start).toContain(url);
      }
    }
  });

  it("describes each component in plain words from its area's entry", () => {
    const text = textOf(page(PAGES.findSupport));
    expect(text).toContain('Working memory');
    expect(text).toContain('Sensory processing');
    // The fixture's sensory area describes its components in its own words.
    expect(textOf(page('/areas-of-development/sensory/'))).toContain(
      textOf(page(PAGES.findSupport)).match(/Sensory processing (.{20})/)![1]!,
    );
  });

  it('lists support by layer, universal first, with evidence labels, who delivers it and how long it takes', () => {
    const html = page(findSupportUrl('language', 'early-years'));
    const order = ['universal', 'targeted', 'targeted-plus', 'tools'].map((id) => html.indexOf(`data-find-section="${id}"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(html.indexOf('id="graduated-approach"'));
    const targeted = section(html, 'targeted');
    expect(targeted).toContain('Fixture language groups');
    expect(targeted).toContain('Who delivers it A trained teaching assistant');
    expect(targeted).toMatch(/How long and how often \S/);
    expect(targeted).toContain('Strength of evidence: Strong evidence');
    expect(targeted).toMatch(/Cost: /);
    expect(section(html, 'tools')).toContain('Fixture language screen');
    expect(section(html, 'universal')).toContain('The library has no universal strategy for this yet.');
    expect(html).not.toContain('data-no-provision');
  });

  it('says when a combination has nothing and points to the area, neighbouring phases and the SENCO', () => {
    const html = page(findSupportUrl('language', 'primary'));
    const text = textOf(html);
    expect(html).toContain('data-no-provision');
    expect(text).toContain('The library has nothing yet for language in primary.');
    const help = html.split('data-nearest-help')[1]!;
    expect(hrefs(help)).toEqual(
      expect.arrayContaining([
        '/areas-of-development/speech-language-communication/#language',
        findSupportUrl('language', 'early-years'),
        searchUrl({ component: ['language'], phase: ['primary'] }),
      ]),
    );
    expect(textOf(help)).toContain('SENCO');
    // Nowhere to send a reader in another phase: no phase link in the help.
    expect(
      hrefs(page(findSupportUrl('speech', 'primary')).split('data-nearest-help')[1]!).filter((h) => h.startsWith('/find-support/')),
    ).toEqual([]);
  });
});

describe('at a glance on entry pages', () => {
  it('answers the first questions before the body, and lists the full details after it', () => {
    const html = page('/interventions/fixture-language-groups/');
    const glance = html.indexOf('data-at-a-glance');
    const body = html.indexOf('class="app-entry-body"');
    expect(glance).toBeGreaterThan(html.indexOf('<h1'));
    expect(glance).toBeLessThan(body);
    const text = textOf(html.slice(glance, body));
    for (const label of [
      'Layer of support',
      'Who delivers it',
      'How long and how often',
      'Cost',
      'Strength of evidence',
      'Size of effect',
      'Phases',
    ]) {
      expect(text).toContain(label);
    }
    expect(html.indexOf('id="details-heading"')).toBeGreaterThan(body);
  });

  it('shows one sample banner: the phase banner does not repeat it on entry pages, and still says it elsewhere', () => {
    const entry = textOf(page('/strategies/fixture-visual-timetables/'));
    expect(entry.split('sample content pending review').length - 1).toBe(1);
    expect(textOf(page('/methodology/'))).toContain('Its content is sample content pending review by the expert panel.');
  });
});

describe('browse pages', () => {
  it('list each entry once and link to the matching filtered search', () => {
    for (const [path, filters] of [
      [layerUrl('targeted'), { layer: ['targeted'] }],
      [phaseUrl('early-years'), { phase: ['early-years'] }],
      [kindUrl('strategies'), { kind: ['strategies'] }],
    ] as [string, Parameters<typeof searchUrl>[0]][]) {
      const html = page(path);
      const titles = [...html.matchAll(/class="app-entry-list__title"><a class="govuk-link" href="([^"]+)"/g)].map((m) => m[1]);
      expect(titles.length, path).toBeGreaterThan(0);
      expect(new Set(titles).size, path).toBe(titles.length);
      expect(hrefs(html), path).toContain(searchUrl(filters));
    }
    // Visual timetables addresses two areas: listed once, with both named.
    const strategies = page(kindUrl('strategies'));
    expect(strategies.split('href="/strategies/fixture-visual-timetables/"').length - 1).toBe(1);
    expect(textOf(strategies)).toContain('Areas: Executive function, Speech, language and communication');
    expect(hrefs(strategies)).toContain(searchUrl({ kind: ['strategies'], area: ['executive-function'] }));
  });
});
