import { hashPassword } from '@/lib/auth/password';
import { startSession } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';

let sequence = 0;

export async function createUser(role: Role, overrides: { password?: string; suspendedAt?: Date } = {}) {
  sequence += 1;
  return db.user.create({
    data: {
      email: `${role}${sequence}@test.example`,
      name: `${role} ${sequence}`,
      role,
      passwordHash: await hashPassword(overrides.password ?? 'correct horse battery staple'),
      suspendedAt: overrides.suspendedAt,
    },
  });
}

/** Puts a real next-auth session cookie for `user` into the fake request. */
export async function signInAs(user: { id: string; email: string; name: string }) {
  await startSession(user);
}
