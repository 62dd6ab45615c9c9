import { beforeEach, describe, expect, it } from 'vitest';
import ResetPasswordPage from '@/app/(account)/reset-password/[token]/page';
import { requestPasswordReset, resetPassword } from '@/lib/accounts/actions/password-reset';
import { accountTokenIsUsable } from '@/lib/accounts/tokens';
import { verifyCredentials } from '@/lib/auth/credentials';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { readOutbox } from '@/lib/mail/send';
import { resetRateLimits } from '@/lib/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';
import { clearOutbox, mailTo, newEmail, tokenIn } from '../support/accounts';
import { formData } from '../support/form';
import { request, runAfterResponse } from '../support/request';
import { createUser, signInAs } from '../support/users';

const OLD_PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'lantern orchard gravel nine';
const HOUR = 60 * 60 * 1000;

const ask = (email: string) => requestPasswordReset({ ok: false }, formData({ email }));
const reset = (token: string, password = NEW_PASSWORD) => resetPassword({ ok: false }, formData({ token, password }));
const answerFor = (email: string) => ({
  ok: true,
  message: `If ${email} belongs to an account, we have sent it a link to choose a new password.`,
  result: { email },
});
const LINK_GONE = { ok: false, message: 'This link has run out or has been used already.', result: { linkGone: true } };

/** A pen pal and the token from the reset email they asked for. */
async function resetLinkFor() {
  const user = await createUser('penpal');
  await ask(user.email);
  const [mail] = await mailTo(user.email);
  return { user, token: tokenIn(mail!, '/reset-password') };
}

function useCookie(value: string) {
  request.cookies.set(SESSION_COOKIE, { name: SESSION_COOKIE, value });
}

beforeEach(async () => {
  await resetRateLimits();
  await clearOutbox();
});

