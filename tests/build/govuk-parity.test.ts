/**
 * GOV.UK components that only the built pages hold (the page template's skip link, service
 * navigation, phase banner and footer; the search page's form and pagination; tables, tags and
 * buttons wherever they are), compared structure-wise with the installed govuk-frontend's
 * fixtures.json examples (tests/helpers/govuk-parity.ts says what counts). Differences we keep on
 * purpose are listed with their reason: a new difference, or one that goes away, fails the test.
 * Our Astro components are compared in tests/components/govuk-parity.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST, page } from '../helpers/fixture.ts';
import { fileOf, pagesToCheck } from '../helpers/sitemap.ts';
import { differences, fixtureHtml, markupHtml, one, parseHtml, parsePage, select, type El, type Options } from '../helpers/govuk-parity.ts';
import { paginationItems } from '../../src/search/pagination.ts';
import { paginationMarkup } from '../../src/search/pagination-markup.ts';
import { SUPPORT_CLASS_SCRIPT } from '../../src/domain/csp.ts';

const GOVUK = join(import.meta.dirname, '../../node_modules/govuk-frontend/dist/govuk');
const built = (path: string) => parsePage(page(path));
const example = (component: string, name: string, selector?: string): El => {
  const roots = parseHtml(fixtureHtml(component, name));
  return selector ? one(roots, selector, `${component} "${name}"`) : roots[0]!;
};

/** Differences we keep, each with why; a test expects exactly these. */
type Kept = Record<string, string>;
function expectOnly(found: string[], kept: Kept = {}): void {
  expect(found, `\n${found.join('\n')}`).toEqual(Object.keys(kept));
}

const home = built('/');

describe('the page template (Base.astro) matches GOV.UK Frontend', () => {
  it("runs the template's body class snippet, verbatim, as the first thing in <body>", () => {
    const template = readFileSync(join(GOVUK, 'template.njk'), 'utf8');
    const snippet = /<body[^>]*>\s*<script[^>]*>([^<]+)<\/script>/.exec(template)?.[1];
    expect(snippet).toBe(SUPPORT_CLASS_SCRIPT);
    const body = one(home, 'body');
    expect(body.children[0]).toMatchObject({ tag: 'script', text: SUPPORT_CLASS_SCRIPT, attrs: {} });
  });

  it('skip link', () => {
    expectOnly(differences(one(home, 'a.govuk-skip-link'), example('skip-link', 'default')));
  });

  it('service navigation: the section, with the header search in the inline end slot', () => {
    const options: Options = {
      slots: ['.govuk-service-navigation__container'],
      slotted: [{ ours: 'form.app-header-search', template: (el) => el.text.trim() === '[end]' }],
    };
    expectOnly(
      differences(one(home, 'section.govuk-service-navigation'), example('service-navigation', 'with `inline` end slot'), options),
    );
  });

  // Pages in the second section (as in the examples: where the current item is in the list is the caller's).
  it('service navigation: service name and navigation, aria-current="true" for the section a page is in', () => {
    const ours = one(built('/layers/universal/'), '.govuk-service-navigation__container');
    const template = example('service-navigation', 'with service name and navigation', '.govuk-service-navigation__container');
    expectOnly(differences(ours, template));
  });

  it('service navigation: aria-current="page" for the link to the page itself', () => {
    const ours = one(built('/layers/'), 'nav.govuk-service-navigation__wrapper');
    const template = example('service-navigation', 'with navigation with a current item', 'nav');
    expectOnly(differences(ours, template));
  });

  it('header search: the input and the secondary button', () => {
    const search = one(home, 'form.app-header-search');
    expectOnly(differences(one([search], 'input'), example('input', 'default', 'input')));
    expectOnly(differences(one([search], 'button'), example('button', 'secondary'), { optionClasses: ['govuk-button--secondary'] }));
  });

  it('phase banner, in the header after the service navigation', () => {
    expectOnly(
      differences(one(home, 'header .govuk-phase-banner'), example('phase-banner', 'default'), { slots: ['.govuk-phase-banner__text'] }),
    );
  });

  it("footer, inside the template's <footer>", () => {
    const ours = one(home, 'footer.govuk-template__footer div.govuk-footer');
    expectOnly(differences(ours, example('footer', 'with meta links and meta content'), { slots: ['.govuk-footer__meta-custom'] }), {
      'div.govuk-footer > div.govuk-width-container: missing svg.govuk-footer__crown':
        'The crown is for GOV.UK and government departments publishing on it; this site is not on GOV.UK (the same reason it uses system fonts, not GDS Transport).',
      'div.govuk-footer > div.govuk-width-container > div.govuk-footer__meta: missing div.govuk-footer__meta-item':
        'The second meta item is the "© Crown copyright" link, a claim for the publisher to make; the content is sample content pending review.',
    });
  });
});

