/**
 * No link is glued to the word before or after it on any page of the fixture or library build
 * ("under theOpen Government Licence", "Read version 1or read version 2"): the cases that may
 * touch a link are listed, with reasons, in src/built-site/link-spacing.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gluedLinks } from '../../src/built-site/link-spacing.ts';
import { GATED_BUILDS } from '../helpers/gated-builds.ts';
import { fileOf, pagesToCheck } from '../helpers/sitemap.ts';

describe.each(GATED_BUILDS)('link spacing on the $name build', ({ dist }) => {
  it('no page has a link glued to the text around it', () => {
    const pages = pagesToCheck(dist);
    expect(pages.length).toBeGreaterThan(20);
    const found = pages.flatMap((path) => gluedLinks(readFileSync(fileOf(path, dist), 'utf8')).map((g) => `${path}: ${g}`));
    expect(found, `\n${found.join('\n')}`).toEqual([]);
  });
});

describe('the link spacing gate', () => {
  const link = '<a class="govuk-link" href="/x/">';

  it('finds a link glued to a word, a digit or punctuation before it, or to a word after it', () => {
    const cases = [
      `<p>available under the${link}Open Government Licence</a>, except</p>`,
      `<p>published 1 March 2026.${link}Read the current version</a>.</p>`,
      `<p>${link}Read version 1</a>or ${link}read version 2</a>.</p>`,
      `<td>${link}JSON</a>,${link}CSV</a></td>`,
      `<p>See <strong>this</strong>${link}link</a>.</p>`,
      `<h3>${link}Version 2</a><strong class="govuk-tag">Current</strong></h3>`,
      `<li>${link}One</a>${link}two</a></li>`,
      `<li>${link}Phases</a>(4)</li>`,
    ];
    for (const html of cases) expect(gluedLinks(html), html).toHaveLength(1);
  });

  it('passes spaced links, links at the start or end of an element, and the listed punctuation', () => {
    const cases = [
      `<p>under the ${link}Open Government Licence</a>, except where otherwise stated.</p>`,
      `<li>${link}Phases</a> (4)</li>`,
      `<p>(${link}see the register</a>)</p>`,
      `<p>“${link}quoted</a>”</p>`,
      `<p>${link}Ofsted</a>’s framework; ${link}this</a>: that${'&nbsp;'}${link}one</a>!</p>`,
      `<p>${link}JSON</a>/${link}CSV</a></p>`,
      `<nav><ul><li>${link}Home</a></li><li>${link}About</a></li></ul></nav>`,
      `<p>Text<script type="module">document.body.innerHTML = 'x<a href="/">y</a>z';</script></p>`,
    ];
    for (const html of cases) expect(gluedLinks(html), html).toEqual([]);
  });
});
