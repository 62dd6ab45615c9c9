import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as getStaffPhoto } from '@/app/admin/photos/[name]/route';
import { GET as getCorrectionPhoto } from '@/app/(site)/profiles/submit/[token]/photo/route';
import { GET } from '@/app/photos/[name]/route';
import { GET as getPreview } from '@/app/photos/preview/[claim]/route';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { storedPhotoPath } from '@/lib/photos/paths';
import { storePhoto } from '@/lib/photos/photo';
import { claimUpload } from '@/lib/photos/upload-claim';
import { newChangesLink } from '@/lib/profiles/changes-link';
import { facilityData, profileData } from '@/prisma/factories';
import { createUser, signInAs } from '../support/users';

const DAY = 24 * 60 * 60 * 1000;
let facility: { id: string; state: string };

async function storedPhotoName(): Promise<string> {
  const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#3a7d5c' } })
    .png()
    .toBuffer();
  const result = await storePhoto(new File([new Uint8Array(png)], 'me.png', { type: 'image/png' }));
  if (!result.ok) throw new Error(result.error);
  return result.name;
}

/** A stored photo and a profile that shows it: published and listed unless `overrides` say otherwise. */
async function photoOfProfile(overrides: Parameters<typeof profileData>[1] = {}) {
  const name = await storedPhotoName();
  const profile = await db.profile.create({
    data: profileData(facility, { photoPath: storedPhotoPath(name), ...overrides }),
  });
  return { name, profile };
}

function get(name: string, query = '', headers: HeadersInit = {}) {
  return GET(new Request(`http://x/photos/${name}${query}`, { headers }), { params: Promise.resolve({ name }) });
}

async function widthOf(response: Response) {
  return (await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width;
}

beforeEach(async () => {
  await db.profile.deleteMany();
  facility = await db.facility.create({ data: facilityData() });
});

describe('GET /photos/[name]', () => {
  it('serves a listed profile’s photo at the requested width, kept for five minutes at most', async () => {
    const { name } = await photoOfProfile();
    const response = await get(name, '?w=160');

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/webp');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(response.headers.get('ETag')).toMatch(/^"[0-9a-f]{32}-160"$/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 160, height: 80 });
  });

  it('serves 640px wide when no width is asked for', async () => {
    expect(await widthOf(await get((await photoOfProfile()).name))).toBe(640);
  });

  it('answers 304 to a browser that has this width already, while the profile is listed', async () => {
    const { name } = await photoOfProfile();
    const etag = (await get(name, '?w=160')).headers.get('ETag')!;

    const again = await get(name, '?w=160', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect((await get(name, '?w=320', { 'If-None-Match': etag })).status).toBe(200);
  });

  it('stops serving the photo, 304s included, once the profile is taken down or runs out', async () => {
    const { name, profile } = await photoOfProfile();
    const etag = (await get(name, '?w=160')).headers.get('ETag')!;

    await db.profile.update({ where: { id: profile.id }, data: { status: 'taken_down' } });
    expect((await get(name, '?w=160', { 'If-None-Match': etag })).status).toBe(404);
    await db.profile.update({
      where: { id: profile.id },
      data: { status: 'published', expiresAt: new Date(Date.now() - DAY) },
    });
    expect((await get(name, '?w=160')).status).toBe(404);
  });

  it.each([
    ['a bad name', async () => '..%2F..%2Fetc%2Fpasswd'],
    ['a photo that does not exist', async () => `${'0'.repeat(32)}.webp`],
    ['a stored photo no profile shows', storedPhotoName],
    [
      'a pending profile’s photo',
      async () => (await photoOfProfile({ status: 'pending', listedAt: null, expiresAt: null })).name,
    ],
  ])('answers 404 for %s', async (_, nameOf) => {
    const response = await get(await nameOf(), '?w=160');

    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
  });
});

describe('GET /admin/photos/[name]', () => {
  function getAsStaff(name: string) {
    return getStaffPhoto(new Request(`http://x/admin/photos/${name}?w=160`), { params: Promise.resolve({ name }) });
  }

  it.each(['moderator', 'admin'] as const)(
    'shows a %s a photo waiting for review, and lets nobody keep a copy',
    async (role) => {
      const { name } = await photoOfProfile({ status: 'pending', listedAt: null, expiresAt: null });
      await signInAs(await createUser(role));

      const response = await getAsStaff(name);

      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
      expect(await widthOf(response)).toBe(160);
    },
  );

  it.each([
    ['a signed-out visitor', async () => {}],
    ['a pen pal', async () => signInAs(await createUser('penpal'))],
  ])('answers 404 to %s', async (_, signIn) => {
    const { name } = await photoOfProfile({ status: 'pending', listedAt: null, expiresAt: null });
    await signIn();

    expect((await getAsStaff(name)).status).toBe(404);
  });
});

describe('GET /profiles/submit/[token]/photo', () => {
  function getForCorrection(token: string) {
    return getCorrectionPhoto(new Request(`http://x/profiles/submit/${token}/photo?w=160`), {
      params: Promise.resolve({ token }),
    });
  }

  it('shows the photo on file to the holder of the correction link only, and lets nobody keep a copy', async () => {
    const link = newChangesLink(new Date());
    await photoOfProfile({ status: 'changes_requested', listedAt: null, expiresAt: null, ...link.columns });
    const token = link.url.split('/').at(-1)!;

    const response = await getForCorrection(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    // Another last character (the token may well end in x already).
    expect((await getForCorrection(`${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`)).status).toBe(404);
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
    expect(await widthOf(response)).toBe(160);
  });

  it('answers 404 for a bare name or a forged claim', async () => {
    const name = await storedPhotoName();

    expect((await preview(name)).status).toBe(404);
    expect((await preview(`${name}.${Date.now()}.${'A'.repeat(43)}`)).status).toBe(404);
  });
});
