import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { housekeepSoon } from '@/lib/housekeeping';
import { ORPHAN_GRACE_MS, removeOrphanPhotos } from '@/lib/photos/orphans';
import { storedPhotoPath } from '@/lib/photos/paths';
import { photoExists, resizedPhoto, storePhoto } from '@/lib/photos/photo';
import { facilityData, profileData } from '@/prisma/factories';
import { runAfterResponse } from '../support/request';

const HOUR = 60 * 60 * 1000;
const NOT_LISTED = { listedAt: null, expiresAt: null };
let facility: { id: string; state: string };

async function storedPhotoName(): Promise<string> {
  const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#7a3d5c' } })
    .png()
    .toBuffer();
  const result = await storePhoto(new File([new Uint8Array(png)], 'me.png', { type: 'image/png' }));
  if (!result.ok) throw new Error(result.error);
  return result.name;
}

async function photoOfProfile(overrides: Parameters<typeof profileData>[1] = {}): Promise<string> {
  const name = await storedPhotoName();
  await db.profile.create({ data: profileData(facility, { photoPath: storedPhotoPath(name), ...overrides }) });
  return name;
}

const sizedFile = (name: string, width: number) => path.join(env.uploadsDir, 'sized', String(width), name);
const afterGrace = () => Date.now() + ORPHAN_GRACE_MS + 60_000;

beforeEach(async () => {
  await db.profile.deleteMany();
  await rm(env.uploadsDir, { recursive: true, force: true });
  facility = await db.facility.create({ data: facilityData() });
});

describe('removeOrphanPhotos', () => {
  it('removes an upload no profile shows once the grace period is over, with every size made of it', async () => {
    const kept = [
      await photoOfProfile(),
      await photoOfProfile({ status: 'pending', ...NOT_LISTED }),
      await photoOfProfile({ status: 'taken_down' }),
    ];
    const orphan = await storedPhotoName();
    await resizedPhoto(orphan, 160);
    await resizedPhoto(orphan, 640);

    expect(await removeOrphanPhotos(db)).toEqual([]);
    expect(await photoExists(orphan)).toBe(true);

    expect(await removeOrphanPhotos(db, afterGrace())).toEqual([orphan]);
    expect(await photoExists(orphan)).toBe(false);
    expect(existsSync(sizedFile(orphan, 160))).toBe(false);
    expect(existsSync(sizedFile(orphan, 640))).toBe(false);
    for (const name of kept) expect(await photoExists(name)).toBe(true);
  });

  it('removes sizes left behind by an original that has gone', async () => {
    await photoOfProfile();
    const gone = await storedPhotoName();
    await resizedPhoto(gone, 320);
    await rm(path.join(env.uploadsDir, gone));

    await removeOrphanPhotos(db, afterGrace());

    expect(existsSync(sizedFile(gone, 320))).toBe(false);
  });

  it('leaves every file alone when the database shows no upload at all, as it is most likely the wrong database', async () => {
    await db.profile.create({ data: profileData(facility, { photoPath: '/demo/portraits/1.svg' }) });
    const unknown = await storedPhotoName();

    expect(await removeOrphanPhotos(db, afterGrace())).toEqual([]);
    expect(await photoExists(unknown)).toBe(true);
  });
});

describe('housekeepSoon', () => {
  it('sweeps after the response, at most once an hour in a process', async () => {
    await photoOfProfile();
    const first = await storedPhotoName();
    const start = afterGrace();
    housekeepSoon(db, start);
    expect(await photoExists(first)).toBe(true);
    await runAfterResponse();
    expect(await photoExists(first)).toBe(false);

    const second = await storedPhotoName();
    housekeepSoon(db, start + HOUR - 1);
    await runAfterResponse();
    expect(await photoExists(second)).toBe(true);
    housekeepSoon(db, start + HOUR);
    await runAfterResponse();
    expect(await photoExists(second)).toBe(false);
  });
});
