import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@/lib/db/client';
import { env } from '@/lib/env';
import { PHOTO_WIDTHS, uploadedPhotoName } from './paths';
import { deletePhoto, originalPath, PHOTO_NAME, photoExists, sizedFolder } from './photo';
import { UPLOAD_CLAIM_MAX_AGE_MS } from './upload-claim';

// Uploads no profile shows: forms given up on, photos replaced, photos sent alone. They wait out a grace period longer
// than an upload's claim lives, so nothing a submitter may still attach is removed. The database is passed in because
// start-up (scripts/prepare.ts) has its own client.

export const ORPHAN_GRACE_MS = UPLOAD_CLAIM_MAX_AGE_MS + 60 * 60 * 1000;

/** Removes every upload no profile shows that is older than the grace period, with its sizes; returns their names. */
export async function removeOrphanPhotos(database: Database, now = Date.now()): Promise<string[]> {
  const rows = await database.profile.findMany({ where: { photoPath: { not: null } }, select: { photoPath: true } });
  const inUse = new Set(rows.map((row) => uploadedPhotoName(row.photoPath)).filter((name) => name !== null));
  // A database that shows no upload at all is more likely the wrong database than one whose every photo has gone.
  if (inUse.size === 0) return [];

  const removed: string[] = [];
  for (const name of await filesIn(env.uploadsDir)) {
    if (!PHOTO_NAME.test(name) || inUse.has(name) || !(await isOlderThanGrace(originalPath(name), now))) continue;
    await deletePhoto(name);
    removed.push(name);
  }
  // Sizes whose original went some other way, and half-written files left by a crash.
  for (const width of PHOTO_WIDTHS) {
    for (const file of await filesIn(sizedFolder(width))) {
      const sized = path.join(sizedFolder(width), file);
      const hasOriginal = PHOTO_NAME.test(file) && (await photoExists(file));
      if (!hasOriginal && (await isOlderThanGrace(sized, now))) await rm(sized, { force: true });
    }
  }
  return removed;
}

async function filesIn(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}

async function isOlderThanGrace(file: string, now: number): Promise<boolean> {
  const stats = await stat(file).catch(() => null);
  return stats !== null && now - stats.mtimeMs > ORPHAN_GRACE_MS;
}
