import 'server-only';
import { SESSION_COOKIE } from '@/lib/auth/options';
import type { SharedCopy } from '@/lib/request/shared-directory-route';
import { directoryVersion } from './queries';
import { sharedDirectoryKey } from './shared-pages';

/**
 * The shared directory copy for a GET of /profiles with `search`, or null when the page must be rendered for this
 * request: someone signed in (best match, saved marks), a search or deep page, or the versions unreadable. Our server
 * asks it before Next sees the request (lib/request/shared-directory-route.ts).
 */
export async function sharedDirectoryCopy(
  search: string,
  cookieHeader: string | undefined,
): Promise<SharedCopy | null> {
  if (cookieHeader?.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_COOKIE}=`))) return null;
  const key = sharedDirectoryKey(new URLSearchParams(search));
  if (!key) return null;
  const version = await directoryVersion();
  return version ? { version, key } : null;
}
