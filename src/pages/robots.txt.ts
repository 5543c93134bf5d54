/** /robots.txt: crawl everything, and find the pages in the sitemap index (an absolute URL, so built here from `site`). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../domain/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!.href), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
