/**
 * The words the site prints: dates in GOV.UK style, citations and references, labels looked up in
 * the vocabulary, page titles, counts, the content check's report, and the security policy.
 */
import { describe, expect, it } from 'vitest';
import { citedKeys, formatDate, fullReference, inlineCitation, shortAuthors, sourceHref } from '../../src/domain/format.ts';
import {
  areaLabel,
  componentLabel,
  countOf,
  deliveryLabel,
  kindLabel,
  layerLabel,
  offerLabel,
  pageTitle,
  phaseLabel,
  ratingInfo,
  SITE_NAME,
  statusInfo,
} from '../../src/domain/labels.ts';
import { ContentError, formatProblem, formatReport, type Problem } from '../../src/domain/problems.ts';
import { CSP_HEADER, CSP_META } from '../../src/domain/csp.ts';
import type { Source, VersionData } from '../../src/domain/schemas.ts';

const source = (fields: Partial<Source>): Source =>
  ({ type: 'guidance', authors: 'Education Endowment Foundation', year: 2020, title: 'A report', ...fields }) as Source;

describe('dates', () => {
  it('are written day, month name and year, with no leading zero', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    months.forEach((month, i) =>
      expect(formatDate(`2026-${String(i + 1).padStart(2, '0')}-0${(i % 9) + 1}`)).toBe(`${(i % 9) + 1} ${month} 2026`),
    );
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
  });
});

describe('citations and references', () => {
  it('name one author, two, or the first and others, by surname', () => {
    expect(shortAuthors(source({ authors: 'Education Endowment Foundation' }))).toBe('Education Endowment Foundation');
    expect(shortAuthors(source({ authors: ['Fricke, S.'] }))).toBe('Fricke');
    expect(shortAuthors(source({ authors: ['Fricke, S.', ' Bowyer-Crane, C.'] }))).toBe('Fricke and Bowyer-Crane');
    expect(shortAuthors(source({ authors: ['Fricke, S.', 'Bowyer-Crane, C.', 'Haley, A.'] }))).toBe('Fricke and others');
    expect(inlineCitation(source({ authors: ['Fricke, S.', 'Haley, A.'], year: 2013 }))).toBe('Fricke and Haley, 2013');
  });

  it('write the full reference with every part there is', () => {
    expect(fullReference(source({ authors: ['Fricke, S.', 'Haley, A.'], year: 2013, title: 'Efficacy', publisher: 'JCPP' }))).toBe(
      'Fricke, S., Haley, A. (2013). Efficacy. JCPP.',
    );
    expect(fullReference(source({}))).toBe('Education Endowment Foundation (2020). A report.');
  });

  it('link a source by its DOI when it has one, else by its URL', () => {
    expect(sourceHref(source({ doi: '10.1111/jcpp.13331', url: 'https://example.org/' }))).toBe('https://doi.org/10.1111/jcpp.13331');
    expect(sourceHref(source({ url: 'https://example.org/' }))).toBe('https://example.org/');
  });

  it('collect every key a version cites, once each: its sources, its ratings and its body', () => {
    const rated = {
      kind: 'strategies',
      sources: ['a', 'b'],
      ratings: {
        strength: { value: 'strong', sources: ['b', 'c'] },
        impact: { value: 'small', sources: ['d'] },
        cost: { value: 'low', sources: [] },
      },
    } as unknown as VersionData;
    expect(citedKeys(rated, 'Text <Cite source="e" /> and <Cite   source="g" /> and <Cite source="f-2020-x" />')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'g',
      'f-2020-x',
    ]);
    expect(citedKeys({ sources: ['a'] } as unknown as VersionData, undefined)).toEqual(['a']);
    expect(citedKeys({ sources: [] } as unknown as VersionData, '<Cite source="Bad Key" /><Citesource="x" />')).toEqual([]);
  });
});

