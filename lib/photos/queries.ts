import 'server-only';
import { db } from '@/lib/db';
import { listedWhere } from '@/lib/profiles/listing';
import { listingRules } from '@/lib/profiles/listing-rules';
import { storedPhotoPath } from './paths';

/**
 * Whether a listed profile shows this uploaded photo: the only photos anyone may see without signing in. Not one of a
 * person held in a state whose listings are hidden (lib/profiles/listing-rules.ts).
 */
export async function isListedPhoto(name: string, now = new Date()): Promise<boolean> {
  const { hiddenStates } = await listingRules();
  // One lookup in the (status, photoPath, expiresAt) index.
  const where = { ...listedWhere(now), photoPath: storedPhotoPath(name), state: { notIn: hiddenStates } };
  return (await db.profile.count({ where })) > 0;
}

/** Whether any profile, whatever its status, still shows this uploaded photo. */
export async function isPhotoInUse(name: string): Promise<boolean> {
  return (await db.profile.count({ where: { photoPath: storedPhotoPath(name) } })) > 0;
}
