/** Versions on findings (issue 15) written into a copy of the fixture content, to test the checks that join them. */
import { hashVersion } from '../../src/content-check/read-content.ts';
import { hashFinding, findingsFileSchema } from '../../src/domain/findings.ts';
import jsYaml from 'js-yaml';
import type { TempContent } from './temp-content.ts';

export const NELI_FINDINGS = 'findings/eef-neli-2020.yaml';
export const FINDINGS_VERSION = 'interventions/fixture-language-groups/3.mdx';

export interface FindingsRatings {
  strength?: string;
  impact?: string;
  indirect?: string;
  verdict?: string;
}

/** Version 3 of the fixture intervention, its ratings on findings; legacy ratings where none is given. */
export function findingsVersionText(r: FindingsRatings, status: 'draft' | 'published' = 'draft'): string {
  return `---
title: Fixture language groups
summary: Small-group oral language sessions, rated from findings.
status: ${status}${status === 'published' ? '\npublished: 2026-11-01' : ''}
changes:
  summary: Ratings computed from findings.
  conclusionsChanged: false
  ratingsChanged: true
areas: [speech-language-communication]
components: [language]
phases: [early-years]
layer: targeted
delivery: [small-group, one-to-one]
deliveredBy: A trained teaching assistant
duration: 20 weeks
ratings:
  strength: ${r.strength ?? '{ value: strong, sources: [eef-neli-2020] }'}
  impact: ${r.impact ?? '{ value: moderate, months: 4, sources: [eef-neli-2020] }'}
  cost: { value: low, sources: [eef-neli-2020] }
${r.indirect ? `  indirect: ${r.indirect}\n` : ''}${r.verdict ? `${r.verdict}\n` : ''}---

## What it is

Small-group oral language sessions.
`;
}

export const findingsDraft = (c: TempContent, r: FindingsRatings) => c.write(FINDINGS_VERSION, findingsVersionText(r));

/** Version 3 on the NELI finding, published and recorded in the ledger with its finding, as npm run publish would. */
export function publishFindingsVersion(c: TempContent): void {
  const text = findingsVersionText(
    {
      strength: '{ value: moderate, findings: [eef-neli-2020/language] }',
      impact: '{ value: moderate, findings: [eef-neli-2020/language] }',
    },
    'published',
  );
  c.write(FINDINGS_VERSION, text);
  const ledger = JSON.parse(c.read('versions.lock.json'));
  ledger.versions[FINDINGS_VERSION.replace(/\.mdx$/, '')] = hashVersion(text);
  const [finding] = findingsFileSchema.parse(jsYaml.load(c.read(NELI_FINDINGS)));
  ledger.findings = { 'eef-neli-2020/language': hashFinding(finding!) };
  c.write('versions.lock.json', JSON.stringify(ledger));
}
