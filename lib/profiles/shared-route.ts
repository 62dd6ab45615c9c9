import 'server-only';
import { SESSION_COOKIE } from '@/lib/auth/options';
import type { SharedCopy } from '@/lib/request/shared-copy-route';
import { directoryVersion, profileRoute } from './queries';
import { profileSlugOf, sharedDirectoryKey } from './shared-pages';

/**
 * The shared copy for a GET of /profiles or /profiles/<slug>, or null when the request must go to the page itself:
 * someone signed in (best match, saved marks), a search or deep page, a profile that is not listed (proxy.ts answers
 * its 410 or 451), or the versions unreadable. Our server asks it before Next sees the request
 * (lib/request/shared-copy-route.ts).
 */
export async function sharedCopyOf(
  path: string,
  search: string,
  cookieHeader: string | undefined,
): Promise<SharedCopy | null> {
  if (cookieHeader?.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_COOKIE}=`))) return null;
  if (path === '/profiles') {
    const key = sharedDirectoryKey(new URLSearchParams(search));
    const version = key ? await directoryVersion() : null;
    return key && version ? { version, key } : null;
  }
  const slug = profileSlugOf(path);
  if (!slug) return null;
  const { availability, version } = await profileRoute(slug);
  return availability === 'listed' && version ? { version, key: slug } : null;
}
