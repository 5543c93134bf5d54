/** /data/findings.json: every study finding, each with its stable id "<source-key>/<id>" (issue 15). */
import type { APIRoute } from 'astro';
import { findingsDocument } from '../../domain/open-data.ts';
import { getLibrary } from '../../lib/library.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const document = findingsDocument({ findings: library.findings, asOf: library.asOf });
  return new Response(JSON.stringify(document, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
