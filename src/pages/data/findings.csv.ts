/** /data/findings.csv: the same findings as /data/findings.json, one row each. */
import type { APIRoute } from 'astro';
import { findingsCsv } from '../../domain/open-data.ts';
import { getLibrary } from '../../lib/library.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  return new Response(findingsCsv({ findings: library.findings, asOf: library.asOf }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
