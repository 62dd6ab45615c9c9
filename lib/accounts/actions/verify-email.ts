'use server';

import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { currentUser, requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { verifyEmailMail } from '@/lib/mail/templates/account-access';
import { hitRateLimit } from '@/lib/rate-limit';
import { clientIp } from '@/lib/request/client';
import { tokenSchema } from '../schema';
import { consumeAccountToken, issueAccountToken } from '../tokens';

/** `signedIn`: whether this browser is signed in to the account just confirmed (then it is sent on to the account). */
export type EmailConfirmed = { signedIn: boolean };

const RESEND_PER_ACCOUNT = { name: 'verify-resend-account', limit: 3, windowMs: 60 * 60_000 };
const RESEND_PER_IP = { name: 'verify-resend-ip', limit: 10, windowMs: 60 * 60_000 };

/**
 * The "Confirm my email address" button behind the link in the email. The link's page only shows the button: mail
 * scanners open links, and must not use them up. The token is the authority here, so nobody needs to be signed in.
 */
export const confirmEmail = defineAction(
  { authorize: async () => null, schema: tokenSchema },
  async ({ token }): Promise<ActionState<EmailConfirmed>> => {
    const now = new Date();
    const confirmed = await db.$transaction(async (tx) => {
      const used = await consumeAccountToken(tx, token, 'verify_email', now);
      if (!used) return null;
      const { count } = await tx.user.updateMany({
        where: { id: used.userId, deletedAt: null },
        data: { emailVerifiedAt: now },
      });
      if (count !== 1) return null;
      const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { id: true, email: true } });
      await recordAudit(tx, user, { action: 'account.verify', targetType: 'user', targetId: user.id });
      return user;
    });
    if (!confirmed) return { ok: false, message: 'This link has run out or has been used already.' };
    const viewer = await currentUser();
    return {
      ok: true,
      message: 'Your email address is confirmed. Thank you.',
      result: { signedIn: viewer?.id === confirmed.id },
    };
  },
);

/** "Send it again", for a signed-in pen pal whose address is not confirmed yet: a new link, and the old one retired. */
export const resendVerificationEmail = defineAction(
  { authorize: requireUser, schema: z.object({}) },
  async (_input, user): Promise<ActionState> => {
    if (user.emailVerified) return { ok: true, message: 'Your email address is already confirmed.' };
    const [byAccount, byIp] = await Promise.all([
      hitRateLimit(RESEND_PER_ACCOUNT, user.id),
      hitRateLimit(RESEND_PER_IP, await clientIp()),
    ]);
    if (!byAccount.allowed || !byIp.allowed) {
      return {
        ok: false,
        message: 'We have sent several links in the last hour. Please use the newest one, or ask again in an hour.',
      };
    }
    const url = await db.$transaction((tx) => issueAccountToken(tx, user.id, 'verify_email'));
    await sendMail({ to: user.email, ...verifyEmailMail({ name: user.name, url }) });
    return {
      ok: true,
      message: `We sent a new link to ${user.email}. It works for 24 hours; earlier links no longer do.`,
    };
  },
);
