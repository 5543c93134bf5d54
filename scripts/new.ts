/** npm run new -- <kind> <slug>: scaffold a draft (a new entry, or the next version of one). */
import { AuthoringError, scaffoldDraft } from '../src/content-check/authoring.ts';
import { contentDir } from '../src/lib/paths.ts';

const [kind, slug] = process.argv.slice(2);
try {
  if (!kind || !slug) throw new AuthoringError('usage: npm run new -- <kind> <slug>, for example npm run new -- interventions neli');
  const file = scaffoldDraft(contentDir(), kind, slug);
  console.log(`Created the draft ${file}. Replace every TODO, then run npm run check and npm run publish -- ${kind}/${slug}.`);
} catch (error) {
  if (!(error instanceof AuthoringError)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exit(1);
}
