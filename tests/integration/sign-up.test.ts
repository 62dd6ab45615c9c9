import { beforeEach, describe, expect, it } from 'vitest';
import { signUp } from '@/lib/accounts/actions/sign-up';
import { deletedEmailHash } from '@/lib/accounts/email-hash';
import { RULES_VERSION } from '@/lib/accounts/schema';
import { newSignUpStamp } from '@/lib/accounts/sign-up-stamp';
import { verifyCredentials } from '@/lib/auth/credentials';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { resetRateLimits } from '@/lib/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';
import { clearOutbox, GOOD_PASSWORD, mailTo, newEmail, signUpFields, tokenIn } from '../support/accounts';
import { formData } from '../support/form';
import { request, runAfterResponse } from '../support/request';
import { createUser, signInAs } from '../support/users';
import { readOutbox } from '@/lib/mail/send';

const DAY = 24 * 60 * 60 * 1000;

const signUpWith = (fields: Record<string, string | string[] | undefined>) => signUp({ ok: false }, formData(fields));

/** The one answer every sign-up past the form's own errors gets, whatever became of the address. */
const checkYourEmail = (email: string) => ({
  ok: true,
  message: `Check your email: we sent a link to ${email}.`,
  result: { email },
});

beforeEach(async () => {
  await resetRateLimits();
  await clearOutbox();
});

describe('signing up with a new address', () => {
  it('opens an unconfirmed account with what was chosen and the rules accepted, and emails a confirmation link', async () => {
    const fields = signUpFields({ email: 'Robin.Writer@Example.org', interests: ['chess', 'books', 'chess'] });
    const state = await signUpWith(fields);

    expect(state).toEqual(checkYourEmail('robin.writer@example.org'));
    const user = await db.user.findUniqueOrThrow({
      where: { email: 'robin.writer@example.org' },
      omit: { passwordHash: false },
    });
    expect(user).toMatchObject({
      name: 'Robin',
      role: 'penpal',
      country: 'US',
      interests: 'chess,books',
      languages: 'english',
      offers: 'friendship',
      rulesVersion: RULES_VERSION,
      emailVerifiedAt: null,
    });
    expect(Date.now() - user.rulesAcceptedAt!.getTime()).toBeLessThan(60_000);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials('robin.writer@example.org', GOOD_PASSWORD)).toMatchObject({ user: { id: user.id } });
    expect(await db.auditEntry.findFirst({ where: { action: 'account.signup', targetId: user.id } })).toMatchObject({
      actorId: user.id,
      targetType: 'user',
    });

    const [mail, ...more] = await mailTo('robin.writer@example.org');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Confirm your email address');
    expect(mail!.text).toContain('Hello Robin,');
    expect(tokenIn(mail!, '/verify-email')).toHaveLength(32);
    expect(JSON.stringify(state)).not.toContain(GOOD_PASSWORD);
  });

  it('signs nobody in: a session would tell a stranger the address was free', async () => {
    await signUpWith(signUpFields());
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await db.session.count()).toBe(0);
  });

  it('refuses a caller who is already signed in, and opens nothing', async () => {
    await signInAs(await createUser('penpal'));
    const fields = signUpFields();
    const state = await signUpWith(fields);
    expect(state).toMatchObject({
      ok: false,
      message: 'You are already signed in. Sign out first to open another account.',
    });
    expect(await db.user.count({ where: { email: fields.email } })).toBe(0);
  });
});

describe('the form’s errors', () => {
  it('lists every problem at once, the password’s too, and keeps everything typed but the password', async () => {
    const password = 'short';
    const state = await signUpWith({
      name: 'robin@example.org',
      email: 'not-an-email',
      password,
      country: 'XX',
      company: '',
      stamp: newSignUpStamp(),
    });

    expect(state.ok).toBe(false);
    expect(state.message).toBe('Please correct the fields marked below.');
    expect(state.fieldErrors).toEqual({
      name: ['Use a name, not an email or web address.'],
      email: ['Enter an email address such as name@example.org.'],
      password: ['Use at least 12 characters. A few unrelated words make a strong one.'],
      country: ['Choose the country you live in.'],
      interests: ['Choose at least one interest: it is how we find you common ground.'],
      languages: ['Choose at least one language you write in.'],
      adult: ['You must be 18 or older to write to someone through the program.'],
      rules: ['Please read and accept the program’s rules.'],
    });
    expect(state.values).toMatchObject({ name: 'robin@example.org', email: 'not-an-email', country: 'XX' });
    expect(state.values?.stamp).toMatch(/^\d+\./);
    expect(state.values).not.toHaveProperty('password');
    expect(JSON.stringify(state)).not.toContain(password);
    expect(await db.user.count({ where: { email: 'not-an-email' } })).toBe(0);
    expect(await readOutbox()).toEqual([]);
  });

  it('refuses a password made of the display name or the address, or easy to guess', async () => {
    const fromName = await signUpWith(signUpFields({ name: 'Marguerite', password: 'Marguerite 2026!' }));
    expect(fromName.fieldErrors).toEqual({ password: ['Leave your name and email address out of your password.'] });
    const fromEmail = await signUpWith(signUpFields({ email: 'tallulah.b@example.org', password: 'tallulah1234!!' }));
    expect(fromEmail.fieldErrors).toEqual({ password: ['Leave your name and email address out of your password.'] });
    const guessable = await signUpWith(signUpFields({ password: 'password1234' }));
    expect(guessable.fieldErrors?.password?.[0]).toMatch(/easy to guess/);
    expect(await readOutbox()).toEqual([]);
  });
});

