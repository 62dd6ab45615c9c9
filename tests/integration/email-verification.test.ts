import { beforeEach, describe, expect, it } from 'vitest';
import VerifyEmailPage from '@/app/(account)/verify-email/[token]/page';
import { signUp } from '@/lib/accounts/actions/sign-up';
import { confirmEmail, resendVerificationEmail } from '@/lib/accounts/actions/verify-email';
import { accountTokenIsUsable } from '@/lib/accounts/tokens';
import { signIn } from '@/lib/auth/actions';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { resetRateLimits } from '@/lib/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';
import { clearOutbox, GOOD_PASSWORD, mailTo, signUpFields, tokenIn } from '../support/accounts';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const LINK_GONE = { ok: false, message: 'This link has run out or has been used already.' };

/** Signs up through the form and returns the new account with the token from its confirmation email. */
async function signedUp() {
  const fields = signUpFields();
  expect((await signUp({ ok: false }, formData(fields))).ok).toBe(true);
  const [mail] = await mailTo(fields.email);
  const user = await db.user.findUniqueOrThrow({ where: { email: fields.email } });
  return { user, token: tokenIn(mail!, '/verify-email') };
}

const confirm = (token: string) => confirmEmail({ ok: false }, formData({ token }));
const resend = () => resendVerificationEmail({ ok: false }, formData({}));

async function signInWithPassword(email: string) {
  await signIn({ ok: false }, formData({ email, password: GOOD_PASSWORD })).catch((error: { digest?: string }) => {
    if (!error.digest?.startsWith('NEXT_REDIRECT')) throw error;
  });
}

beforeEach(async () => {
  await resetRateLimits();
  await clearOutbox();
});

describe('the confirmation link', () => {
  it('is not used up by opening it: the page only shows the button (mail scanners open links)', async () => {
    const { token } = await signedUp();
    await VerifyEmailPage({ params: Promise.resolve({ token }) });
    await VerifyEmailPage({ params: Promise.resolve({ token }) });
    expect(await accountTokenIsUsable(db, token, 'verify_email')).toBe(true);
  });

  it('confirms the address once, audited, without signing anyone in', async () => {
    const { user, token } = await signedUp();

    expect(await confirm(token)).toEqual({
      ok: true,
      message: 'Your email address is confirmed. Thank you.',
      result: { signedIn: false },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await db.auditEntry.findFirst({ where: { action: 'account.verify', targetId: user.id } })).toMatchObject({
      actorId: user.id,
    });
    expect(await currentUser()).toBeNull();

    expect(await confirm(token)).toMatchObject(LINK_GONE);
    expect(await db.auditEntry.count({ where: { action: 'account.verify' } })).toBe(1);
  });

  it('stops working after 24 hours', async () => {
    const { user, token } = await signedUp();
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirm(token)).toMatchObject(LINK_GONE);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it('was issued for 24 hours', async () => {
    const { user } = await signedUp();
    const { expiresAt, createdAt } = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(expiresAt.getTime() - createdAt.getTime()).toBeGreaterThan(24 * 60 * 60 * 1000 - 5_000);
    expect(expiresAt.getTime() - createdAt.getTime()).toBeLessThan(24 * 60 * 60 * 1000 + 5_000);
  });

  it('sends the account’s own signed-in browser on to the account, and it is confirmed there at once', async () => {
    const { user, token } = await signedUp();
    await signInWithPassword(user.email);
    expect(await currentUser()).toMatchObject({ id: user.id, emailVerified: false });
    expect(await confirm(token)).toMatchObject({ ok: true, result: { signedIn: true } });
    expect(await currentUser()).toMatchObject({ id: user.id, emailVerified: true });
  });

  it('refuses malformed and unknown tokens alike', async () => {
    expect(await confirm('x'.repeat(32))).toMatchObject(LINK_GONE);
    expect((await confirm("' OR 1=1 --")).ok).toBe(false);
  });
});

describe('"Send it again"', () => {
  it('emails a signed-in, unconfirmed pen pal a new link and retires the old one', async () => {
    const { user, token: first } = await signedUp();
    await signInWithPassword(user.email);
    await clearOutbox();

    expect(await resend()).toEqual({
      ok: true,
      message: `We sent a new link to ${user.email}. It works for 24 hours; earlier links no longer do.`,
    });
    const [mail] = await mailTo(user.email);
    const second = tokenIn(mail!, '/verify-email');
    expect(second).not.toBe(first);
    expect(await confirm(first)).toMatchObject(LINK_GONE);
    expect((await confirm(second)).ok).toBe(true);
  });

  it('sends nothing to an address already confirmed', async () => {
    const user = await createUser('penpal');
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await signInAs(user);
    expect(await resend()).toEqual({ ok: true, message: 'Your email address is already confirmed.' });
    expect(await mailTo(user.email)).toEqual([]);
  });

  it('sends at most three links an hour to one account', async () => {
    const user = await createUser('penpal');
    await signInAs(user);
    for (let i = 0; i < 3; i++) expect((await resend()).ok).toBe(true);
    expect(await resend()).toMatchObject({
      ok: false,
      message: expect.stringContaining('several links in the last hour'),
    });
    expect(await mailTo(user.email)).toHaveLength(3);
  });

  it('sends at most ten links an hour from one connection', async () => {
    for (let i = 0; i < 10; i++) {
      await signInAs(await createUser('penpal'));
      expect((await resend()).ok).toBe(true);
    }
    const user = await createUser('penpal');
    await signInAs(user);
    expect((await resend()).ok).toBe(false);
    request.headers.set(CLIENT_ADDRESS_HEADER, '198.51.100.20');
    expect((await resend()).ok).toBe(true);
  });
});
