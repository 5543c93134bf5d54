/** /data/plan-facts.json: the facts the comparison and support plan pages show, one record per provision entry. */
import type { APIRoute } from 'astro';
import { planFactsDocument } from '../../domain/plan-facts.ts';
import { getLibrary, type SiteEntry } from '../../lib/library.ts';
import { evidenceOf } from '../../lib/evidence.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const document = planFactsDocument(
    library.entries,
    (e) => (e as SiteEntry).current.entry.body ?? '',
    library.sources,
    library.asOf,
    (e) => evidenceOf((e as SiteEntry).current),
  );
  // Compact: the pages fetch it, people read the open data files instead.
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } });
};
