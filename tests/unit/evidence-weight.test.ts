import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { EVIDENCE_BUDGET_GZIP_BYTES, evidenceAddedGzip, withoutEvidence } from '../../src/domain/evidence-weight.ts';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const page = (middle: string) => `<html><body><h1>Title</h1>${middle}<section><h2>Sources</h2></section></body></html>`;

describe('the weight of the evidence section', () => {
  it('cuts the section out with the sections nested in it, and nothing else', () => {
    const section = '<section class="app-evidence"><p>a</p><section class="app-evidence__indirect"><p>b</p></section><p>c</p></section>';
    expect(withoutEvidence(page(section))).toBe(page(''));
  });
  it('is 0 on a page without one', () => {
    expect(evidenceAddedGzip(page('<p>x</p>'), gzip)).toBe(0);
  });
  it('is the gzip bytes the section adds', () => {
    const section = `<section class="app-evidence">${'<p>finding 0.26 (0.10 to 0.40)</p>'.repeat(3)}</section>`;
    const added = evidenceAddedGzip(page(section), gzip);
    expect(added).toBe(gzip(page(section)) - gzip(page('')));
    expect(added).toBeGreaterThan(0);
    expect(EVIDENCE_BUDGET_GZIP_BYTES).toBe(6144);
  });
});
