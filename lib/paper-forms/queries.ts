import 'server-only';
import { cache } from 'react';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { normaliseReference } from './requests';

/** The profile a returned paper form names by its reference, if any. Cached per request: the title asks too. */
export const profileIdByReference = cache(async (code: string): Promise<string | null> => {
  await requireStaff();
  const profile = await db.profile.findUnique({ where: { reference: normaliseReference(code) }, select: { id: true } });
  return profile?.id ?? null;
});
