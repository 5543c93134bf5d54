/** /data/schema/<kind>.json: JSON Schema (draft 2020-12) of /data/<kind>.json, generated from the content schemas. */
import type { APIRoute } from 'astro';
import { kindJsonSchema } from '../../../domain/open-data.ts';
import { KIND_IDS, type KindId } from '../../../domain/vocabulary.ts';

export const getStaticPaths = () => KIND_IDS.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(kindJsonSchema(params.kind as KindId, site!.href), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
