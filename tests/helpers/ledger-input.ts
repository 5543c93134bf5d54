/** A version file as the ledger check sees it, for the ledger tests. */
import type { LedgerInput } from '../../src/domain/versions.ts';

export const LEDGER = 'content/versions.lock.json';

export const ledgerInput = (key: string, hash: string, status: LedgerInput['status'] = 'published'): LedgerInput => ({
  key,
  file: `content/${key}.mdx`,
  status,
  hash,
});
