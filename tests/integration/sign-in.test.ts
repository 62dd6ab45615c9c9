import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn, signOut } from '@/lib/auth/actions';
import { verifyPassword } from '@/lib/auth/password';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { currentUser } from '@/lib/auth/session';
import { resetRateLimits } from '@/lib/rate-limit';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser } from '../support/users';
import { db } from '@/lib/db';
import { redirectOf } from '../support/account-area';

const PASSWORD = 'correct horse battery staple';

// Watched, not replaced: the timing test asks which hash each sign-in was checked against.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

beforeEach(async () => {
  await resetRateLimits();
});

describe('signIn', () => {
  it('starts a session and sends staff to the moderation console', async () => {
    const user = await createUser('admin');
    expect(
      await redirectOf(signIn({ ok: false }, formData({ email: user.email.toUpperCase(), password: PASSWORD }))),
    ).toBe('/admin');
    expect(request.cookies.get(SESSION_COOKIE)?.options).toMatchObject({ httpOnly: true, sameSite: 'lax' });
    expect(await currentUser()).toMatchObject({ id: user.id, role: 'admin' });
  });

  it('goes back to a same-site page it was sent from, never to another site', async () => {
    const user = await createUser('penpal');
    expect(
      await redirectOf(signIn({ ok: false }, formData({ email: user.email, password: PASSWORD, next: '/articles' }))),
    ).toBe('/articles');
    expect(
      await redirectOf(
        signIn({ ok: false }, formData({ email: user.email, password: PASSWORD, next: '//evil.example' })),
      ),
    ).toBe('/');
  });

  it('refuses a wrong password, keeps the email and never echoes the password', async () => {
    const user = await createUser('penpal');
    const state = await signIn({ ok: false }, formData({ email: user.email, password: 'wrong password' }));
    expect(state).toMatchObject({
      ok: false,
      message: 'That email and password do not match an active account.',
      values: { email: user.email },
    });
    expect(JSON.stringify(state)).not.toContain('wrong password');
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a suspended account, telling the reason only to someone who knows the password', async () => {
    const user = await createUser('penpal', { suspendedAt: new Date() });
    await db.user.update({ where: { id: user.id }, data: { suspendedReason: 'Asked for money.' } });
    const guess = await signIn({ ok: false }, formData({ email: user.email, password: 'a wrong password here' }));
    expect(guess.message).toBe('That email and password do not match an active account.');
    const state = await signIn({ ok: false }, formData({ email: user.email, password: PASSWORD }));
    expect(state.message).toMatch(/^This account is suspended: Asked for money\. If you think this is a mistake/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('checks an unknown address against a hash of the same cost as a real one, so the time tells nothing', async () => {
    const user = await createUser('penpal');
    const checked = vi.mocked(verifyPassword);
    const hashChecked = async (email: string) => {
      checked.mockClear();
      const state = await signIn({ ok: false }, formData({ email, password: 'a wrong password here' }));
      expect(state.message).toBe('That email and password do not match an active account.');
      expect(checked).toHaveBeenCalledTimes(1);
      return checked.mock.calls[0]![0];
    };
    const known = await hashChecked(user.email);
    const unknown = await hashChecked('nobody-here@example.org');
    // Both argon2id with the same cost: only the salt and the hash differ.
    const cost = (hash: string) => hash.split('$').slice(0, 4).join('$');
    expect(unknown).not.toBe(known);
    expect(cost(unknown)).toBe(cost(known));
    expect(cost(known)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1$/);
  });

  it('refuses an oversized address or password before counting or checking anything', async () => {
    const checked = vi.mocked(verifyPassword);
    checked.mockClear();
    const email = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.org`;
    const state = await signIn({ ok: false }, formData({ email, password: 'p'.repeat(5000) }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'password']);
    expect(checked).not.toHaveBeenCalled();
  });

  it('reports both missing fields', async () => {
    const state = await signIn({ ok: false }, formData({ email: '', password: '' }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'password']);
  });

  it('slows down guessing: after eight tries on one email even the right password waits', async () => {
    const user = await createUser('penpal');
    for (let i = 0; i < 8; i++) await signIn({ ok: false }, formData({ email: user.email, password: `guess ${i}` }));
    const state = await signIn({ ok: false }, formData({ email: user.email, password: PASSWORD }));
    expect(state.message).toMatch(/Too many sign-in attempts/);
  });

  it('counts only failures: people signing in from one shared connection do not lock each other out', async () => {
    const user = await createUser('penpal');
    for (let i = 0; i < 25; i++) {
      await redirectOf(signIn({ ok: false }, formData({ email: user.email, password: PASSWORD })));
    }
    for (let i = 0; i < 7; i++) await signIn({ ok: false }, formData({ email: user.email, password: `guess ${i}` }));
    expect(await redirectOf(signIn({ ok: false }, formData({ email: user.email, password: PASSWORD })))).toBe('/');
  });
});

describe('sessions', () => {
  async function signedIn() {
    const user = await createUser('penpal');
    await redirectOf(signIn({ ok: false }, formData({ email: user.email, password: PASSWORD })));
    return { user, cookie: request.cookies.get(SESSION_COOKIE)!.value };
  }

  function replay(cookie: string) {
    request.cookies.set(SESSION_COOKIE, { name: SESSION_COOKIE, value: cookie });
  }

  it('ends on the server at sign-out: replaying the old cookie gets nothing', async () => {
    const { cookie } = await signedIn();
    expect(await currentUser()).not.toBeNull();
    await redirectOf(signOut());
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
    replay(cookie);
    expect(await currentUser()).toBeNull();
  });

  it('records the browser, and ends when the account is suspended', async () => {
    request.headers.set('user-agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0');
    const { user } = await signedIn();
    expect(await db.session.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      userAgent: expect.stringContaining('Firefox'),
      revokedAt: null,
    });
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await currentUser()).toBeNull();
  });

  it('ends after 14 days without a visit', async () => {
    const { user } = await signedIn();
    await db.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - 15 * 24 * 60 * 60 * 1000) },
    });
    expect(await currentUser()).toBeNull();
  });

  it('ends 30 days after signing in, however recently it was used', async () => {
    const { user } = await signedIn();
    const day = 24 * 60 * 60 * 1000;
    await db.session.updateMany({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 29 * day), lastSeenAt: new Date() },
    });
    expect(await currentUser()).not.toBeNull();
    await db.session.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 30 * day) } });
    expect(await currentUser()).toBeNull();
  });

  it('refuses a cookie that names no session', async () => {
    const { cookie } = await signedIn();
    await db.session.deleteMany();
    replay(cookie);
    expect(await currentUser()).toBeNull();
  });
});
