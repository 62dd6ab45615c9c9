import { afterEach, describe, expect, it } from 'vitest';
import { registerSharedDirectoryRoute, routeSharedDirectory } from '@/lib/request/shared-directory-route';
import { SHARED_KEY_HEADER, SHARED_VERSION_HEADER } from '@/lib/request/shared-directory-rewrite.mjs';

type Headers = Record<string, string | string[] | undefined>;
const asked: [string, string | undefined][] = [];
const forged = () => ({ [SHARED_VERSION_HEADER]: 'made-up', [SHARED_KEY_HEADER]: 'bWFkZS11cA' });

afterEach(() => {
  asked.length = 0;
  registerSharedDirectoryRoute(async () => null);
});

describe('routing a visitor to the shared directory copy', () => {
  it('names the copy the app answers for a GET of /profiles, passing the query and the cookies', async () => {
    registerSharedDirectoryRoute(async (search, cookie) => {
      asked.push([search, cookie]);
      return { version: 'v1.2', key: 'c3RhdGU9T1I' };
    });
    const req = { method: 'GET', url: '/profiles?state=OR&page=2', headers: { cookie: 'theme=dark' } as Headers };
    await routeSharedDirectory(req);
    expect(req.headers).toMatchObject({ [SHARED_VERSION_HEADER]: 'v1.2', [SHARED_KEY_HEADER]: 'c3RhdGU9T1I' });
    expect(asked).toEqual([['state=OR&page=2', 'theme=dark']]);
    // Next sees the bare path: the copy does not carry this visitor's way of writing the filters.
    expect(req.url).toBe('/profiles');
    const navigation = { method: 'GET', url: '/profiles?state=OR&_rsc=1a2b', headers: {} as Headers };
    await routeSharedDirectory(navigation);
    expect(navigation.url).toBe('/profiles?_rsc=1a2b');
  });

  it('never keeps a copy a client named itself, whatever the request', async () => {
    for (const [method, url] of [
      ['GET', '/profiles'],
      ['POST', '/profiles'],
      ['GET', '/profiles/someone'],
      ['GET', '/about'],
    ] as const) {
      const req = { method, url, headers: forged() as Headers };
      await routeSharedDirectory(req);
      expect(req, `${method} ${url}`).toEqual({ method, url, headers: {} });
    }
    expect(asked).toEqual([]);
  });

  it('leaves the page to be rendered for the request when the app has no copy for it', async () => {
    registerSharedDirectoryRoute(async (search, cookie) => {
      asked.push([search, cookie]);
      return null;
    });
    const req = { method: 'GET', url: '/profiles', headers: { ...forged(), cookie: 'bb.session=abc' } as Headers };
    await routeSharedDirectory(req);
    expect(req.headers).toEqual({ cookie: 'bb.session=abc' });
    expect(asked).toEqual([['', 'bb.session=abc']]);
  });
});
