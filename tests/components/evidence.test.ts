/**
 * The evidence section (issue 15) rendered with Astro's Container API from typed evidence
 * (tests/helpers/evidence-fixtures.ts): what a reader sees, and what it adds to a page's weight.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Evidence from '../../src/components/Evidence.astro';
import EntryList from '../../src/components/EntryList.astro';
import ReviewSections from '../../src/components/ReviewSections.astro';
import { STRENGTH_RULE_ROWS } from '../../src/domain/evidence-rating.ts';
import RatingRule from '../../src/components/RatingRule.astro';
import { NOT_REPORTED, type EntryEvidence } from '../../src/domain/evidence-types.ts';
import { EVIDENCE_BUDGET_GZIP_BYTES, evidenceAddedGzip } from '../../src/domain/evidence-weight.ts';
import { entryEvidence, finding } from '../helpers/evidence-fixtures.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const sources = {
  'test-trial': {
    type: 'trial',
    authors: ['Smith, A', 'Jones, B', 'Khan, C'],
    year: 2023,
    title: 'A trial',
    url: 'https://example.org/trial',
  },
  'second-trial': { type: 'trial', authors: 'EEF', year: 2020, title: 'Another trial' },
  'toolkit-strand': { type: 'toolkit', authors: 'EEF', year: 2021, title: 'A strand' },
};

async function render(evidence: EntryEvidence, extra: Record<string, unknown> = {}): Promise<string> {
  const factory = Evidence as Parameters<AstroContainer['renderToString']>[0];
  return container.renderToString(factory, { props: { evidence, sources, ...extra } });
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('the evidence section', () => {
  it('shows the verdict, the ratings, the findings table and a forest plot with its text alternative', async () => {
    const html = await render(entryEvidence());
    expect(html).toContain('data-verdict="recommended"');
    expect(text(html)).toContain('Verdict Recommended');
    expect(text(html)).toContain("+4 months' additional progress");
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="forest-direct-title"/);
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--s">Findings for this programme</caption>');
    // Cited as readers see it, linked to the reference list.
    expect(html).toMatch(/<a class="govuk-link" href="#source-test-trial">\s*Smith and others, 2023\s*<\/a>/);
    expect(text(html)).toContain('Not plotted, because the source reports no effect size: EEF, 2020 (Early reading)');
    expect(text(html)).toContain('All 3 findings are from the UK');
    expect(html).not.toContain('This programme has not itself been evaluated');
  });

  it('shows the computed label and the reason where the panel moved it', async () => {
    const html = await render(
      entryEvidence({
        strength: {
          computed: 'strong',
          shown: 'moderate',
          adjustment: { direction: 'down', reason: 'indirectness', because: 'The trials were outside England.' },
          reasons: [],
        },
      }),
    );
    expect(html).toContain('data-rating="strength:moderate"');
    expect(text(html)).toContain('The rule gives Strong evidence; the panel moved it down one step for indirectness');
    expect(text(html)).toContain('The trials were outside England.');
  });

  it('never headlines evidence for the wider family, and says when the programme itself was not evaluated', async () => {
    const strand = finding({
      source: 'toolkit-strand',
      id: 'strand',
      evaluated: 'wider-family',
      pooled: true,
      design: 'meta-analysis',
      studies: 40,
    });
    const html = await render(
      entryEvidence({
        directlyEvaluated: false,
        strength: { computed: 'practice-based', shown: 'practice-based', reasons: [] },
        impact: { computed: 'unknown', shown: 'unknown', reasons: [], months: NOT_REPORTED, monthsBasis: 'none' },
        findings: [],
        indirect: {
          about: 'small-group language work',
          findings: [strand],
          strength: { computed: 'moderate', shown: 'moderate', reasons: [] },
          impact: { computed: 'large', shown: 'large', reasons: [], months: 6, monthsBasis: 'reported' },
        },
        verdict: { id: 'not-yet-evaluated', label: 'Not yet evaluated', useInstead: [] },
      }),
    );
    expect(text(html)).toContain('This programme has not itself been evaluated.');
    expect(text(html)).toContain('Evidence for small-group language work in general');
    expect(html).toContain('data-rating="strength:practice-based"');
    expect(html).toContain('data-rating="impact:unknown"');
    expect(html).not.toContain('data-rating="impact:large"');
    expect(html).toContain('aria-labelledby="forest-indirect-title"');
    expect(html).not.toContain('forest-direct');
  });

  it('pairs strong evidence of no effect with "Not recommended" and what to use instead', async () => {
    const html = await render(
      entryEvidence({
        impact: { computed: 'none', shown: 'none', reasons: [], months: 0, monthsBasis: 'reported' },
        verdict: { id: 'not-recommended', label: 'Not recommended', useInstead: ['strategies/reducing-working-memory-load'] },
      }),
      { titleOf: () => 'Reducing working memory load' },
    );
    expect(html).toMatch(/govuk-tag--red" data-verdict="not-recommended"/);
    expect(html).toMatch(/<a class="govuk-link" href="\/strategies\/reducing-working-memory-load\/">\s*Reducing working memory load/);
  });

  it('adds at most 6 KiB gzip to a page, with a dozen findings and wider-family evidence', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      finding({
        source: i % 2 ? 'test-trial' : 'second-trial',
        id: `o${i}`,
        outcome: `Outcome ${i % 4}`,
        effect: { smd: 0.05 * i, ci: [0.05 * i - 0.2, 0.05 * i + 0.2] },
      }),
    );
    const base = entryEvidence();
    const html = await render({
      ...base,
      findings: many,
      indirect: {
        about: 'language work',
        findings: many.slice(0, 4).map((f) => ({ ...f, pooled: true })),
        strength: base.strength,
        impact: base.impact,
      },
    });
    const page = `<!doctype html><html><body><main><h1>Entry</h1>${html}</main></body></html>`;
    const added = evidenceAddedGzip(page, (t) => gzipSync(t, { level: 9 }).length);
    expect(added).toBeGreaterThan(1000);
    expect(added).toBeLessThanOrEqual(EVIDENCE_BUDGET_GZIP_BYTES);
  });
});

describe('lists of entries', () => {
  const entry = {
    key: 'interventions/wm',
    kind: 'interventions',
    slug: 'wm',
    url: '/interventions/wm/',
    layers: ['targeted'],
    current: {
      data: {
        kind: 'interventions',
        status: 'published',
        title: 'Working memory training',
        summary: 'A summary.',
        ratings: { strength: { value: 'strong', sources: [] }, impact: { value: 'none', sources: [] } },
      },
    },
  };
  const renderList = (evidenceOf: () => EntryEvidence | undefined) =>
    container.renderToString(EntryList as Parameters<AstroContainer['renderToString']>[0], { props: { entries: [entry], evidenceOf } });

  it('show the verdict beside the strength of evidence', async () => {
    const evidence = entryEvidence({
      impact: { computed: 'none', shown: 'none', reasons: [], months: 0, monthsBasis: 'reported' },
      verdict: { id: 'not-recommended', label: 'Not recommended', useInstead: [] },
    });
    const html = await renderList(() => evidence);
    expect(text(html)).toContain('Not recommended Strong evidence');
    expect(html).toContain('govuk-tag--red');
  });

  it('never show a green "Strong evidence" for no measurable impact without that verdict', async () => {
    const html = await renderList(() => undefined);
    expect(html).toMatch(/govuk-tag--grey">\s*Strong evidence/);
    expect(html).not.toContain('govuk-tag--green');
  });
});

describe("a review's appraisal", () => {
  it('lists the studies considered with the decision and reason, and the entries whose ratings moved', async () => {
    const data = {
      kind: 'reviews',
      findings: [],
      recommendations: [],
      appraisal: [
        { source: 'test-trial', decision: 'included', reason: 'An independent trial in England.' },
        { source: 'unknown-key', decision: 'excluded', reason: 'No comparison group.' },
      ],
      ratingsMoved: ['interventions/neli'],
    };
    const html = await container.renderToString(ReviewSections as Parameters<AstroContainer['renderToString']>[0], {
      props: { entry: {}, version: { data }, sources, titleOf: () => 'NELI' },
    });
    expect(text(html)).toContain('Studies the panel considered');
    expect(text(html)).toContain('A trial (Smith and others, 2023) Included An independent trial in England.');
    expect(text(html)).toContain('unknown-key Excluded No comparison group.');
    expect(html).toMatch(/href="\/interventions\/neli\/">\s*NELI\s*<\/a>/);
  });
});

describe('the rule on the methodology page', () => {
  it('prints the rule from its code and works an example through the conversion table', async () => {
    const html = await container.renderToString(RatingRule as Parameters<AstroContainer['renderToString']>[0], {});
    expect(text(html)).toContain(`Strong evidence ${STRENGTH_RULE_ROWS[0]!.when}`);
    expect(text(html)).toContain('0.10 to 0.18 2');
    expect(text(html)).toContain('0.96 or more 12');
    expect(text(html)).toContain('A trial reports an effect size of 0.74 and no months of progress.');
    expect(text(html)).toContain('puts 0.74 in the row 0.70 to 0.78: 9 months of additional progress');
  });
});
