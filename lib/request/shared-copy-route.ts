// A visitor who is not signed in sees the directory and the profile pages as everyone else does: one shared copy
// per page and data version (lib/profiles/shared-pages.ts). Our server (scripts/serve.ts) asks the app which copy a
// request should get before Next sees it, and names it in two headers that rewrites in next.config.mjs
// (shared-copy-rewrite.mjs) turn into the copy's path. Done here rather than in proxy.ts: Next's proxy machinery cost
// these pages about 0.4 ms a request, half of what a static page costs in all. No server code here: the app
// registers the answering function at start-up (instrumentation.ts) on globalThis, which our server and Next's
// bundles share.
import { SHARED_KEY_HEADER, SHARED_VERSION_HEADER } from './shared-copy-rewrite.mjs';

/** The copy for a path: its data version, and what names it (the directory's filter key, or the profile's slug). */
export type SharedCopy = { version: string; key: string };
export type SharedCopyRoute = (
  path: string,
  search: string,
  cookieHeader: string | undefined,
) => Promise<SharedCopy | null>;

const hook = globalThis as unknown as { bbSharedCopyRoute?: SharedCopyRoute };
const SHARED_PATH = /^\/profiles(\/[^/]+)?$/;

/** Called by the app once it has started. */
export function registerSharedCopyRoute(route: SharedCopyRoute) {
  hook.bbSharedCopyRoute = route;
}

type Request = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/**
 * Names the shared copy of a GET of /profiles or a profile, after clearing any a client named. Without an answer (the
 * app not started yet, a signed-in browser, a search, a profile not listed, the versions unreadable) the request goes
 * to the page itself, and proxy.ts deals with it as before.
 */
export async function routeSharedCopy(req: Request): Promise<void> {
  delete req.headers[SHARED_VERSION_HEADER];
  delete req.headers[SHARED_KEY_HEADER];
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const search = query === -1 ? '' : url.slice(query + 1);
  if (req.method !== 'GET' || !SHARED_PATH.test(path) || !hook.bbSharedCopyRoute) return;
  const cookie = typeof req.headers.cookie === 'string' ? req.headers.cookie : undefined;
  const copy = await hook.bbSharedCopyRoute(path, search, cookie);
  if (!copy) return;
  req.headers[SHARED_VERSION_HEADER] = copy.version;
  req.headers[SHARED_KEY_HEADER] = copy.key;
  // The copy stands for its key, not for how this visitor wrote the query: Next is given the bare path, so a copy
  // never carries one visitor's query. `_rsc` stays: Next checks it on the browser's own navigations.
  const rsc = new URLSearchParams(search).get('_rsc');
  req.url = rsc === null ? path : `${path}?_rsc=${encodeURIComponent(rsc)}`;
}
