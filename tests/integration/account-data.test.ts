import { randomBytes } from 'node:crypto';
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
import { deleteUser } from '@/lib/users/actions';
import { facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { formData } from '../support/form';
import { mailsTo, newBrowserFor, redirectOf, switchToBrowser } from '../support/account-area';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

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

const DAY = 24 * 60 * 60 * 1000;

/**
 * The pen pal's letters: to Jordan a posted letter with its history, a draft and a delivered reply with a scan (and a
 * held reply the pen pal has not been shown); to a second person only a draft. A stranger writes to Jordan too.
 */
async function lettersOf(user: { id: string }, profile: { id: string; facilityId: string }) {
  const thread = await db.thread.create({ data: threadData(user.id, profile.id) });
  const submittedAt = new Date(Date.now() - 20 * DAY);
  const postedAt = new Date(Date.now() - 15 * DAY);
  const posted = await db.letter.create({
    data: letterData(thread.id, {
      body: 'Dear Jordan, the tomatoes are in.',
      status: 'posted',
      submittedAt,
      postedAt,
      sheets: 1,
      events: {
        create: [
          { status: 'submitted', createdAt: submittedAt },
          {
            status: 'changes_requested',
            reasonCode: 'phone-number',
            note: 'Take out the number.',
            createdAt: submittedAt,
          },
          { status: 'approved', createdAt: new Date(submittedAt.getTime() + DAY) },
          { status: 'posted', createdAt: postedAt },
        ],
      },
    }),
  });
  const draft = await db.letter.create({ data: letterData(thread.id, { body: 'Half a thought' }) });
  const scanName = `${randomBytes(16).toString('hex')}.webp`;
  const reply = await db.reply.create({
    data: {
      threadId: thread.id,
      body: 'Thank you for the tomatoes.',
      receivedAt: new Date(Date.now() - 2 * DAY),
      scans: { create: [{ fileName: scanName, mimeType: 'image/webp', bytes: 10, position: 0 }] },
    },
  });
  await db.reply.create({
    data: { threadId: thread.id, body: 'Held for screening', status: 'screening', receivedAt: new Date() },
  });
  const second = await db.profile.create({
    data: profileData({ id: profile.facilityId, state: 'OR' }, { displayName: 'Lee M.' }),
  });
  const draftOnly = await db.thread.create({ data: threadData(user.id, second.id) });
  await db.letter.create({ data: letterData(draftOnly.id, { body: 'Dear Lee' }) });
  const stranger = await createUser('penpal');
  const strangers = await db.thread.create({ data: threadData(stranger.id, profile.id) });
  await db.letter.create({ data: letterData(strangers.id, { body: 'A stranger’s letter', status: 'submitted' }) });
  return { thread, posted, draft, reply, draftOnly, scanName };
}

describe('downloading one’s data', () => {
  it('sends a signed-out visitor to sign in', async () => {
    expect(await redirectOf(downloadData())).toBe('/signin?next=%2Faccount%2Fdata');
  });

  it('is one JSON attachment with the account, its sessions, favourites and audit entries, and no secrets', async () => {
    const { user, admin, profile } = await penPalWithHistory();
    // Another pen pal with a sign-in and a favourite of their own: none of it may show in this export.
    const stranger = await createUser('penpal');
    await newBrowserFor(stranger);
    const theirs = await db.profile.create({
      data: profileData({ id: profile.facilityId, state: 'OR' }, { displayName: 'Sam Q.' }),
    });
    await db.favourite.create({ data: { userId: stranger.id, profileId: theirs.id } });
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
    expect(text).not.toContain('Sam Q.');
  });

  it('includes every thread: the person by display name, the reply code, letters with their history, replies read', async () => {
    const { user, profile } = await penPalWithHistory();
    const { thread, reply, scanName } = await lettersOf(user, profile);
    switchToBrowser(await newBrowserFor(user));

    const text = await (await downloadData()).text();
    const data = JSON.parse(text);
    expect(data.letters).toEqual([
      {
        writingTo: 'Jordan R.',
        replyCode: thread.replyCode,
        startedAt: expect.any(String),
        lastActivityAt: expect.any(String),
        stoppedAt: null,
        stopReason: null,
        letters: [
          {
            kind: 'letter',
            status: 'posted',
            body: 'Dear Jordan, the tomatoes are in.',
            createdAt: expect.any(String),
            submittedAt: expect.any(String),
            postedAt: expect.any(String),
            erasedAt: null,
            history: [
              { status: 'submitted', reasonCode: null, note: null, at: expect.any(String) },
              {
                status: 'changes_requested',
                reasonCode: 'phone-number',
                note: 'Take out the number.',
                at: expect.any(String),
              },
              { status: 'approved', reasonCode: null, note: null, at: expect.any(String) },
              { status: 'posted', reasonCode: null, note: null, at: expect.any(String) },
            ],
          },
          expect.objectContaining({ kind: 'letter', status: 'draft', body: 'Half a thought', history: [] }),
        ],
        replies: [
          {
            body: 'Thank you for the tomatoes.',
            receivedAt: reply.receivedAt.toISOString(),
            readAt: null,
            erasedAt: null,
            scans: [scanName],
          },
        ],
      },
      expect.objectContaining({
        writingTo: 'Lee M.',
        letters: [expect.objectContaining({ status: 'draft', body: 'Dear Lee' })],
        replies: [],
      }),
    ]);
    // Only what the pen pal may see: no held reply, no other pen pal's letter, nothing of the person's records.
    const stored = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, include: { facility: true } });
    expect(text).not.toContain('Held for screening');
    expect(text).not.toContain('A stranger’s letter');
    expect(text).not.toContain(stored.legalName);
    expect(text).not.toContain(stored.inmateNumber);
    expect(text).not.toContain(stored.facility.addressLines.split('\n')[0]);
  });

  it('includes the reports the pen pal filed, with their outcome, and nobody else’s', async () => {
    const { user, profile } = await penPalWithHistory();
    const { reply } = await lettersOf(user, profile);
    const filed = { profileId: profile.id, reason: 'scam', reporterName: user.name, reporterEmail: user.email };
    await db.profileReport.create({
      data: {
        ...filed,
        replyId: reply.id,
        details: 'They asked me for money.',
        status: 'resolved',
        outcome: 'no-action',
        outcomeNote: 'Staff only: spoke to the facility.',
        resolvedAt: new Date(),
      },
    });
    await db.profileReport.create({
      data: { ...filed, details: 'Someone else’s report.', reporterName: 'Other', reporterEmail: 'other@example.org' },
    });
    switchToBrowser(await newBrowserFor(user));

    const text = await (await downloadData()).text();
    expect(JSON.parse(text).reports).toEqual([
      {
        about: 'reply',
        person: 'Jordan R.',
        reason: 'scam',
        details: 'They asked me for money.',
        status: 'resolved',
        outcome: 'no-action',
        filedAt: expect.any(String),
        resolvedAt: expect.any(String),
      },
    ]);
    expect(text).not.toContain('Someone else’s report.');
    expect(text).not.toContain('Staff only');
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

describe('deleting an account that has letters', () => {
  it('deletes drafts, stops each thread with a closing letter where one was sent, and keeps sent letters', async () => {
    const { user, profile } = await penPalWithHistory();
    const { thread, posted, draft, draftOnly } = await lettersOf(user, profile);
    await db.profileReport.create({
      data: {
        profileId: profile.id,
        reason: 'other',
        details: 'About a reply',
        reporterName: user.name,
        reporterEmail: user.email,
      },
    });
    const nameBefore = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).name;
    switchToBrowser(await newBrowserFor(user));

    expect(await redirectOf(deleteAccount({ ok: false }, formData({ currentPassword: PASSWORD })))).toBe(
      '/account/deleted',
    );

    expect(await db.letter.findUnique({ where: { id: draft.id } })).toBeNull();
    // A thread with nothing sent in it goes altogether.
    expect(await db.thread.findUnique({ where: { id: draftOnly.id } })).toBeNull();
    const stopped = await db.thread.findUniqueOrThrow({ where: { id: thread.id }, include: { letters: true } });
    expect(stopped).toMatchObject({ userId: user.id, stopReason: 'account-deleted', stoppedAt: expect.any(Date) });
    expect(stopped.letters.find((letter) => letter.id === posted.id)).toMatchObject({
      body: 'Dear Jordan, the tomatoes are in.',
      status: 'posted',
    });
    const closing = stopped.letters.find((letter) => letter.kind === 'closing');
    expect(closing).toMatchObject({ status: 'approved', batchId: null });
    expect(closing!.body).toContain('Dear Jordan R.');
    expect(closing!.body).toContain(`${nameBefore} has let us know`);
    // The letters now belong to an account with nothing personal left in it.
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: 'Deleted account' });
    expect(await db.profileReport.findFirstOrThrow({ where: { details: 'About a reply' } })).toMatchObject({
      reporterName: 'Deleted account',
      reporterEmail: '',
    });
  });

  it('does the same when an admin deletes the account, and leaves a thread already stopped as it was', async () => {
    const { user, profile } = await penPalWithHistory();
    const { thread } = await lettersOf(user, profile);
    await db.thread.update({ where: { id: thread.id }, data: { stoppedAt: new Date(), stopReason: 'time' } });
    await signInAs(await createUser('admin'));

    expect(await deleteUser({ ok: false }, formData({ userId: user.id, confirm: 'yes' }))).toMatchObject({ ok: true });

    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({ stopReason: 'time' });
    expect(await db.letter.count({ where: { threadId: thread.id, kind: 'closing' } })).toBe(0);
    expect(await db.letter.count({ where: { thread: { userId: user.id }, status: 'draft' } })).toBe(0);
    expect(await db.letter.count({ where: { threadId: thread.id, status: 'posted' } })).toBe(1);
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
