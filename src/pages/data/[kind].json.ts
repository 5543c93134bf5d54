/** /data/<kind>.json: every entry of one kind, current version, under the Open Government Licence. */
import type { APIRoute } from 'astro';
import { kindDocument } from '../../domain/open-data.ts';
import { KIND_IDS, type KindId } from '../../domain/vocabulary.ts';
import { getLibrary } from '../../lib/library.ts';

export const getStaticPaths = () => KIND_IDS.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const document = kindDocument(params.kind as KindId, {
    entries: library.entries,
    asOf: library.asOf,
    site: site!.href,
    findings: library.findings,
  });
  return new Response(JSON.stringify(document, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
