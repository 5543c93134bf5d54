/** /data/library.json: every entry of every kind in one document. */
import type { APIRoute } from 'astro';
import { libraryDocument } from '../../domain/open-data.ts';
import { getLibrary } from '../../lib/library.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const document = libraryDocument({ entries: library.entries, asOf: library.asOf, site: site!.href, findings: library.findings });
  return new Response(JSON.stringify(document, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
