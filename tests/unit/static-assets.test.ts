import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackedAssets, serveStaticAssets } from '@/lib/request/static-assets';

const script = `self.chunk=${JSON.stringify('framework code '.repeat(2000))};`;
const style = `.card{${'margin:0;'.repeat(500)}}`;

let dir: string;
let assets: PackedAssets;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-assets-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'chunks', 'app.js'), script);
  writeFileSync(join(dir, 'chunks', 'site.css'), style);
  writeFileSync(join(dir, 'chunks', 'logo.png'), 'not text');
  writeFileSync(join(dir, 'secret.txt'), 'outside the served types');
  assets = PackedAssets.of(dir);
  const serve = serveStaticAssets(assets);
  server = createServer((req, res) => serve(req, res, () => res.end('from next')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, { method = 'GET', encoding = 'gzip, deflate, br' } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the build’s scripts and styles', () => {
  it('are left to Next on their first request, then answered packed with brotli, for good', async () => {
    expect((await get('/_next/static/chunks/app.js')).body.toString()).toBe('from next');
    await assets.settled();
    const packed = await get('/_next/static/chunks/app.js?v=1');
    expect(packed.status).toBe(200);
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(packed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(packed.headers.vary).toBe('Accept-Encoding');
    expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
    expect(packed.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(packed.body).toString()).toBe(script);
  });

  it('a style too, and HEAD gets the headers alone', async () => {
    await get('/_next/static/chunks/site.css');
    await assets.settled();
    const head = await get('/_next/static/chunks/site.css', { method: 'HEAD' });
    expect(head.headers['content-type']).toBe('text/css; charset=UTF-8');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
    expect(brotliDecompressSync((await get('/_next/static/chunks/site.css')).body).toString()).toBe(style);
  });

  it('go to Next for a browser that takes no brotli, and for other methods', async () => {
    await get('/_next/static/chunks/app.js');
    await assets.settled();
    expect((await get('/_next/static/chunks/app.js', { encoding: 'gzip' })).body.toString()).toBe('from next');
    expect((await get('/_next/static/chunks/app.js', { method: 'POST' })).body.toString()).toBe('from next');
  });

  it('never read anything but a script or style of the build, by its exact path', async () => {
    for (const path of [
      '/_next/static/chunks/missing.js',
      '/_next/static/chunks/logo.png',
      '/_next/static/secret.txt',
      '/_next/static/chunks/../chunks/app.js',
      '/_next/static/chunks/%2e%2e/chunks/app.js',
      '/_next/static/../../../../etc/passwd.js',
      '/chunks/app.js',
    ]) {
      await get(path);
      await assets.settled();
      expect((await get(path)).body.toString(), path).toBe('from next');
    }
  });
});
