import { describe, expect, it } from 'vitest';
import { changePassword, endAllOtherSessions, endOtherSession } from '@/lib/accounts/actions/sessions';
import { ownActiveSessions } from '@/lib/accounts/queries';
import { issueAccountToken } from '@/lib/accounts/tokens';
import { verifyCredentials } from '@/lib/auth/credentials';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { formData } from '../support/form';
import { mailsTo, newBrowserFor, switchToBrowser } from '../support/account-area';
import { request } from '../support/request';
import { createUser } from '../support/users';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'lantern orchard velvet compass';

describe('changing the password', () => {
  it('signs out every other browser but this one, and emails to say so', async () => {
    const user = await createUser('penpal');
    const other = await newBrowserFor(user);
    const here = await newBrowserFor(user);

    const state = await changePassword({ ok: false }, formData({ currentPassword: PASSWORD, password: NEW_PASSWORD }));
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining('every other browser') });
    expect(JSON.stringify(state)).not.toContain(NEW_PASSWORD);

    expect(await currentUser()).toMatchObject({ id: user.id });
    switchToBrowser(other);
    expect(await currentUser()).toBeNull();
    switchToBrowser(here);
    expect(await currentUser()).toMatchObject({ id: user.id });

    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
    expect(await verifyCredentials(user.email, NEW_PASSWORD)).toMatchObject({ user: { id: user.id } });
    expect((await mailsTo(user.email)).map((mail) => mail.subject)).toEqual(['Your password was changed']);
    expect(await db.auditEntry.findMany({ where: { targetId: user.id } })).toEqual([
      expect.objectContaining({ action: 'account.password_change', actorId: user.id, targetType: 'user' }),
    ]);
  });

  it('retires a reset link sent before the change', async () => {
    const user = await createUser('penpal');
    await newBrowserFor(user);
    await db.$transaction((tx) => issueAccountToken(tx, user.id, 'reset_password'));
    await changePassword({ ok: false }, formData({ currentPassword: PASSWORD, password: NEW_PASSWORD }));
    expect(await db.accountToken.count({ where: { userId: user.id, purpose: 'reset_password', usedAt: null } })).toBe(
      0,
    );
  });

  it('refuses a wrong current password and a guessable new one together, and changes nothing', async () => {
    const user = await createUser('penpal');
    const other = await newBrowserFor(user);
    await newBrowserFor(user);
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } }))
      .passwordHash;

    const state = await changePassword({ ok: false }, formData({ currentPassword: 'wrong', password: 'password1234' }));
    expect(state.fieldErrors).toEqual({
      currentPassword: ['That is not your current password.'],
      password: [expect.stringMatching(/easy to guess/)],
    });
    const named = await changePassword(
      { ok: false },
      formData({ currentPassword: PASSWORD, password: `${user.name} is the best writer` }),
    );
    expect(named.fieldErrors?.password).toEqual(['Leave your name and email address out of your password.']);
    const same = await changePassword({ ok: false }, formData({ currentPassword: PASSWORD, password: PASSWORD }));
    expect(same.fieldErrors?.password).toEqual(['Choose a password that is different from your current one.']);

    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash,
    ).toBe(hashBefore);
    switchToBrowser(other);
    expect(await currentUser()).not.toBeNull();
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it('stops checking the current password after ten tries in 15 minutes', async () => {
    const user = await createUser('penpal');
    await newBrowserFor(user);
    for (let i = 0; i < 10; i++)
      await changePassword({ ok: false }, formData({ currentPassword: `guess ${i}`, password: NEW_PASSWORD }));
    const state = await changePassword({ ok: false }, formData({ currentPassword: PASSWORD, password: NEW_PASSWORD }));
    expect(state.fieldErrors?.currentPassword).toEqual([expect.stringMatching(/Too many attempts/)]);
  });
});

describe('the sessions list', () => {
  it('lists this account’s active browsers, this one first, and no one else’s', async () => {
    const stranger = await createUser('penpal');
    await newBrowserFor(stranger);
    const user = await createUser('penpal');
    request.headers.set('user-agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0');
    await newBrowserFor(user);
    await newBrowserFor(user);
    await newBrowserFor(user);
    const [, revoked, idle] = await db.session.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
    await db.session.update({ where: { id: revoked!.id }, data: { revokedAt: new Date() } });
    await db.session.update({
      where: { id: idle!.id },
      data: { lastSeenAt: new Date(Date.now() - 15 * 24 * 60 * 60 * 1000) },
    });
    request.headers.set(
      'user-agent',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    );
    await newBrowserFor(user);

    const sessions = await ownActiveSessions();
    expect(sessions.map(({ device, current }) => ({ device, current }))).toEqual([
      { device: 'Safari on iPhone', current: true },
      { device: 'Firefox on Linux', current: false },
    ]);
  });

  it('signs out one of the account’s own browsers, never this one or another account’s', async () => {
    const stranger = await createUser('penpal');
    const strangerCookie = await newBrowserFor(stranger);
    const strangerSession = await db.session.findFirstOrThrow({ where: { userId: stranger.id } });
    const user = await createUser('penpal');
    const other = await newBrowserFor(user);
    const here = await newBrowserFor(user);
    const [otherSession, thisSession] = await db.session.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: 'asc' },
    });

    expect(await endOtherSession({ ok: false }, formData({ sessionId: strangerSession.id }))).toEqual({
      ok: false,
      message: 'That browser was already signed out.',
      values: {},
    });
    expect(await endOtherSession({ ok: false }, formData({ sessionId: thisSession!.id }))).toMatchObject({ ok: false });
    expect(request.revalidated).toEqual([]);
    expect(
      await db.session.count({ where: { userId: { in: [stranger.id, user.id] }, revokedAt: { not: null } } }),
    ).toBe(0);

    expect(await endOtherSession({ ok: false }, formData({ sessionId: otherSession!.id }))).toMatchObject({ ok: true });
    switchToBrowser(other);
    expect(await currentUser()).toBeNull();
    switchToBrowser(here);
    expect(await currentUser()).toMatchObject({ id: user.id });
    switchToBrowser(strangerCookie);
    expect(await currentUser()).toMatchObject({ id: stranger.id });
  });

  it('signs out everywhere else, and only this account', async () => {
    const stranger = await createUser('penpal');
    const strangerCookie = await newBrowserFor(stranger);
    const user = await createUser('penpal');
    const first = await newBrowserFor(user);
    const second = await newBrowserFor(user);
    const here = await newBrowserFor(user);

    expect(await endAllOtherSessions({ ok: false }, formData({}))).toMatchObject({ ok: true });
    for (const cookie of [first, second]) {
      switchToBrowser(cookie);
      expect(await currentUser()).toBeNull();
    }
    for (const [cookie, id] of [
      [here, user.id],
      [strangerCookie, stranger.id],
    ] as const) {
      switchToBrowser(cookie);
      expect(await currentUser()).toMatchObject({ id });
    }
  });
});
