import 'server-only';
import { db } from '@/lib/db';
import { decoyPasswordHash, verifyPassword } from './password';

/** The active account these credentials open, without its password hash; null otherwise, in the same time either way. */
export async function verifyCredentials(email: string, password: string) {
  const found = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
  const valid = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!found || !valid || found.suspendedAt || found.deletedAt) return null;
  const { passwordHash: _hash, ...user } = found;
  return user;
}
