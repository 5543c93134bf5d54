/** /data/schema/findings.json: JSON Schema (draft 2020-12) of /data/findings.json, generated from the findings schema. */
import type { APIRoute } from 'astro';
import { findingsJsonSchema } from '../../../domain/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(findingsJsonSchema(site!.href), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
