import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressResponses, KeptResponses } from '@/lib/request/compression';

const SHARED = 's-maxage=30, stale-while-revalidate=31535970';
const PERSONAL = 'private, no-cache, no-store, max-age=0, must-revalidate';
const page = (words: string) => `<!DOCTYPE html><html><body>${`<p>${words}</p>`.repeat(200)}</body></html>`;

/** What each path answers, as Next does: a cached page whole in one end(), a rendered one in pieces. */
let bodies: Record<string, string> = {};
const routes: Record<string, (res: ServerResponse) => void> = {
  '/shared': (res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', SHARED);
    res.end(bodies['/shared']);
  },
  '/personal': (res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', PERSONAL);
    res.end(page('only for you'));
  },
  '/streamed': (res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', PERSONAL);
    res.write(page('first part'));
    res.end(page('second part'));
  },
  '/small': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Cache-Control', SHARED);
    res.end('short');
  },
};

let server: Server;
let base: { host: string; port: number };
const kept = new KeptResponses(1024 * 1024);

beforeAll(async () => {
  const compress = compressResponses(kept);
  server = createServer((req, res) => compress(req, res, () => routes[req.url ?? '']!(res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = { host: '127.0.0.1', port: (server.address() as AddressInfo).port };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ ...base, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode!, headers: res.headers, body: body.toString() });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('responses for shared caches', () => {
  it('are compressed in the best encoding the browser takes, with an ETag and the compressed length', async () => {
    bodies = { '/shared': page('everyone') };
    const brotli = await get('/shared', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body).toBe(bodies['/shared']);
    expect(brotli.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(brotli.headers.vary).toContain('Accept-Encoding');
    const gzip = await get('/shared', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toBe(bodies['/shared']);
    expect(Number(gzip.headers['content-length'])).toBeLessThan(bodies['/shared']!.length / 5);
    // One ETag for the page, whatever the encoding: the browser's copy is the same page.
    expect(gzip.headers.etag).toBe(brotli.headers.etag);
    const plain = await get('/shared', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bodies['/shared']);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(bodies['/shared']!));
    expect(plain.headers.etag).toBe(brotli.headers.etag);
  });

  it('answer 304 without a body when the browser has this version, and the new page once it changes', async () => {
    bodies = { '/shared': page('version one') };
    const first = await get('/shared', { 'accept-encoding': 'gzip' });
    const again = await get('/shared', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['content-encoding']).toBeUndefined();
    // A weak form of the tag is the same version too (a proxy may have weakened it).
    expect((await get('/shared', { 'if-none-match': `W/${first.headers.etag}` })).status).toBe(304);

    bodies = { '/shared': page('version two') };
    const changed = await get('/shared', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! });
    expect(changed.status).toBe(200);
    expect(changed.body).toBe(bodies['/shared']);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it('are not kept for HEAD requests or bodies too small to gain from it', async () => {
    bodies = { '/shared': page('head') };
    const head = await get('/shared', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.headers.etag).toBeUndefined();
    const small = await get('/small', { 'accept-encoding': 'gzip' });
    expect(small.body).toBe('short');
    expect(small.headers.etag).toBeUndefined();
  });
});

describe('responses for one person, and streams', () => {
  it('are compressed as they go and never kept', async () => {
    const before = kept.size;
    const personal = await get('/personal', { 'accept-encoding': 'gzip' });
    expect(personal.headers['content-encoding']).toBe('gzip');
    expect(personal.body).toBe(page('only for you'));
    expect(personal.headers.etag).toBeUndefined();
    const streamed = await get('/streamed', { 'accept-encoding': 'br' });
    expect(streamed.headers['content-encoding']).toBe('br');
    expect(streamed.body).toBe(page('first part') + page('second part'));
    expect(streamed.headers.etag).toBeUndefined();
    expect(kept.size).toBe(before);
  });
});

describe('KeptResponses', () => {
  it('compresses a body once and answers the same request with the same bytes while the body is the same', () => {
    const responses = new KeptResponses(1024 * 1024);
    const body = page('kept');
    const first = responses.answer('/a', body, 'br');
    expect(responses.answer('/a', `${body}`, 'br').body).toBe(first.body);
    // Another request with the same bytes is another entry; a new body under the same request replaces the entry.
    expect(responses.answer('/b', body, 'br').etag).toBe(first.etag);
    const changed = responses.answer('/a', page('changed'), 'br');
    expect(changed.body).not.toBe(first.body);
    expect(changed.etag).not.toBe(first.etag);
    expect(responses.size).toBe(2);
  });

  it('drops the least recently used entries past its size', () => {
    const body = page('sized');
    const bytes = Buffer.byteLength(body);
    // Room for two pages, each kept as Next's text and as the bytes sent.
    const responses = new KeptResponses(bytes * 4 + 100);
    responses.answer('/1', body, 'identity');
    responses.answer('/2', body, 'identity');
    responses.answer('/1', body, 'identity');
    responses.answer('/3', body, 'identity');
    expect([responses.has('/1'), responses.has('/2'), responses.has('/3')]).toEqual([true, false, true]);
    // A body larger than the whole budget is answered but not kept.
    const huge = new KeptResponses(10);
    expect(huge.answer('/big', body, 'gzip').body.length).toBeGreaterThan(0);
    expect(huge.size).toBe(0);
  });
});
