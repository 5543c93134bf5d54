/**
 * npm run new -- <kind> <slug> [--review <review-slug>]
 *   Scaffold a draft: a new entry, or the next version of one. --review names the review record
 *   that produced the version.
 */
import { AuthoringError, scaffoldDraft } from '../src/content-check/authoring.ts';
import { contentDir } from '../src/lib/paths.ts';

const USAGE = 'usage: npm run new -- <kind> <slug> [--review <review-slug>], for example npm run new -- interventions neli';
const args = process.argv.slice(2);
try {
  const reviewAt = args.indexOf('--review');
  const review = reviewAt >= 0 ? args[reviewAt + 1] : undefined;
  if (reviewAt >= 0 && (!review || review.startsWith('--')))
    throw new AuthoringError('--review needs the slug of the review that produced the version, for example --review neli-2026');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--review');
  if (unknown) throw new AuthoringError(`unknown option ${unknown}; ${USAGE}`);
  const [kind, slug, ...extra] = args.filter((a, i) => !a.startsWith('--') && (reviewAt < 0 || i !== reviewAt + 1));
  if (!kind || !slug || extra.length) throw new AuthoringError(USAGE);
  const file = scaffoldDraft(contentDir(), kind, slug, review ? { review } : {});
  console.log(
    `Created the draft ${file}. Replace every TODO (the comments say what each field allows), ` +
      `then run npm run check and npm run publish -- ${kind}/${slug}.`,
  );
} catch (error) {
  if (!(error instanceof AuthoringError)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exit(1);
}
