import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { photoUrl } from '@/lib/photos/paths';
import { MAX_PHOTO_BYTES, PHOTO_NAME, deletePhoto, photoExists, resizedPhoto, storePhoto } from '@/lib/photos/photo';

// Runs as an integration test for its temporary DATA_DIR: photos are written under data/uploads.

const NOT_AN_IMAGE = 'The photo must be a JPEG, PNG or WebP image.';

function picture(width = 200, height = 100) {
  return sharp({ create: { width, height, channels: 3, background: '#3a7d5c' } });
}

function upload(bytes: Uint8Array | string, name = 'photo.jpg', type = 'image/jpeg') {
  return new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });
}

async function storeOrFail(file: File): Promise<string> {
  const result = await storePhoto(file);
  if (!result.ok) throw new Error(`expected the photo to be stored, got: ${result.error}`);
  return result.name;
}

async function storedMetadata(name: string) {
  return sharp(await readFile(path.join(env.uploadsDir, name))).metadata();
}

async function uploadsCount(): Promise<number> {
  const files = await readdir(env.uploadsDir).catch(() => []);
  return files.filter((file) => PHOTO_NAME.test(file)).length;
}

describe('storePhoto', () => {
  it.each([
    ['PNG', 'png', () => picture().png().toBuffer()],
    ['JPEG', 'jpg', () => picture().jpeg().toBuffer()],
    ['WebP', 'webp', () => picture().webp().toBuffer()],
  ])('stores a %s as a WebP under a random name', async (_, extension, make) => {
    const name = await storeOrFail(upload(await make(), `me.${extension}`, ''));

    expect(name).toMatch(PHOTO_NAME);
    expect(await storedMetadata(name)).toMatchObject({ format: 'webp', width: 200, height: 100 });
  });

  it.each([
    ['a text file named photo.jpg', () => Promise.resolve(Buffer.from('not a photo at all'))],
    ['a GIF', () => picture().gif().toBuffer()],
    [
      'an SVG',
      () =>
        Promise.resolve(
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20"/></svg>',
          ),
        ),
    ],
  ])('rejects %s whatever its name and type say, and stores nothing', async (_, make) => {
    const before = await uploadsCount();

    expect(await storePhoto(upload(await make(), 'photo.jpg', 'image/jpeg'))).toEqual({
      ok: false,
      error: NOT_AN_IMAGE,
    });
    expect(await uploadsCount()).toBe(before);
  });

  it('rejects an empty file', async () => {
    expect(await storePhoto(upload('', 'photo.jpg'))).toEqual({ ok: false, error: 'Please choose a photo.' });
  });

  it('rejects a real image over 5 MB', async () => {
    const noisy = await sharp({
      create: {
        width: 1500,
        height: 1500,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(MAX_PHOTO_BYTES);

    expect(await storePhoto(upload(noisy, 'big.png', 'image/png'))).toEqual({
      ok: false,
      error: 'The photo is larger than 5 MB. Please choose a smaller one.',
    });
  });

  it('rejects a small file that would decode to too many pixels', async () => {
    const bomb = await picture(8000, 6000).png().toBuffer();
    expect(bomb.length).toBeLessThan(MAX_PHOTO_BYTES);

    expect(await storePhoto(upload(bomb, 'bomb.png', 'image/png'))).toEqual({
      ok: false,
      error: 'The photo has too many pixels. Please choose a smaller one.',
    });
  });

  it('strips EXIF, GPS included', async () => {
    const tagged = await picture()
      .jpeg()
      .withExif({
        IFD0: { Copyright: 'Jane Doe' },
        IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
      })
      .toBuffer();
    const exif = (await sharp(tagged).metadata()).exif;
    expect(exif?.toString('latin1')).toContain('Jane Doe');
    expect(exif?.toString('latin1')).toContain('WGS-84');

    const name = await storeOrFail(upload(tagged));

    const meta = await storedMetadata(name);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const raw = (await readFile(path.join(env.uploadsDir, name))).toString('latin1');
    expect(raw).not.toContain('Jane Doe');
    expect(raw).not.toContain('WGS-84');
  });

  it('turns the picture the way its EXIF orientation says', async () => {
    const sideways = await picture(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);

    const meta = await storedMetadata(await storeOrFail(upload(sideways)));

    expect(meta).toMatchObject({ width: 100, height: 200 });
    expect(meta.orientation).toBeUndefined();
  });

  it('scales a large picture to fit within 1600px', async () => {
    const wide = await picture(3000, 1500).png().toBuffer();

    expect(await storedMetadata(await storeOrFail(upload(wide, 'wide.png', 'image/png')))).toMatchObject({
      width: 1600,
      height: 800,
    });
  });
});

describe('resizedPhoto', () => {
  it('makes the requested width once and keeps it on disk', async () => {
    const name = await storeOrFail(upload(await picture(2000, 1000).png().toBuffer(), 'me.png', 'image/png'));
    const cached = path.join(env.uploadsDir, 'sized', '320', name);
    expect(existsSync(cached)).toBe(false);

    const resized = await resizedPhoto(name, 320);

    expect(await sharp(resized!).metadata()).toMatchObject({ format: 'webp', width: 320, height: 160 });
    expect(await readFile(cached)).toEqual(resized);
  });

  it('snaps a width to the next allowed one, at most 1200', async () => {
    const name = await storeOrFail(upload(await picture(2000, 1000).png().toBuffer(), 'me.png', 'image/png'));

    expect((await sharp((await resizedPhoto(name, 500))!).metadata()).width).toBe(640);
    expect((await sharp((await resizedPhoto(name, 5000))!).metadata()).width).toBe(1200);
  });

  it('returns null for a bad name or a photo that does not exist', async () => {
    expect(await resizedPhoto('../../etc/passwd', 160)).toBeNull();
    expect(await resizedPhoto('ABC.webp', 160)).toBeNull();
    expect(await resizedPhoto(`${'0'.repeat(32)}.webp`, 160)).toBeNull();
  });
});

describe('deletePhoto', () => {
  it('removes the photo and every size made of it', async () => {
    const name = await storeOrFail(upload(await picture().png().toBuffer(), 'me.png', 'image/png'));
    await resizedPhoto(name, 160);
    expect(await photoExists(name)).toBe(true);

    await deletePhoto(name);

    expect(await photoExists(name)).toBe(false);
    expect(await resizedPhoto(name, 160)).toBeNull();
    await expect(deletePhoto(name)).resolves.toBeUndefined();
  });
});

describe('photoUrl', () => {
  it('points at the photo route with a width', () => {
    expect(photoUrl('ab.webp', 320)).toBe('/photos/ab.webp?w=320');
  });
});
