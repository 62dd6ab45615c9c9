// The directory a visitor sees is one shared copy per filter set and data version (lib/profiles/shared-pages.ts).
// Our server (scripts/serve.ts) asks the app which copy a request should get, before Next sees it, and passes the
// answer in two headers that a rewrite in next.config.mjs (shared-directory-rewrite.mjs) turns into the copy's path.
// Done here rather than in proxy.ts: Next's proxy machinery cost the directory about 0.4 ms a request, half the cost
// of a static page. No server code here: the app registers the answering function at start-up (instrumentation.ts)
// on globalThis, which our server and Next's bundles share.
import { SHARED_KEY_HEADER, SHARED_VERSION_HEADER } from './shared-directory-rewrite.mjs';

export type SharedDirectoryRoute = (search: string, cookieHeader: string | undefined) => Promise<SharedCopy | null>;
export type SharedCopy = { version: string; key: string };

const hook = globalThis as unknown as { bbSharedDirectoryRoute?: SharedDirectoryRoute };

/** Called by the app once it has started. */
export function registerSharedDirectoryRoute(route: SharedDirectoryRoute) {
  hook.bbSharedDirectoryRoute = route;
}

type Request = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/**
 * Sets the shared copy's headers on a GET of /profiles, after clearing any a client sent. Without an answer (the app
 * not started yet, a signed-in browser, a search, the version unreadable) the page is rendered for the request.
 */
export async function routeSharedDirectory(req: Request): Promise<void> {
  delete req.headers[SHARED_VERSION_HEADER];
  delete req.headers[SHARED_KEY_HEADER];
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const search = query === -1 ? '' : url.slice(query + 1);
  if (req.method !== 'GET' || path !== '/profiles' || !hook.bbSharedDirectoryRoute) return;
  const cookie = typeof req.headers.cookie === 'string' ? req.headers.cookie : undefined;
  const copy = await hook.bbSharedDirectoryRoute(search, cookie);
  if (!copy) return;
  req.headers[SHARED_VERSION_HEADER] = copy.version;
  req.headers[SHARED_KEY_HEADER] = copy.key;
  // The copy stands for the filters (its key), not for how this visitor wrote them: Next is given the bare path, so
  // the copy never carries one visitor's query. `_rsc` stays: Next checks it on the browser's own navigations.
  const rsc = new URLSearchParams(search).get('_rsc');
  req.url = rsc === null ? path : `${path}?_rsc=${encodeURIComponent(rsc)}`;
}
