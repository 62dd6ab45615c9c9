import { describe, expect, it } from 'vitest';
import { GET as downloadData } from '@/app/(account)/account/data/export/route';
import { deleteAccount } from '@/lib/accounts/actions/data';
import { requestEmailChange } from '@/lib/accounts/actions/settings';
import { deletedEmailHash } from '@/lib/accounts/email-hash';
import { issueAccountToken } from '@/lib/accounts/tokens';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { verifyCredentials } from '@/lib/auth/credentials';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { mailsTo, newBrowserFor, redirectOf, switchToBrowser } from '../support/account-area';
import { request } from '../support/request';
import { createUser } from '../support/users';

const PASSWORD = 'correct horse battery staple';

/** A pen pal with something in every table an account touches. */
async function penPalWithHistory() {
  const user = await createUser('penpal');
  await db.user.update({
    where: { id: user.id },
    data: {
      country: 'CA',
      about: 'I like long letters.',
      interests: 'chess,poetry',
      languages: 'english,french',
      offers: 'friendship',
    },
  });
  const facility = await db.facility.create({ data: facilityData() });
  const profile = await db.profile.create({ data: profileData(facility, { displayName: 'Jordan R.' }) });
  await db.favourite.create({ data: { userId: user.id, profileId: profile.id } });
  const admin = await createUser('admin');
  await db.auditEntry.create({
    data: {
      actorId: admin.id,
      actorEmail: admin.email,
      action: 'user.warn',
      targetType: 'user',
      targetId: user.id,
      detail: JSON.stringify({ note: 'Be kind' }),
    },
  });
  await db.auditEntry.create({
    data: { actorId: admin.id, actorEmail: admin.email, action: 'user.warn', targetType: 'user', targetId: admin.id },
  });
  request.headers.set('user-agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0');
  const otherBrowser = await newBrowserFor(user);
  await newBrowserFor(user);
  await db.$transaction((tx) => issueAccountToken(tx, user.id, 'verify_email'));
  return { user, profile, admin, otherBrowser };
}

describe('downloading one’s data', () => {
  it('sends a signed-out visitor to sign in', async () => {
    expect(await redirectOf(downloadData())).toBe('/signin?next=%2Faccount%2Fdata');
  });

  it('is one JSON attachment with the account, its sessions, favourites and audit entries, and no secrets', async () => {
    const { user, admin } = await penPalWithHistory();
    const stranger = await createUser('penpal');
    await db.user.update({ where: { id: user.id }, data: { name: 'Casey Writer' } });
    switchToBrowser(await newBrowserFor(user));

    const response = await downloadData();
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="beyond-bars-account-\d{4}-\d\d-\d\d\.json"$/,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    const data = JSON.parse(text);

    expect(data.account).toMatchObject({
      email: user.email,
      name: 'Casey Writer',
      country: 'CA',
      about: 'I like long letters.',
      interests: ['chess', 'poetry'],
      languages: ['english', 'french'],
      offers: ['friendship'],
    });
    expect(data.sessions).toHaveLength(3);
    expect(data.sessions[0]).toEqual({
      device: 'Firefox on Linux',
      userAgent: expect.stringContaining('Firefox'),
      signedInAt: expect.any(String),
      lastSeenAt: expect.any(String),
      endedAt: null,
    });
    expect(data.favourites).toEqual([
      { displayName: 'Jordan R.', slug: expect.any(String), savedAt: expect.any(String) },
    ]);
    expect(data.auditEntries).toEqual([
      { action: 'user.warn', by: 'staff', detail: { note: 'Be kind' }, at: expect.any(String) },
    ]);
    expect(data.letters).toEqual([]);

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    const tokens = await db.accountToken.findMany({ where: { userId: user.id }, omit: { tokenHash: false } });
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    expect(text).not.toContain(stored.passwordHash);
    for (const token of tokens) expect(text).not.toContain(token.tokenHash);
    expect(text).not.toContain(admin.email);
    expect(text).not.toContain(stranger.email);
  });
});

describe('deleting the account', () => {
  it('asks for the password, and changes nothing without it', async () => {
    const { user } = await penPalWithHistory();
    const state = await deleteAccount({ ok: false }, formData({ currentPassword: 'not it' }));
    expect(state.fieldErrors).toEqual({ currentPassword: ['That is not your current password.'] });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: user.email,
      deletedAt: null,
    });
    expect(await db.favourite.count({ where: { userId: user.id } })).toBe(1);
    expect(await currentUser()).toMatchObject({ id: user.id });
  });

  it('erases the personal data, favourites, links and sign-ins in one go, records it, and signs this browser out', async () => {
    const { user, profile, otherBrowser } = await penPalWithHistory();
    await requestEmailChange({ ok: false }, formData({ email: 'elsewhere@example.org', currentPassword: PASSWORD }));
    await db.auditEntry.create({
      data: {
        actorId: user.id,
        actorEmail: user.email,
        action: 'account.password_change',
        targetType: 'user',
        targetId: user.id,
      },
    });

    expect(await redirectOf(deleteAccount({ ok: false }, formData({ currentPassword: PASSWORD })))).toBe(
      '/account/deleted',
    );

    const placeholder = `deleted-${user.id}@deleted.invalid`;
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row).toMatchObject({
      email: placeholder,
      name: 'Deleted account',
      about: '',
      interests: '',
      languages: '',
      offers: '',
      country: '',
      emailVerifiedAt: null,
      deletedAt: expect.any(Date),
      deletedEmailHash: deletedEmailHash(user.email),
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.favourite.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.favourite.count({ where: { profileId: profile.id } })).toBe(0);
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // The earlier entry stays, no longer signed with the address.
    expect(
      await db.auditEntry.findFirst({ where: { action: 'account.password_change', actorId: user.id } }),
    ).toMatchObject({ actorEmail: placeholder });
    expect(await db.auditEntry.findMany({ where: { action: 'account.delete' } })).toEqual([
      expect.objectContaining({ actorId: user.id, actorEmail: placeholder, targetType: 'user', targetId: user.id }),
    ]);
    expect(JSON.stringify(await db.auditEntry.findMany())).not.toContain(user.email);

    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
    switchToBrowser(otherBrowser);
    expect(await currentUser()).toBeNull();
    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
    expect(await verifyCredentials(placeholder, PASSWORD)).toBeNull();
    expect((await mailsTo(user.email)).map((mail) => mail.subject)).toContain('Your account has been deleted');
  });

  it('is for pen pals: a staff account is closed by an administrator', async () => {
    const moderator = await createUser('moderator');
    await newBrowserFor(moderator);
    const state = await deleteAccount({ ok: false }, formData({ currentPassword: PASSWORD }));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/administrator/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: moderator.id } })).deletedAt).toBeNull();
  });
});

describe('verifyCredentials', () => {
  it('refuses an account marked deleted, even with its password', async () => {
    const user = await createUser('penpal');
    expect(await verifyCredentials(user.email, PASSWORD)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
  });
});
