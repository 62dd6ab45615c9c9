'use server';

import { after } from 'next/server';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblems } from '@/lib/auth/password-policy';
import { endSessionsOf, startSession } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { passwordChangedMail, passwordResetMail } from '@/lib/mail/templates/account-access';
import { log } from '@/lib/observability/log';
import { hitRateLimit } from '@/lib/rate-limit';
import { clientIp, requestId } from '@/lib/request/client';
import { hashPrivateToken, isPrivateTokenShaped } from '@/lib/tokens/private-link';
import { emailOnlySchema, resetPasswordSchema } from '../schema';
import { consumeAccountToken, issueAccountToken } from '../tokens';

/** Where the answer says a link went (if the address has an account: the answer never says whether it has). */
export type ResetRequested = { email: string };
/** `linkGone`: the link was used, ran out or was replaced, so the form cannot help; a new link can. */
export type ResetRefused = { linkGone: true };

const REQUEST_PER_IP = { name: 'reset-request-ip', limit: 10, windowMs: 60 * 60_000 };
const REQUEST_PER_EMAIL = { name: 'reset-request-email', limit: 3, windowMs: 60 * 60_000 };
// Guessing a token is hopeless (192 bits); this bounds the password hashing one connection can ask for.
const RESET_PER_IP = { name: 'reset-ip', limit: 10, windowMs: 15 * 60_000 };

const LINK_GONE = {
  ok: false,
  message: 'This link has run out or has been used already.',
  result: { linkGone: true },
} as const;

/**
 * "Forgot your password?": emails a one-hour link if the address belongs to an active account. The lookup, the link
 * and the email happen after the response has gone, so the answer is the same, in the same time, either way. The cost:
 * a failure there is logged rather than shown, which the answer's "if" already allows for.
 */
export const requestPasswordReset = defineAction(
  { authorize: async () => null, schema: emailOnlySchema, echo: ['email'] },
  async ({ email }): Promise<ActionState<ResetRequested>> => {
    const [byIp, byEmail] = await Promise.all([
      hitRateLimit(REQUEST_PER_IP, await clientIp()),
      hitRateLimit(REQUEST_PER_EMAIL, email),
    ]);
    if (!byIp.allowed)
      return { ok: false, message: 'Too many requests from your connection in the last hour. Please try again later.' };
    if (!byEmail.allowed)
      return {
        ok: false,
        message:
          'We have sent several links for this address in the last hour. Please use the newest one, or try again later.',
      };
    const context = { requestId: await requestId() };
    after(() =>
      sendResetLink(email).catch((error: unknown) =>
        log('error', 'password reset link not sent', { ...context, error }),
      ),
    );
    return {
      ok: true,
      message: `If ${email} belongs to an account, we have sent it a link to choose a new password.`,
      result: { email },
    };
  },
);

async function sendResetLink(email: string) {
  const user = await db.user.findFirst({
    where: { email, deletedAt: null, suspendedAt: null },
    select: { id: true, name: true, email: true },
  });
  if (!user) return;
  const url = await db.$transaction((tx) => issueAccountToken(tx, user.id, 'reset_password'));
  await sendMail({ to: user.email, ...passwordResetMail({ name: user.name, url }) });
}

/**
 * The form behind the reset link: a new password for the account, every session of it ended (a thief signed in
 * elsewhere is signed out), an email saying so, and this browser signed in afresh.
 */
export const resetPassword = defineAction(
  { authorize: async () => null, schema: resetPasswordSchema },
  async ({ token, password }): Promise<ActionState<ResetRefused>> => {
    if (!(await hitRateLimit(RESET_PER_IP, await clientIp())).allowed) {
      return { ok: false, message: 'Too many attempts from your connection. Please wait 15 minutes and try again.' };
    }
    const holder = await resetLinkHolder(token);
    if (!holder) return LINK_GONE;
    const problems = passwordProblems(password, [holder.name, holder.email.split('@')[0] ?? '']);
    if (problems.length > 0) return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors: { password: problems } };

    const passwordHash = await hashPassword(password);
    const changed = await db.$transaction(async (tx) => {
      const used = await consumeAccountToken(tx, token, 'reset_password');
      if (used?.userId !== holder.id) return false;
      const { count } = await tx.user.updateMany({
        where: { id: holder.id, deletedAt: null, suspendedAt: null },
        data: { passwordHash },
      });
      if (count !== 1) return false;
      await endSessionsOf(tx, holder.id);
      await recordAudit(tx, holder, { action: 'account.password_reset', targetType: 'user', targetId: holder.id });
      return true;
    });
    if (!changed) return LINK_GONE;
    await sendMail({ to: holder.email, ...passwordChangedMail({ name: holder.name }) });
    await startSession(holder);
    return {
      ok: true,
      message:
        'Your new password is set. You are signed in on this browser, and every other browser has been signed out.',
    };
  },
);

/** The active account a usable reset link belongs to: its name and address are what the new password must avoid. */
async function resetLinkHolder(token: string) {
  if (!isPrivateTokenShaped(token)) return null;
  const found = await db.accountToken.findFirst({
    where: {
      tokenHash: hashPrivateToken(token),
      purpose: 'reset_password',
      usedAt: null,
      expiresAt: { gt: new Date() },
      user: { deletedAt: null, suspendedAt: null },
    },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return found?.user ?? null;
}
