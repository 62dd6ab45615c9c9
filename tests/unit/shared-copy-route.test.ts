import { afterEach, describe, expect, it } from 'vitest';
import { registerSharedCopyRoute, routeSharedCopy } from '@/lib/request/shared-copy-route';
import { SHARED_KEY_HEADER, SHARED_VERSION_HEADER } from '@/lib/request/shared-copy-rewrite.mjs';

type Headers = Record<string, string | string[] | undefined>;
const asked: [string, string, string | undefined][] = [];
const forged = () => ({ [SHARED_VERSION_HEADER]: 'made-up', [SHARED_KEY_HEADER]: 'bWFkZS11cA' });
const request = (url: string, headers: Headers = {}, method = 'GET') => ({ method, url, headers });

afterEach(() => {
  asked.length = 0;
  registerSharedCopyRoute(async () => null);
});

describe('routing a visitor to a shared copy', () => {
  it('names the copy the app answers for the directory or a profile, given the path, the query and the cookies', async () => {
    registerSharedCopyRoute(async (path, search, cookie) => {
      asked.push([path, search, cookie]);
      return { version: 'v1.2', key: path === '/profiles' ? 'c3RhdGU9T1I' : 'ana-c-00001' };
    });
    const directory = request('/profiles?state=OR&page=2', { cookie: 'theme=dark' });
    await routeSharedCopy(directory);
    expect(directory.headers).toMatchObject({ [SHARED_VERSION_HEADER]: 'v1.2', [SHARED_KEY_HEADER]: 'c3RhdGU9T1I' });
    // Next sees the bare path: the copy does not carry this visitor's way of writing the filters.
    expect(directory.url).toBe('/profiles');
    const navigation = request('/profiles?state=OR&_rsc=1a2b');
    await routeSharedCopy(navigation);
    expect(navigation.url).toBe('/profiles?_rsc=1a2b');
    const profile = request('/profiles/ana-c-00001');
    await routeSharedCopy(profile);
    expect(profile.headers).toMatchObject({ [SHARED_VERSION_HEADER]: 'v1.2', [SHARED_KEY_HEADER]: 'ana-c-00001' });
    expect(asked).toEqual([
      ['/profiles', 'state=OR&page=2', 'theme=dark'],
      ['/profiles', 'state=OR&_rsc=1a2b', undefined],
      ['/profiles/ana-c-00001', '', undefined],
    ]);
  });

  it('never keeps a copy a client named itself, and asks nothing for other requests', async () => {
    registerSharedCopyRoute(async (path, search, cookie) => {
      asked.push([path, search, cookie]);
      return null;
    });
    for (const [method, url] of [
      ['GET', '/profiles'],
      ['GET', '/profiles/someone'],
      ['POST', '/profiles'],
      ['GET', '/profiles/submit/token'],
      ['GET', '/about'],
    ] as const) {
      const req = request(url, forged(), method);
      await routeSharedCopy(req);
      // Without an answer the request goes to the page itself, as it came.
      expect(req, `${method} ${url}`).toEqual({ method, url, headers: {} });
    }
    expect(asked.map(([path]) => path)).toEqual(['/profiles', '/profiles/someone']);
  });
});