describe('entry and area pages match GOV.UK Frontend', () => {
  it('the earlier-version notification banner', () => {
    const ours = one(built('/interventions/fixture-language-groups/v1/'), '[data-old-version]');
    expectOnly(differences(ours, example('notification-banner', 'custom title'), { slots: ['.govuk-notification-banner__content'] }));
  });

  it("an area's components: summary list rows with one action each, with visually hidden text", () => {
    const rows = select(built('/areas-of-development/sensory/'), '[aria-labelledby="components-heading"] .govuk-summary-list__row');
    expect(rows.length).toBeGreaterThan(1);
    const template = select(parseHtml(fixtureHtml('summary-list', 'with actions')), '.govuk-summary-list__row')[1]!;
    for (const row of rows) expectOnly(differences(row, template, { slots: ['.govuk-summary-list__value'], optionHiddenText: true }));
  });
});

describe('the declined register matches GOV.UK Frontend', () => {
  it('a summary card per declined recommendation, its title a link', () => {
    const cards = select(built('/reviews/declined/'), 'div.govuk-summary-card');
    expect(cards.length).toBeGreaterThan(0);
    const template = example('summary-list', 'as a summary card with a text header');
    const options = { slots: ['.govuk-summary-card__title', '.govuk-summary-list__value'] };
    for (const card of cards) expectOnly(differences(card, template, options));
  });
});

describe('the search page matches GOV.UK Frontend', () => {
  const search = built('/search/');

  it("the query box: a text input in the template's input wrapper", () => {
    const ours = one(search, 'form.app-search .govuk-form-group');
    const template = example('input', 'with customised input wrapper');
    expectOnly(
      differences(ours, template, { without: ['.govuk-input__prefix', '.govuk-input__suffix'], optionClasses: ['govuk-label--m'] }),
      {
        'div.govuk-form-group > div.govuk-input__wrapper: button.govuk-button is not in the template':
          'The Search button sits in the wrapper, beside the box, where a prefix or suffix would: the template has no search box with its button.',
      },
    );
  });

  it('the facets: small checkboxes in a fieldset inside a form group, the long one inside details', () => {
    const facets = select(search, '.app-search__facet');
    expect(facets.length).toBeGreaterThan(3);
    const options: Options = { slots: ['legend', '.govuk-checkboxes__label'], optionClasses: ['govuk-fieldset__legend--s'] };
    for (const facet of facets) expectOnly(differences(facet, example('checkboxes', 'small'), options));
    const details = one(search, 'details.govuk-details');
    expectOnly(differences(details, example('details', 'default'), { slots: ['.govuk-details__summary-text', '.govuk-details__text'] }));
  });

  it('the sort order: a select', () => {
    expectOnly(differences(one(search, '.app-search__sort'), example('select', 'default')));
  });

  describe('pagination, as the page script fills in its <nav> (src/search/pagination-markup.ts)', () => {
    const nav = one(search, 'nav.govuk-pagination');
    /** The nav as the script leaves it: its children the markup, shown. */
    const filled = (current: number, pages: number): El => {
      const { hidden: _, ...attrs } = nav.attrs;
      const children = parseHtml(
        paginationMarkup(paginationItems(current, pages, (p) => `/search/?page=${p}`))
          .map(markupHtml)
          .join(''),
      );
      return { ...nav, attrs, children };
    };

    it.each([
      [10, 40, 'with many pages'],
      [1, 3, 'first page'],
      [3, 3, 'last page'],
      [2, 3, 'with custom navigation landmark'],
    ])('page %i of %i, against "%s"', (current, pages, name) => {
      expectOnly(differences(filled(current, pages), example('pagination', name)));
    });

    it('is hidden until there is more than one page', () => {
      expect(nav.attrs).toHaveProperty('hidden');
      expect(paginationMarkup(paginationItems(1, 1, String))).toEqual([]);
    });
  });
});

