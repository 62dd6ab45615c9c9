'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/forms/define-action';
import { hitRateLimit, refundRateLimit } from '@/lib/rate-limit';
import { clientIp } from '@/lib/request/client';
import { site } from '@/lib/site';
import { verifyCredentials } from './credentials';
import { isStaff } from './roles';
import { signInSchema } from './schema';
import { endSession, startSession } from './session';

// Every attempt is counted before the password is checked (so parallel guesses cannot slip past), and a right one is
// given back: only failures add up, and people signing in from one shared connection do not lock each other out.
const SIGN_IN_PER_IP = { name: 'signin-ip', limit: 20, windowMs: 15 * 60_000 };
const SIGN_IN_PER_EMAIL = { name: 'signin-email', limit: 8, windowMs: 15 * 60_000 };

export const signIn = defineAction(
  { authorize: async () => null, schema: signInSchema, echo: ['email', 'next'] },
  async ({ email, password, next }) => {
    const ip = await clientIp();
    const [byIp, byEmail] = await Promise.all([
      hitRateLimit(SIGN_IN_PER_IP, ip),
      hitRateLimit(SIGN_IN_PER_EMAIL, email.toLowerCase()),
    ]);
    if (!byIp.allowed || !byEmail.allowed) {
      return { ok: false, message: 'Too many sign-in attempts. Please wait 15 minutes and try again.' };
    }
    const found = await verifyCredentials(email, password);
    if (!found) return { ok: false, message: 'That email and password do not match an active account.' };
    if ('suspended' in found)
      return {
        ok: false,
        message: `This account is suspended${found.suspended ? `: ${found.suspended}` : '.'} If you think this is a mistake, write to ${site.contactEmail}.`,
      };
    const { user } = found;
    await Promise.all([refundRateLimit(SIGN_IN_PER_IP, ip), refundRateLimit(SIGN_IN_PER_EMAIL, email.toLowerCase())]);
    await startSession(user);
    redirect(next !== '/' ? next : isStaff(user.role) ? '/admin' : '/');
  },
);

export async function signOut(): Promise<void> {
  await endSession();
  redirect('/');
}