describe('an address that already has an account', () => {
  it('gets the same answer as a new one, while its owner is told by email and no second account opens', async () => {
    const owner = await createUser('penpal');
    await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: new Date() } });

    const state = await signUpWith(signUpFields({ email: owner.email.toUpperCase(), name: 'Impostor' }));

    expect(state).toEqual(checkYourEmail(owner.email));
    expect(await db.user.findMany({ where: { email: owner.email }, select: { id: true, name: true } })).toEqual([
      { id: owner.id, name: owner.name },
    ]);
    const [mail, ...more] = await mailTo(owner.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Someone tried to sign up with your email address');
    expect(mail!.text).toContain(`Hello ${owner.name},`);
    expect(mail!.text).toContain(`\n${env.siteUrl}/signin\n`);
    expect(mail!.text).toContain(`\n${env.siteUrl}/forgot-password\n`);
    expect(mail!.text).not.toContain('/verify-email/');
    expect(await verifyCredentials(owner.email, GOOD_PASSWORD)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: 'account.signup', targetId: owner.id } })).toBe(0);
  });

  it('sends an owner who never confirmed a fresh confirmation link with the notice', async () => {
    const owner = await createUser('penpal');
    await signUpWith(signUpFields({ email: owner.email }));
    const [mail] = await mailTo(owner.email);
    expect(mail!.subject).toBe('Someone tried to sign up with your email address');
    expect(tokenIn(mail!, '/verify-email')).toHaveLength(32);
  });
});

describe('the address of a deleted account', () => {
  async function deletedAccount(email: string, daysAgo: number) {
    return db.user.create({
      data: {
        email: `deleted-${daysAgo}-${Date.now()}@deleted.invalid`,
        name: '',
        passwordHash: '',
        deletedAt: new Date(Date.now() - daysAgo * DAY),
        deletedEmailHash: deletedEmailHash(email),
      },
    });
  }

  it('cannot open a new account for 30 days; the answer is the same and the address is told when it can', async () => {
    const email = newEmail('former');
    await deletedAccount(email.toUpperCase(), 29);

    expect(await signUpWith(signUpFields({ email }))).toEqual(checkYourEmail(email));
    expect(await db.user.count({ where: { email } })).toBe(0);
    const [mail, ...more] = await mailTo(email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('We could not open a new account for this email address');
    expect(mail!.text).toMatch(/a new one can be opened from \w+ \d+, \d{4}\./);
  });

  it('can open one again after 30 days', async () => {
    const email = newEmail('former');
    await deletedAccount(email, 31);
    expect(await signUpWith(signUpFields({ email }))).toEqual(checkYourEmail(email));
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await mailTo(email))[0]!.subject).toBe('Confirm your email address');
  });

  it('is recognised by a keyed hash of the address, whatever its case', () => {
    const hash = deletedEmailHash('Former@Example.org');
    expect(hash).toBe(deletedEmailHash(' former@example.org '));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(deletedEmailHash('former2@example.org'));
  });
});

describe('spam defences', () => {
  it.each([
    ['fills the hidden field', () => ({ company: 'Acme Ltd' })],
    ['sends no form stamp', () => ({ stamp: undefined })],
    ['forges the stamp', () => ({ stamp: `${Date.now() - 10_000}.${'A'.repeat(43)}` })],
    // Stamped as the test runs, not as the file loads: a busy machine may take seconds to reach this case.
    ['sends the form within three seconds of the page', () => ({ stamp: newSignUpStamp() })],
  ])('a bot that %s is told what a person would be, and nothing is stored or sent', async (_what, overrides) => {
    const fields = signUpFields(overrides());
    expect(await signUpWith(fields)).toEqual(checkYourEmail(fields.email));
    expect(await db.user.count({ where: { email: fields.email } })).toBe(0);
    await runAfterResponse();
    expect(await readOutbox()).toEqual([]);
  });

  it('lets one address be tried three times an hour, so its owner gets at most three emails', async () => {
    const owner = await createUser('penpal');
    for (let i = 0; i < 3; i++) expect((await signUpWith(signUpFields({ email: owner.email }))).ok).toBe(true);
    const fields = signUpFields({ email: owner.email, name: 'Fourth Try' });
    const state = await signUpWith(fields);
    expect(state).toMatchObject({
      ok: false,
      message: expect.stringContaining('several sign-ups with this email address'),
      values: { name: 'Fourth Try', email: owner.email },
    });
    expect(await mailTo(owner.email)).toHaveLength(3);
  });

  it('lets one connection open ten accounts an hour', async () => {
    for (let i = 0; i < 10; i++) expect((await signUpWith(signUpFields())).ok).toBe(true);
    const fields = signUpFields();
    expect(await signUpWith(fields)).toMatchObject({
      ok: false,
      message: expect.stringContaining('from your connection'),
    });
    expect(await db.user.count({ where: { email: fields.email } })).toBe(0);
    // Another connection is not held back.
    request.headers.set(CLIENT_ADDRESS_HEADER, '198.51.100.20');
    expect((await signUpWith(signUpFields())).ok).toBe(true);
  });
});
