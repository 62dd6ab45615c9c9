import 'server-only';
import { db } from '@/lib/db';
import { decoyPasswordHash, verifyPassword } from './password';

export async function verifyCredentials(email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid || user.suspendedAt) return null;
  return user;
}