describe('labels', () => {
  it('come from the vocabulary', () => {
    expect(areaLabel('speech-language-communication')).toBe('Speech, language and communication');
    expect(componentLabel('planning-and-organisation')).toBe('Planning, sequencing and organisation');
    expect(layerLabel('targeted-plus')).toBe('Targeted Plus');
    expect(phaseLabel('post-16')).toBe('Post-16');
    expect(deliveryLabel('one-to-one')).toBe('One to one');
    expect(offerLabel('inclusive-environments')).toBe('Accessible, inclusive environments');
    expect(kindLabel('interventions')).toBe('Intervention');
    expect(kindLabel('areas-of-development', 'plural')).toBe('Areas of development');
    expect(statusInfo('overdue')).toEqual({ id: 'overdue', label: 'Review overdue', tag: 'govuk-tag--red' });
  });

  it('name a rating with its scale', () => {
    expect(ratingInfo('strength', 'moderate')).toMatchObject({
      scale: 'Strength of evidence',
      id: 'moderate',
      label: 'Moderate evidence',
      rank: 3,
      rated: true,
    });
    expect(ratingInfo('impact', 'moderate')).toMatchObject({ scale: 'Size of effect', label: 'Moderate impact' });
    expect(ratingInfo('cost', 'moderate')).toMatchObject({ scale: 'Cost', label: 'Moderate cost' });
  });

  it('title every page after the service, and the home page by the service alone', () => {
    expect(SITE_NAME).toBe('National Inclusion Standards');
    expect(pageTitle('Interventions')).toBe('Interventions - National Inclusion Standards');
    expect(pageTitle('National Inclusion Standards')).toBe('National Inclusion Standards');
  });

  it('count in the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'intervention')).toBe('1 intervention');
    expect(countOf(0, 'intervention')).toBe('0 interventions');
    expect(countOf(14, 'intervention')).toBe('14 interventions');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
  });
});

describe('the content check report', () => {
  const problems: Problem[] = [
    { code: 'schema', file: 'content/b.mdx', message: 'is wrong' },
    { code: 'schema', file: 'content/a.mdx', line: 12, field: 'title', message: 'found "x"', fix: 'npm run fix' },
    { code: 'unknown-source', file: 'content/a.mdx', line: 3, message: 'z comes last on its line' },
    { code: 'schema', file: 'content/a.mdx', line: 3, message: 'a comes first on its line' },
    { code: 'missing-entry', file: 'content/a.mdx', message: 'has no line' },
  ];

  it('prints where, the field, the message and the fix', () => {
    expect(formatProblem(problems[1]!)).toBe('content/a.mdx:12 title: found "x" [schema]\n    fix: npm run fix');
    expect(formatProblem(problems[0]!)).toBe('content/b.mdx is wrong [schema]');
  });

  it('sorts by file, then line, then message, and counts the problems', () => {
    expect(formatReport(problems)).toBe(
      [
        'content/a.mdx has no line [missing-entry]',
        'content/a.mdx:3 a comes first on its line [schema]',
        'content/a.mdx:3 z comes last on its line [unknown-source]',
        'content/a.mdx:12 title: found "x" [schema]\n    fix: npm run fix',
        'content/b.mdx is wrong [schema]',
        '',
        '5 problems in the content',
      ].join('\n'),
    );
    expect(problems[0]!.file).toBe('content/b.mdx');
    expect(formatReport([problems[0]!])).toBe('content/b.mdx is wrong [schema]\n\n1 problem in the content');
    expect(formatReport([])).toBe('\n0 problems in the content');
  });

  it('is what the build throws, with the problems attached', () => {
    const error = new ContentError([problems[0]!]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([problems[0]]);
    expect(error.message).toBe(
      'The content has problems, so the site was not built.\n\ncontent/b.mdx is wrong [schema]\n\n1 problem in the content\n\nRun `npm run check` to see this report without building.',
    );
  });
});

describe('the Content Security Policy', () => {
  it('allows only the site itself, and WebAssembly for search; the header also forbids framing', () => {
    expect(CSP_META).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });
});