describe('everywhere in the built site', () => {
  const pages = pagesToCheck().filter((p) => p.endsWith('/') || p.endsWith('.html'));
  const all = pages.map((path) => ({ path, roots: parsePage(readFileSync(fileOf(path), 'utf8')) }));
  const each = (selector: string, check: (el: El) => string[]) =>
    all.flatMap(({ path, roots }) => select(roots, selector).flatMap((el) => check(el).map((d) => `${path}: ${d}`)));

  it('every tag', () => {
    const tag = example('tag', 'default');
    const options: Options = { optionClasses: [...TAG_COLOURS, 'govuk-phase-banner__content__tag'] };
    expectOnly(each('strong.govuk-tag', (el) => differences(el, tag, options)));
  });

  it('every button', () => {
    const button = example('button', 'default');
    expectOnly(
      each('button.govuk-button', (el) => differences(el, button, { optionClasses: ['govuk-button--secondary'] })),
      {
        '/search/: button.govuk-button: type="button" where the template has type="submit"':
          'the search page\'s "Copy link" button runs a script and submits nothing',
        '/search/: button.govuk-button: hidden is not in the template': 'the "Copy link" button stays hidden until the script can copy',
      },
    );
  });

  it('every table: head, body, caption when there is one, a header cell first in each row when the table has them', () => {
    const options = (table: El): Options => ({
      slots: ['.govuk-table__header', '.govuk-table__cell', '.govuk-table__caption'],
      without: select([table], 'caption').length ? [] : ['caption'],
      optionClasses: ['govuk-table__caption--m', 'govuk-table__header--numeric', 'govuk-table__cell--numeric'],
    });
    const found = each('table.govuk-table', (table) => {
      const firstCellIsHeader = select([table], 'tbody tr')[0]?.children[0]?.tag === 'th';
      const template = example('table', firstCellIsHeader ? 'with head and caption' : 'with head');
      return differences(table, template, options(table));
    });
    expectOnly(found);
  });

  it('uses only GOV.UK Frontend classes that 6.6 has (no govuk-tag--blue, no govuk-table__caption--s)', () => {
    // Class names our scripts write into pages (the search results, pagination, the review-date check).
    const scripts = ['src/search/search-page.ts', 'public/scripts/review-date.js'].map((f) =>
      readFileSync(f, 'utf8').replace(/^import .*$/gm, ''),
    );
    const pagination = markupHtml({ tag: 'nav', attrs: {}, children: paginationMarkup(paginationItems(5, 9, String)) });
    const used = new Set<string>();
    for (const text of [...pages.map((p) => readFileSync(fileOf(p), 'utf8')), ...scripts, pagination]) {
      for (const m of text.matchAll(/\bgovuk-[a-z0-9_-]*[a-z0-9]/g)) used.add(m[0]);
    }
    expect(used.size).toBeGreaterThan(80);
    expect(unknownClasses(used)).toEqual([]);
  });

  it('finds a class 6.6 does not have, and one whose styles the site leaves out (the check can fail)', () => {
    expect(
      unknownClasses(new Set(['govuk-tag--blue', 'govuk-table__caption--s', 'govuk-accordion', 'govuk-table__head', 'govuk-tag'])),
    ).toEqual(['govuk-tag--blue', 'govuk-table__caption--s', 'govuk-accordion']);
  });
});

/** Tag colours in govuk-frontend 6.6 (the tag's `classes` option); the class check above proves each exists. */
const TAG_COLOURS = ['grey', 'green', 'teal', 'turquoise', 'purple', 'red', 'orange', 'yellow', 'magenta'].map((c) => `govuk-tag--${c}`);

const styles = (css: string) => (name: string) => new RegExp(`\\.${name}(?![\\w-])`).test(css);
/** Every class the templates write: some are hooks for scripts or services (govuk-table__row) that no CSS styles. */
const templateText = () =>
  [join(GOVUK, 'template.njk'), ...readdirSync(join(GOVUK, 'components')).map((c) => join(GOVUK, 'components', c, 'template.njk'))]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

/**
 * Classes of `used` that govuk-frontend does not have, or whose styles the site's CSS leaves out: a
 * class counts when the built CSS styles it, or when a template writes it and the whole library's
 * CSS does not style it either (a hook such as govuk-table__row).
 */
function unknownClasses(used: Set<string>): string[] {
  const inBuiltCss = styles(builtCss());
  const inLibraryCss = styles(readFileSync(join(GOVUK, 'govuk-frontend.min.css'), 'utf8'));
  const templates = templateText();
  const inTemplates = (name: string) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(templates);
  return [...used].filter((c) => !inBuiltCss(c) && (inLibraryCss(c) || !inTemplates(c)));
}

/** The built site's stylesheets, together. */
function builtCss(): string {
  const dir = join(FIXTURE_DIST, '_astro');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}
