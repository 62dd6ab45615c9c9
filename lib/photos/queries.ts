import 'server-only';
import { db } from '@/lib/db';
import { storedPhotoPath } from './paths';

/** Whether any profile, whatever its status, still shows this uploaded photo. */
export async function isPhotoInUse(name: string): Promise<boolean> {
  return (await db.profile.count({ where: { photoPath: storedPhotoPath(name) } })) > 0;
}
