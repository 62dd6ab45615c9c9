'use server';

import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { AuthorizationError } from '@/lib/auth/errors';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblems } from '@/lib/auth/password-policy';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format/date';
import type { ActionState } from '@/lib/forms/action-state';
import { defineAction } from '@/lib/forms/define-action';
import { sendMail, type MailMessage } from '@/lib/mail/send';
import { existingAccountMail, recentlyDeletedMail, verifyEmailMail } from '@/lib/mail/templates/account-access';
import { log } from '@/lib/observability/log';
import { hitRateLimit } from '@/lib/rate-limit';
import { clientIp } from '@/lib/request/client';
import { DEFAULT_BLOCKED_WORDS, spamReasons } from '@/lib/spam/rules';
import { DELETED_EMAIL_HOLD_DAYS, deletedEmailHash, deletedEmailHeldSince } from '../email-hash';
import { RULES_VERSION, signUpSchema, type SignUpInput } from '../schema';
import { signUpStampAge } from '../sign-up-stamp';
import { issueAccountToken } from '../tokens';

/** The one answer to every sign-up that gets past the form's own errors: where we wrote to. */
export type SignedUp = { email: string };

const PER_IP = { name: 'signup-ip', limit: 10, windowMs: 60 * 60_000 };
// Each sign-up sends the address an email (a link, or a notice that it has an account), so an address gets only a few.
const PER_EMAIL = { name: 'signup-email', limit: 3, windowMs: 60 * 60_000 };

// The password is checked against the policy with the rest of the form, so the form shows every problem at once;
// `when` lets the check run even when other fields have failed.
const signUpFormSchema = signUpSchema.extend({ stamp: z.string().max(200).optional() }).superRefine(
  (input, context) => {
    const name = typeof input.name === 'string' ? input.name : '';
    const email = typeof input.email === 'string' ? input.email : '';
    for (const message of passwordProblems(input.password, [name, email.split('@')[0] ?? ''])) {
      context.addIssue({ code: 'custom', path: ['password'], message });
    }
  },
  {
    when: ({ value }) =>
      typeof (value as { password?: unknown } | undefined)?.password === 'string' &&
      (value as { password: string }).password !== '',
  },
);

async function signedOutOnly() {
  if (await currentUser())
    throw new AuthorizationError('You are already signed in. Sign out first to open another account.', 'forbidden');
  return null;
}

/**
 * Opens a pen pal account and emails a link to confirm the address. The answer is the same whether the address was
 * free, already has an account (its owner is told by email instead) or belongs to an account deleted in the last 30
 * days: the form must not tell a stranger who has an account. For the same reason it signs nobody in: a session
 * would be the difference. The person signs in with their new password whenever they like, confirmed or not.
 */
export const signUp = defineAction(
  {
    authorize: signedOutOnly,
    schema: signUpFormSchema,
    // The stamp comes back so that fixing a mistake does not restart the minimum fill time. Never the password.
    echo: ['name', 'email', 'country', 'interests', 'languages', 'offers', 'adult', 'rules', 'stamp'],
  },
  async (input): Promise<ActionState<SignedUp>> => {
    const [byIp, byEmail] = await Promise.all([
      hitRateLimit(PER_IP, await clientIp()),
      hitRateLimit(PER_EMAIL, input.email),
    ]);
    if (!byIp.allowed)
      return {
        ok: false,
        message: 'Too many accounts have been opened from your connection in the last hour. Please try again later.',
      };
    if (!byEmail.allowed) {
      return {
        ok: false,
        message:
          'We have had several sign-ups with this email address in the last hour. Please look for our email, or try again later.',
      };
    }
    // Every branch below pays for the hash, so none answers noticeably faster than the others.
    const passwordHash = await hashPassword(input.password);
    const answer = {
      ok: true,
      message: `Check your email: we sent a link to ${input.email}.`,
      result: { email: input.email },
    };

    const reasons = spamReasons({
      honeypot: input.company,
      elapsedMs: signUpStampAge(input.stamp),
      name: input.name,
      email: input.email,
      body: '',
      blockedWords: DEFAULT_BLOCKED_WORDS,
      rateLimited: false,
    });
    if (reasons.length > 0) {
      // A bot is told what a person would be, and nothing is stored or sent.
      log('info', 'sign-up ignored as spam', { reasons });
      return answer;
    }
    const mail = await openAccount(input, passwordHash);
    if (mail) await sendMail(mail);
    return answer;
  },
);

/** Creates the account, or finds why not; returns the one email this sign-up sends (none when a twin request won). */
async function openAccount(input: SignUpInput, passwordHash: string, now = new Date()): Promise<MailMessage | null> {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, emailVerifiedAt: true, deletedAt: true },
  });
  if (existing && !existing.deletedAt) {
    // Its owner gets the answer the page did not give, with a fresh confirmation link if they never used the first.
    const verifyUrl = existing.emailVerifiedAt
      ? undefined
      : await db.$transaction((tx) => issueAccountToken(tx, existing.id, 'verify_email', now));
    return { to: existing.email, ...existingAccountMail({ name: existing.name, verifyUrl }) };
  }
  const deleted = await db.user.findFirst({
    where: { deletedEmailHash: deletedEmailHash(input.email), deletedAt: { gt: deletedEmailHeldSince(now) } },
    orderBy: { deletedAt: 'desc' },
    select: { deletedAt: true },
  });
  if (deleted?.deletedAt) {
    const from = new Date(deleted.deletedAt.getTime() + (DELETED_EMAIL_HOLD_DAYS + 1) * 24 * 60 * 60 * 1000);
    return { to: input.email, ...recentlyDeletedMail({ from: formatDate(from) }) };
  }
  try {
    const { user, url } = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          country: input.country,
          interests: input.interests.join(','),
          languages: input.languages.join(','),
          offers: input.offers.join(','),
          rulesVersion: RULES_VERSION,
          rulesAcceptedAt: now,
        },
        select: { id: true, email: true, name: true },
      });
      const url = await issueAccountToken(tx, user.id, 'verify_email', now);
      await recordAudit(tx, user, {
        action: 'account.signup',
        targetType: 'user',
        targetId: user.id,
        detail: { rulesVersion: RULES_VERSION },
      });
      return { user, url };
    });
    return { to: user.email, ...verifyEmailMail({ name: user.name, url }) };
  } catch (error) {
    // The same form sent twice at once: the first request created the account and sent its link.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
