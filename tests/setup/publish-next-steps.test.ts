import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { LEDGER_FILE, publishNextSteps } from '../../scripts/lib/publish-next-steps.ts';

describe('what npm run publish says after publishing', () => {
  it('names the version, then the commit (with the ledger), push, build and deploy', () => {
    expect(publishNextSteps('content/interventions/neli/2.mdx', '2026-12-02')).toBe(
      [
        'Published content/interventions/neli/2.mdx on 2026-12-02.',
        '',
        'Readers see nothing yet. Next:',
        '  1. git add content/interventions/neli/2.mdx content/versions.lock.json',
        '  2. git commit -m "Publish content/interventions/neli/2.mdx"   (always commit the ledger with the version)',
        '  3. git push, then build and deploy: see "After you publish" in docs/editors-guide.md',
      ].join('\n'),
    );
  });

  it('points at files and a guide section that exist', () => {
    expect(existsSync(LEDGER_FILE)).toBe(true);
    expect(existsSync('docs/editors-guide.md')).toBe(true);
  });
});
