/** /data/<kind>.csv: the same records as /data/<kind>.json, one row each, lists joined with "; ". */
import type { APIRoute } from 'astro';
import { kindCsv } from '../../domain/open-data.ts';
import { KIND_IDS, type KindId } from '../../domain/vocabulary.ts';
import { getLibrary } from '../../lib/library.ts';

export const getStaticPaths = () => KIND_IDS.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const csv = kindCsv(params.kind as KindId, {
    entries: library.entries,
    asOf: library.asOf,
    site: site!.href,
    findings: library.findings,
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
