import 'server-only';
import { db } from '@/lib/db';
import { decoyPasswordHash, verifyPassword } from './password';

/**
 * The active account these credentials open, without its password hash; for a suspended account, the reason (told only
 * to someone who knows the password); null otherwise, in the same time either way.
 */
export async function verifyCredentials(email: string, password: string) {
  const found = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
  const valid = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!found || !valid || found.deletedAt) return null;
  if (found.suspendedAt) return { suspended: found.suspendedReason ?? '' } as const;
  const { passwordHash: _hash, ...user } = found;
  return { user } as const;
}
