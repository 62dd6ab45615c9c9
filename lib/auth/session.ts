import 'server-only';
import { encode, decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AuthorizationError } from './errors';
import { SESSION_COOKIE, SESSION_COOKIE_OPTIONS, SESSION_MAX_AGE_S } from './options';
import { type Role, STAFF_ROLES } from './roles';

export type SessionUser = { id: string; email: string; name: string; role: Role };

// Reads the next-auth JWT and reloads the user, so a suspension or role change applies on the next request.
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const payload = await decode({ token, secret: env.authSecret }).catch(() => null);
  if (!payload?.sub) return null;
  const user = await db.user.findUnique({ where: { id: payload.sub } });
  if (!user || user.suspendedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthorizationError('Please sign in first.', 'signed-out');
  return user;
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new AuthorizationError('You do not have permission to do that.', 'forbidden');
  return user;
}

/** Moderators and admins: every staff read and action starts here, so a page that forgets its guard leaks nothing. */
export function requireStaff(): Promise<SessionUser> {
  return requireRole(...STAFF_ROLES);
}

export async function startSession(user: { id: string; email: string; name: string }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name },
    secret: env.authSecret,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(SESSION_COOKIE, token, { ...SESSION_COOKIE_OPTIONS, maxAge: SESSION_MAX_AGE_S });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