describe('asking for a reset link', () => {
  it('gives an unknown address the same answer, and sends nothing', async () => {
    const email = newEmail('nobody');
    expect(await ask(email.toUpperCase())).toEqual(answerFor(email));
    await runAfterResponse();
    expect(await readOutbox()).toEqual([]);
    expect(await db.accountToken.count({ where: { purpose: 'reset_password' } })).toBe(0);
  });

  it('emails an account’s address a one-hour link, found only after the answer has gone', async () => {
    const user = await createUser('penpal');
    expect(await ask(user.email.toUpperCase())).toEqual(answerFor(user.email));
    // Nothing was looked up before answering, so the answer takes the same time either way.
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);

    const [mail, ...more] = await mailTo(user.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Reset your password');
    expect(mail!.text).toContain(`Hello ${user.name},`);
    const { expiresAt, createdAt } = await db.accountToken.findFirstOrThrow({
      where: { userId: user.id, purpose: 'reset_password' },
    });
    expect(Math.abs(expiresAt.getTime() - createdAt.getTime() - HOUR)).toBeLessThan(5_000);
    expect(await accountTokenIsUsable(db, tokenIn(mail!, '/reset-password'), 'reset_password')).toBe(true);
  });

  it('sends nothing for a suspended or deleted account', async () => {
    const suspended = await createUser('penpal', { suspendedAt: new Date() });
    const deleted = await createUser('penpal');
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect(await ask(suspended.email)).toEqual(answerFor(suspended.email));
    expect(await ask(deleted.email)).toEqual(answerFor(deleted.email));
    await runAfterResponse();
    expect(await readOutbox()).toEqual([]);
  });

  it('sends one address at most three links an hour, and keeps the address in the form after that', async () => {
    const user = await createUser('penpal');
    for (let i = 0; i < 3; i++) expect((await ask(user.email)).ok).toBe(true);
    expect(await ask(user.email)).toMatchObject({
      ok: false,
      message: expect.stringContaining('several links for this address'),
      values: { email: user.email },
    });
    expect(await mailTo(user.email)).toHaveLength(3);
  });

  it('takes at most ten requests an hour from one connection', async () => {
    for (let i = 0; i < 10; i++) expect((await ask(newEmail('nobody'))).ok).toBe(true);
    expect(await ask(newEmail('nobody'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('from your connection'),
    });
    request.headers.set(CLIENT_ADDRESS_HEADER, '198.51.100.20');
    expect((await ask(newEmail('nobody'))).ok).toBe(true);
  });

  it('asks for a real address', async () => {
    expect(await ask('not-an-email')).toMatchObject({
      ok: false,
      fieldErrors: { email: ['Enter an email address such as name@example.org.'] },
    });
  });
});

describe('the reset link', () => {
  it('is not used up by opening it', async () => {
    const { token } = await resetLinkFor();
    await ResetPasswordPage({ params: Promise.resolve({ token }) });
    expect(await accountTokenIsUsable(db, token, 'reset_password')).toBe(true);
  });

  it('sets the new password, ends every other session, says so by email and signs this browser in afresh', async () => {
    const { user, token } = await resetLinkFor();
    // Another browser (perhaps someone who knew the old password) is signed in.
    await signInAs(user);
    const otherBrowser = request.cookies.get(SESSION_COOKIE)!.value;
    request.cookies.clear();

    expect(await reset(token)).toEqual({
      ok: true,
      message:
        'Your new password is set. You are signed in on this browser, and every other browser has been signed out.',
    });
    expect(await currentUser()).toMatchObject({ id: user.id });
    const thisBrowser = request.cookies.get(SESSION_COOKIE)!.value;
    expect(thisBrowser).not.toBe(otherBrowser);

    useCookie(otherBrowser);
    expect(await currentUser()).toBeNull();
    useCookie(thisBrowser);
    expect(await currentUser()).toMatchObject({ id: user.id });
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);

    expect(await verifyCredentials(user.email, NEW_PASSWORD)).toMatchObject({ user: { id: user.id } });
    expect(await verifyCredentials(user.email, OLD_PASSWORD)).toBeNull();
    expect(
      await db.auditEntry.findFirst({ where: { action: 'account.password_reset', targetId: user.id } }),
    ).toMatchObject({ actorId: user.id });
    const mails = await mailTo(user.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Reset your password', 'Your password was changed']);
  });

  it('works once', async () => {
    const { user, token } = await resetLinkFor();
    expect((await reset(token)).ok).toBe(true);
    expect(await reset(token, 'a different fresh passphrase')).toMatchObject(LINK_GONE);
    expect(await verifyCredentials(user.email, NEW_PASSWORD)).not.toBeNull();
  });

  it('stops working after an hour', async () => {
    const { user, token } = await resetLinkFor();
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await reset(token)).toMatchObject(LINK_GONE);
    expect(await verifyCredentials(user.email, OLD_PASSWORD)).not.toBeNull();
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a weak password or one made of the name, and stays usable for a better one', async () => {
    const { user, token } = await resetLinkFor();
    expect((await reset(token, 'password1234')).fieldErrors?.password?.[0]).toMatch(/easy to guess/);
    const local = user.email.split('@')[0]!;
    expect((await reset(token, `${local} is my password`)).fieldErrors).toEqual({
      password: ['Leave your name and email address out of your password.'],
    });
    expect(await accountTokenIsUsable(db, token, 'reset_password')).toBe(true);
    expect((await reset(token)).ok).toBe(true);
  });

  it('does nothing for an account suspended since the link was sent', async () => {
    const { user, token } = await resetLinkFor();
    const hashOf = async () =>
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash;
    const before = await hashOf();
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await reset(token)).toMatchObject(LINK_GONE);
    expect(await hashOf()).toBe(before);
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await db.auditEntry.count({ where: { action: 'account.password_reset', targetId: user.id } })).toBe(0);
  });

  it('takes at most ten tries in 15 minutes from one connection', async () => {
    for (let i = 0; i < 10; i++) expect(await reset('x'.repeat(32))).toMatchObject(LINK_GONE);
    expect(await reset('x'.repeat(32))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Too many attempts'),
    });
  });
});
