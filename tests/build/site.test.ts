/** The fixture site, built with the real Astro build: what its pages contain. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS, LAYERS, PHASES } from '../../src/domain/vocabulary.ts';
import { FIXTURE_DIST, page, textOf } from '../helpers/fixture.ts';
import { SUPPORT_CLASS_SCRIPT } from '../../src/domain/csp.ts';

describe('built fixture site', () => {
  it('has the GOV.UK page contract on every page: body class snippet, skip link, header, main, footer, no other inline script', () => {
    const snippet = `<script>${SUPPORT_CLASS_SCRIPT}</script>`;
    for (const path of ['/', '/areas-of-development/sensory/', '/interventions/fixture-language-groups/', '/methodology/']) {
      const html = page(path);
      expect(html).toContain('<html lang="en" class="govuk-template">');
      // The template's snippet first thing in <body>, so the body class is there before first paint.
      expect(html).toContain(`<body class="govuk-template__body">${snippet}<a href="#main-content"`);
      expect(html).toContain('<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>');
      expect(html).toContain('class="govuk-service-navigation"');
      expect(html).toMatch(/<main class="govuk-main-wrapper[^"]*" id="main-content"/);
      expect(html).toContain('<footer class="govuk-template__footer"><div class="govuk-footer">');
      expect(html.replace(snippet, '')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/(href|src)="https?:\/\/(?!www\.nationalarchives\.gov\.uk)[^"]*\.(css|js|woff2?)"/);
    }
  });

  it('lists all five areas with their components on the home and areas pages', () => {
    const home = textOf(page('/'));
    const areas = textOf(page('/areas-of-development/'));
    for (const area of AREAS) {
      expect(home).toContain(area.label);
      for (const component of area.components) {
        expect(areas).toContain(component.label);
        expect(home.toLowerCase()).toContain(component.label.toLowerCase());
      }
    }
  });

  it('renders an area page with its components, then its entries grouped by layer', () => {
    const html = page('/areas-of-development/speech-language-communication/');
    const text = textOf(html);
    expect(html).toMatch(/<h1 class="govuk-heading-xl">Speech, language and communication<\/h1>/);
    expect(html).toContain('id="language"');
    for (const layer of LAYERS) expect(text).toContain(layer.label);
    const targeted = text.slice(text.indexOf('Targeted Support in the setting'));
    expect(targeted).toContain('Fixture language groups');
  });

  it('renders an entry page with its metadata, separate ratings with sources, body and references', () => {
    const html = page('/interventions/fixture-language-groups/');
    const text = textOf(html);
    expect(html).toContain('class="govuk-summary-list"');
    expect(text).toContain('Layer of support Targeted');
    expect(text).toContain('Delivered by A trained teaching assistant');
    expect(html).toContain('data-rating="strength:strong"');
    expect(html).toContain('data-rating="impact:moderate"');
    expect(html).toContain('data-rating="cost:low"');
    expect(text).toContain("+4 months' additional progress");
    expect(html).toContain('id="source-eef-neli-2020"');
    expect(text).toContain('Version two text about language groups');
    expect(html).toMatch(/<h2[^>]*class="govuk-heading-l"[^>]*>What it is<\/h2>/);
  });

  it('renders inline citations and registered components from MDX', () => {
    const html = page('/strategies/fixture-visual-timetables/');
    expect(html).toMatch(/\(<a class="govuk-link" href="#source-eef-send-2020">Education Endowment Foundation, 2020<\/a>\)/);
    expect(html).toContain('<div class="govuk-inset-text">');
    expect(html).toContain('<a href="/interventions/fixture-language-groups/" class="govuk-link">');
  });

  it('labels sample content on every page that shows it', () => {
    for (const path of [
      '/strategies/fixture-visual-timetables/',
      '/packages/fixture-package/',
      '/reviews/fixture-review/',
      '/areas-of-development/sensory/',
      '/about/',
    ]) {
      expect(textOf(page(path))).toContain('This is sample content pending review by the expert panel.');
    }
  });

  it('shows review dates worked out against the build date', () => {
    const text = textOf(page('/interventions/fixture-language-groups/'));
    expect(text).toContain('Evidence last reviewed 15 May 2026');
    expect(text).toContain('Next review due 15 May 2028');
    expect(textOf(page('/'))).toContain('Built on 22 November 2026');
  });

  it('builds a page for every layer and phase, listing their entries', () => {
    for (const layer of LAYERS) expect(existsSync(join(FIXTURE_DIST, 'layers', layer.id, 'index.html'))).toBe(true);
    for (const phase of PHASES) expect(existsSync(join(FIXTURE_DIST, 'phases', phase.id, 'index.html'))).toBe(true);
    expect(textOf(page('/layers/specialist/'))).toContain('Illustrative example: fixture package');
    expect(textOf(page('/phases/early-years/'))).toContain('Fixture language screen');
  });

  it('explains the rating scales on the methodology page from the vocabulary', () => {
    const text = textOf(page('/methodology/'));
    for (const label of ['Strong evidence', 'Practice-based', 'Evidence not yet reviewed', 'Moderate impact', 'Very low cost'])
      expect(text).toContain(label);
  });
});
