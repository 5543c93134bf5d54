/** /feed.xml: an Atom feed of newly published versions and review records (src/domain/feed.ts). */
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/library.ts';
import { atomFeed, feedItems } from '../domain/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const siteUrl = (site ?? new URL('http://localhost/')).href;
  const body = atomFeed({ siteUrl, asOf: library.asOf, items: feedItems(library, siteUrl) });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
