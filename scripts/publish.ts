/**
 * npm run publish -- <kind>/<slug> [--date YYYY-MM-DD]
 *   Publish the entry's draft as its next version and record it in the ledger.
 * npm run publish -- --record-existing
 *   Record published versions that are not in the ledger yet (imported content).
 */
import { AuthoringError, publishDraft, recordExisting } from '../src/content-check/authoring.ts';
import { asOfDate } from '../src/domain/review-cycle.ts';
import { contentDir } from '../src/lib/paths.ts';
import { publishNextSteps } from './lib/publish-next-steps.ts';

const args = process.argv.slice(2);
try {
  if (args[0] === '--record-existing') {
    const added = recordExisting(contentDir());
    console.log(
      added.length
        ? `Recorded ${added.length} published version(s) in the ledger:\n${added.join('\n')}`
        : 'The ledger already records every published version.',
    );
  } else {
    const target = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--date');
    const dateIndex = args.indexOf('--date');
    if (!target) throw new AuthoringError('usage: npm run publish -- <kind>/<slug> [--date YYYY-MM-DD]');
    if (dateIndex >= 0 && !/^\d{4}-\d{2}-\d{2}$/.test(args[dateIndex + 1] ?? ''))
      throw new AuthoringError('--date needs a date written YYYY-MM-DD, for example --date 2026-11-22');
    const date = dateIndex >= 0 ? asOfDate({ NIS_AS_OF: args[dateIndex + 1] }) : asOfDate(process.env);
    console.log(publishNextSteps(publishDraft(contentDir(), target, date), date));
  }
} catch (error) {
  if (!(error instanceof AuthoringError)) throw error;
  console.error(`npm run publish: ${error.message}`);
  process.exit(1);
}
