import { describe, expect, it } from 'vitest';
import { confirmEmailChange, requestEmailChange, updateAccountSettings } from '@/lib/accounts/actions/settings';
import { emailChangeLink, pendingEmailChange } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import { formData } from '../support/form';
import { mailsTo, redirectOf } from '../support/account-area';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const PASSWORD = 'correct horse battery staple';
const SETTINGS = {
  name: 'Sam Writer',
  country: 'GB',
  interests: ['chess', 'books', 'chess'],
  languages: 'english',
  offers: ['friendship', 'mentorship'],
  about: '  I write on Sundays.  ',
};

async function signedInPenPal() {
  const user = await createUser('penpal');
  await signInAs(user);
  return user;
}

describe('account settings', () => {
  it('saves the details, as vocabulary keys, and says so', async () => {
    const user = await signedInPenPal();
    const state = await updateAccountSettings({ ok: false }, formData(SETTINGS));
    expect(state).toMatchObject({ ok: true, message: 'Your details are saved.' });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: 'Sam Writer',
      country: 'GB',
      interests: 'chess,books',
      languages: 'english',
      offers: 'friendship,mentorship',
      about: 'I write on Sundays.',
    });
    // The form shows what was stored, and the header's name changes with it.
    expect(state.values).toMatchObject({ interests: 'chess,books', about: 'I write on Sundays.' });
    expect(request.revalidated).toContain('/account (layout)');
  });

  it('reports every problem at once, keeps what was typed and changes nothing', async () => {
    const user = await signedInPenPal();
    const state = await updateAccountSettings(
      { ok: false },
      formData({ name: 'me@example.org', country: 'XX', interests: ['not-an-interest'], about: 'x'.repeat(1001) }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['about', 'country', 'interests', 'languages', 'name']);
    expect(state.fieldErrors?.name).toEqual(['Use a name, not an email or web address.']);
    expect(state.values).toMatchObject({ name: 'me@example.org', country: 'XX', interests: 'not-an-interest' });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: user.name,
      country: '',
      interests: '',
    });
  });
});

const tokenIn = (text: string) => /\/account\/email\/confirm\/([\w-]+)/.exec(text)![1]!;

describe('changing the email address', () => {
  it('asks for the current password and sends nothing without it', async () => {
    const user = await signedInPenPal();
    const state = await requestEmailChange(
      { ok: false },
      formData({ email: 'new-wrong@example.org', currentPassword: 'not my password' }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['That is not your current password.'] },
      values: { email: 'new-wrong@example.org' },
    });
    expect(JSON.stringify(state)).not.toContain('not my password');
    expect(await mailsTo('new-wrong@example.org')).toEqual([]);
    expect(await mailsTo(user.email)).toEqual([]);
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('sends a 24-hour link to the new address, tells the old one, and changes the address once the link is confirmed', async () => {
    const user = await signedInPenPal();
    const before = Date.now();
    const state = await requestEmailChange(
      { ok: false },
      formData({ email: ' New.Address@Example.org ', currentPassword: PASSWORD }),
    );
    expect(state).toMatchObject({
      ok: true,
      message: expect.stringContaining('We have sent a link to new.address@example.org'),
    });

    const [link] = await mailsTo('new.address@example.org');
    expect(link!.subject).toBe('Confirm your new email address');
    const [notice] = await mailsTo(user.email);
    expect(notice).toMatchObject({
      subject: 'A change of your email address was asked for',
      text: expect.stringContaining('new.address@example.org'),
    });
    expect(notice!.text).not.toMatch(/\/account\/email\/confirm\//);
    const pending = await pendingEmailChange();
    expect(pending?.newEmail).toBe('new.address@example.org');
    expect(pending!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000 - 5000);
    expect(pending!.expiresAt.getTime() - before).toBeLessThanOrEqual(24 * 60 * 60 * 1000 + 5000);

    const token = tokenIn(link!.text);
    expect(await emailChangeLink(token)).toBe('new.address@example.org');
    // Nothing changes until the confirm button is pressed.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    expect(await redirectOf(confirmEmailChange({ ok: false }, formData({ token })))).toBe('/account/email?changed=1');
    const changed = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(changed.email).toBe('new.address@example.org');
    expect(changed.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await db.auditEntry.findMany({ where: { targetId: user.id } })).toEqual([
      expect.objectContaining({ action: 'account.email_change', actorId: user.id, actorEmail: user.email }),
    ]);
    expect((await mailsTo(user.email)).map((mail) => mail.subject)).toEqual([
      'A change of your email address was asked for',
      'Your email address has changed',
    ]);

    // The link works once.
    expect(await emailChangeLink(token)).toBeNull();
    expect(await confirmEmailChange({ ok: false }, formData({ token }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/expired or has already been used/),
    });
  });

  it('is refused, without spending the link, when another account opens it', async () => {
    const owner = await signedInPenPal();
    await requestEmailChange({ ok: false }, formData({ email: 'owner-new@example.org', currentPassword: PASSWORD }));
    const token = tokenIn((await mailsTo('owner-new@example.org'))[0]!.text);

    const other = await signedInPenPal();
    expect(await emailChangeLink(token)).toBeNull();
    expect(await confirmEmailChange({ ok: false }, formData({ token }))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).email).toBe(other.email);

    await signInAs(owner);
    expect(await redirectOf(confirmEmailChange({ ok: false }, formData({ token })))).toBe('/account/email?changed=1');
  });

  it('refuses neutrally when the address was taken after the link was sent', async () => {
    const user = await signedInPenPal();
    await requestEmailChange({ ok: false }, formData({ email: 'contested@example.org', currentPassword: PASSWORD }));
    const token = tokenIn((await mailsTo('contested@example.org'))[0]!.text);
    await db.user.create({ data: { email: 'contested@example.org', name: 'Quick', passwordHash: 'x' } });

    const state = await confirmEmailChange({ ok: false }, formData({ token }));
    expect(state).toEqual({
      ok: false,
      message: 'This link has expired or has already been used. You can ask for a new one on your email page.',
      values: {},
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it('answers the same for an address another account has, and mails that address no link', async () => {
    const taken = await createUser('penpal');
    const user = await signedInPenPal();
    const state = await requestEmailChange({ ok: false }, formData({ email: taken.email, currentPassword: PASSWORD }));
    expect(state).toMatchObject({
      ok: true,
      message: expect.stringContaining(`We have sent a link to ${taken.email}`),
    });
    const [mail] = await mailsTo(taken.email);
    expect(mail!.subject).toBe('Someone asked to use this email address');
    expect(mail!.text).not.toMatch(/\/account\/email\/confirm\//);
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses the address it already has', async () => {
    const user = await signedInPenPal();
    const state = await requestEmailChange(
      { ok: false },
      formData({ email: user.email.toUpperCase(), currentPassword: PASSWORD }),
    );
    expect(state.fieldErrors?.email).toEqual(['That is already your email address.']);
  });
});
