import 'server-only';
import { db } from '@/lib/db';
import { listedWhere } from '@/lib/profiles/listing';
import { storedPhotoPath } from './paths';

/** Whether a listed profile shows this uploaded photo: the only photos anyone may see without signing in. */
export async function isListedPhoto(name: string, now = new Date()): Promise<boolean> {
  // One lookup in the (status, photoPath, expiresAt) index.
  return (await db.profile.count({ where: { ...listedWhere(now), photoPath: storedPhotoPath(name) } })) > 0;
}

/** Whether any profile, whatever its status, still shows this uploaded photo. */
export async function isPhotoInUse(name: string): Promise<boolean> {
  return (await db.profile.count({ where: { photoPath: storedPhotoPath(name) } })) > 0;
}
