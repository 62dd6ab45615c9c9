import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Transaction } from '@/lib/db/client';
import { env } from '@/lib/env';
import { AuthorizationError } from './errors';
import { SESSION_COOKIE, SESSION_COOKIE_OPTIONS, SESSION_MAX_AGE_S } from './options';
import { MAILROOM_ROLES, type Role, STAFF_ROLES } from './roles';
import { isSessionActive, shouldTouch } from './session-rules';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  sessionId: string;
};

// The cookie is a next-auth JWT (encrypted with AUTH_SECRET) naming a Session row. Every request reloads the row and
// its user, so signing out, a password change, a suspension or a deletion applies on the next request.
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const payload = await decode({ token, secret: env.authSecret }).catch(() => null);
  const sessionId = typeof payload?.sid === 'string' ? payload.sid : null;
  if (!sessionId) return null;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          emailVerifiedAt: true,
          suspendedAt: true,
          deletedAt: true,
        },
      },
    },
  });
  const now = new Date();
  if (!session || !isSessionActive(session, now) || session.user.suspendedAt || session.user.deletedAt) return null;
  if (shouldTouch(session.lastSeenAt, now))
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  const { user } = session;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    emailVerified: user.emailVerifiedAt !== null,
    sessionId,
  };
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

/** The mailroom's work (print queue, posting, returns, reply intake): mailroom volunteers, moderators and admins. */
export function requireMailroom(): Promise<SessionUser> {
  return requireRole(...MAILROOM_ROLES);
}

/** Signs this browser in as `user`: a new Session row, named by the cookie. */
export async function startSession(user: { id: string }): Promise<void> {
  const userAgent = ((await headers()).get('user-agent') ?? '').slice(0, 300);
  const session = await db.session.create({ data: { userId: user.id, userAgent } });
  const token = await encode({
    token: { sub: user.id, sid: session.id },
    secret: env.authSecret,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(SESSION_COOKIE, token, { ...SESSION_COOKIE_OPTIONS, maxAge: SESSION_MAX_AGE_S });
}

/** Signs this browser out: its session ends on the server too, so a copy of the cookie opens nothing. */
export async function endSession(): Promise<void> {
  const user = await currentUser();
  if (user)
    await db.session.updateMany({ where: { id: user.sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  (await cookies()).delete(SESSION_COOKIE);
}

/** Ends every session of `userId` but `keep` (none: all of them), inside the caller's transaction. */
export function endSessionsOf(tx: Transaction, userId: string, keep?: string) {
  return tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
}
