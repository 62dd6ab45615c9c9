import { env } from '@/lib/env';

/**
 * The address of one of the site's own pages as the rest of the world reaches it. Every address that leaves the
 * site (emails, the feed, the sitemap and robots.txt, canonical and Open Graph links) is built here from SITE_URL,
 * never from a request's Host header, which whoever sends the request chooses.
 */
export function absoluteUrl(path: string, siteUrl: string = env.siteUrl): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl needs a path from the site's root, not "${path}"`);
  return `${siteUrl.replace(/\/$/, '')}${path}`;
}
