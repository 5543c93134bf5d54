/** /data/schema/library.json: JSON Schema (draft 2020-12) of /data/library.json. */
import type { APIRoute } from 'astro';
import { libraryJsonSchema } from '../../../domain/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(libraryJsonSchema(site!.href), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
