import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/photos/[name]/route';
import { GET as getPreview } from '@/app/photos/preview/[claim]/route';
import { env } from '@/lib/env';
import { storePhoto } from '@/lib/photos/photo';
import { claimUpload } from '@/lib/photos/upload-claim';

async function storedPhotoName(): Promise<string> {
  const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#3a7d5c' } }).png().toBuffer();
  const result = await storePhoto(new File([new Uint8Array(png)], 'me.png', { type: 'image/png' }));
  if (!result.ok) throw new Error(result.error);
  return result.name;
}

function get(name: string, query = '') {
  return GET(new Request(`http://x/photos/${name}${query}`), { params: Promise.resolve({ name }) });
}

describe('GET /photos/[name]', () => {
  it('serves the photo at the requested width, cacheable forever', async () => {
    const response = await get(await storedPhotoName(), '?w=160');

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/webp');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 160, height: 80 });
  });

  it('serves 640px wide when no width is asked for', async () => {
    const response = await get(await storedPhotoName());

    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(640);
  });

  it.each([
    ['a bad name', '..%2F..%2Fetc%2Fpasswd'],
    ['a photo that does not exist', `${'0'.repeat(32)}.webp`],
  ])('answers 404 for %s', async (_, name) => {
    const response = await get(name, '?w=160');

    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
  });
});

describe('GET /photos/preview/[claim]', () => {
  function preview(claim: string) {
    return getPreview(new Request(`http://x/photos/preview/${claim}?w=160`), { params: Promise.resolve({ claim }) });
  }

  it('shows an upload to whoever holds its signed claim, and lets nobody keep a copy', async () => {
    const response = await preview(claimUpload(env.authSecret, await storedPhotoName()));

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/webp');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(160);
  });

  it('answers 404 for a bare name or a forged claim', async () => {
    const name = await storedPhotoName();

    expect((await preview(name)).status).toBe(404);
    expect((await preview(`${name}.${Date.now()}.${'A'.repeat(43)}`)).status).toBe(404);
  });
});
