'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentPasswordProblem } from '@/lib/accounts/current-password';
import { accountSettingsSchema, changeEmailSchema, tokenSchema } from '@/lib/accounts/schema';
import { consumeAccountToken, issueAccountToken } from '@/lib/accounts/tokens';
import { recordAudit } from '@/lib/audit/record';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import {
  confirmNewEmailMail,
  emailAlreadyInUseMail,
  emailChangedMail,
  emailChangeRequestedMail,
} from '@/lib/mail/templates/account-changes';
import { hitRateLimit } from '@/lib/rate-limit';

// A pen pal's own account: the profile fields, and moving the account to another email address.

const SETTINGS_FIELDS = ['name', 'country', 'interests', 'languages', 'offers', 'about'] as const;

export const updateAccountSettings = defineAction(
  { authorize: requireUser, schema: accountSettingsSchema, echo: SETTINGS_FIELDS },
  async (input, user) => {
    const data = {
      name: input.name,
      country: input.country,
      about: input.about,
      interests: input.interests.join(','),
      languages: input.languages.join(','),
      offers: input.offers.join(','),
    };
    await db.user.updateMany({ where: { id: user.id, deletedAt: null }, data });
    revalidatePath('/account', 'layout');
    // What was saved, as the form shows it: checkbox groups comma-joined, text as stored (trimmed).
    return { ok: true, message: 'Your details are saved.', values: data };
  },
);

// Each request mails two addresses; a stolen session must not become a way to flood someone's inbox.
const EMAIL_CHANGES_PER_DAY = { name: 'email-change', limit: 5, windowMs: 24 * 60 * 60_000 };

export const requestEmailChange = defineAction(
  { authorize: requireUser, schema: changeEmailSchema, echo: ['email'] },
  async ({ email, currentPassword }, user): Promise<ActionState> => {
    const problem = await currentPasswordProblem(user.id, currentPassword);
    if (problem) return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors: { currentPassword: [problem] } };
    if (email === user.email)
      return {
        ok: false,
        message: CORRECT_FIELDS_MESSAGE,
        fieldErrors: { email: ['That is already your email address.'] },
      };
    if (!(await hitRateLimit(EMAIL_CHANGES_PER_DAY, user.id)).allowed) {
      return {
        ok: false,
        message: 'You have asked for several changes of email address today. Please try again tomorrow.',
      };
    }
    // The answer on screen is the same whether or not another account has the address: only its owner learns that.
    const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
    const confirmUrl = taken
      ? null
      : await db.$transaction((tx) => issueAccountToken(tx, user.id, 'change_email', new Date(), email));
    await sendMail({
      to: email,
      ...(confirmUrl ? confirmNewEmailMail(user.name, confirmUrl) : emailAlreadyInUseMail()),
    });
    await sendMail({ to: user.email, ...emailChangeRequestedMail(user.name, email) });
    revalidatePath('/account/email');
    return {
      ok: true,
      message: `We have sent a link to ${email}. Open it within 24 hours to make it your email address; until then we keep using ${user.email}.`,
    };
  },
);

/** Thrown inside the transaction to undo the link's claim: a link is spent only by the account that asked for it. */
class LinkRefused extends Error {}

const LINK_REFUSED_MESSAGE =
  'This link has expired or has already been used. You can ask for a new one on your email page.';

export const confirmEmailChange = defineAction(
  { authorize: requireUser, schema: tokenSchema },
  async ({ token }, user) => {
    const now = new Date();
    let newEmail: string;
    try {
      newEmail = await db.$transaction(async (tx) => {
        const claim = await consumeAccountToken(tx, token, 'change_email', now);
        if (!claim?.newEmail || claim.userId !== user.id) throw new LinkRefused();
        // Taken by another account since the link was sent: refused like any other dead link.
        if (await tx.user.findUnique({ where: { email: claim.newEmail }, select: { id: true } }))
          throw new LinkRefused();
        const { count } = await tx.user.updateMany({
          where: { id: user.id, deletedAt: null },
          data: { email: claim.newEmail, emailVerifiedAt: now },
        });
        if (count !== 1) throw new LinkRefused();
        // Signed with the address it had: the entry shows which address the account left.
        await recordAudit(tx, user, { action: 'account.email_change', targetType: 'user', targetId: user.id });
        return claim.newEmail;
      });
    } catch (error) {
      // P2002: another account took the address between the check above and the update.
      if (error instanceof LinkRefused || (error as { code?: unknown }).code === 'P2002')
        return { ok: false, message: LINK_REFUSED_MESSAGE };
      throw error;
    }
    await sendMail({ to: user.email, ...emailChangedMail(user.name, newEmail) });
    revalidatePath('/account', 'layout');
    redirect('/account/email?changed=1');
  },
);
