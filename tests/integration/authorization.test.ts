import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resendVerificationEmail } from '@/lib/accounts/actions/verify-email';
import * as auditQueries from '@/lib/audit/queries';
import { auditEntriesForExport, listAuditEntries } from '@/lib/audit/queries';
import { parseAuditFilters } from '@/lib/audit/filters';
import { AuthorizationError } from '@/lib/auth/errors';
import { currentUser } from '@/lib/auth/session';
import * as dashboardQueriesModule from '@/lib/dashboard/queries';
import { dashboardCharts, dashboardQueues, needsAttention } from '@/lib/dashboard/queries';
import * as intakeQueries from '@/lib/letters/intake-queries';
import { findThreadForIntake, heldReplyCount, listHeldReplies } from '@/lib/letters/intake-queries';
import * as paperFormQueries from '@/lib/paper-forms/queries';
import { profileIdByReference, threadByReplyCode } from '@/lib/paper-forms/queries';
import * as reportQueries from '@/lib/reports/queries';
import * as reviewQueries from '@/lib/profiles/review-queries';
import * as userQueries from '@/lib/users/queries';
import { getUserForAdmin, listUsers } from '@/lib/users/queries';
import { commentStatusCounts, getCommentForModeration, listCommentsForModeration } from '@/lib/comments/queries';
import { listReports, reportTabCounts } from '@/lib/reports/queries';
import { getProfileForReview, listForReview, reviewTabCounts } from '@/lib/profiles/review-queries';
import { editComment, moderateComments, replyAsProgram } from '@/lib/comments/actions';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { ActionState } from '@/lib/forms/action-state';
import { readOutbox } from '@/lib/mail/send';
import { reopenReport, resolveReport } from '@/lib/reports/actions';
import { editFacility, editProfile, reviewProfile } from '@/lib/profiles/actions/review';
import { setFavourite } from '@/lib/favourites/actions';
import { deleteDraft, saveLetter, startLetter, submitLetter, writeLetter } from '@/lib/letters/actions/write';
import { deleteAccount } from '@/lib/accounts/actions/data';
import { changePassword, endAllOtherSessions, endOtherSession } from '@/lib/accounts/actions/sessions';
import { confirmEmailChange, requestEmailChange, updateAccountSettings } from '@/lib/accounts/actions/settings';
import { issueAccountToken } from '@/lib/accounts/tokens';
import { deliverReply, withholdReply } from '@/lib/letters/actions/held-replies';
import { recordReply } from '@/lib/letters/actions/intake';
import { markThreadRead, reportThreadItem, startWritingAgain, stopWriting } from '@/lib/letters/actions/threads';
import { confirmConsent, stopThreadOnRequest } from '@/lib/paper-forms/actions';
import { saveSettings } from '@/lib/settings/actions';
import { changeRole, deleteUser, restoreUser, suspendUser } from '@/lib/users/actions';
import { clearAuditLog } from '../support/audit';
import { commentData, facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { createBatch, markBatchPosted } from '@/lib/letters/actions/batch';
import { clearLettersPause, recordReturn } from '@/lib/letters/actions/returns';
import { screenLetter } from '@/lib/letters/actions/screen';
import * as deskQueries from '@/lib/letters/desk-queries';
import {
  findPostedByReplyCode,
  getBatch,
  getBatchForPrint,
  listBatches,
  listForScreening,
  listPrintQueue,
  postageLedger,
  screeningTabCounts,
} from '@/lib/letters/desk-queries';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

type AdminAction = (prev: ActionState<never>, data: FormData) => Promise<ActionState<unknown>>;
type Targets = {
  comment: string;
  openReport: string;
  resolvedReport: string;
  pendingProfile: string;
  facility: string;
  submittedLetter: string;
  pausedProfile: string;
  thread: string;
};

// Every admin action, with input that would succeed for a moderator.
const adminActions: [string, AdminAction, (targets: Targets) => Record<string, string | string[]>][] = [
  ['moderateComments (row)', moderateComments, ({ comment }) => ({ op: `approve:${comment}` })],
  [
    'moderateComments (bulk)',
    moderateComments,
    ({ comment }) => ({ op: 'bulk', bulkOp: 'delete', ids: [comment], confirmed: 'yes' }),
  ],
  ['editComment', editComment, ({ comment }) => ({ id: comment, name: 'Hacked', url: '', body: 'Hacked' })],
  ['replyAsProgram', replyAsProgram, ({ comment }) => ({ parentId: comment, body: 'Hacked' })],
  [
    'resolveReport',
    resolveReport,
    ({ openReport }) => ({ reportId: openReport, outcome: 'no-action', note: 'Hacked' }),
  ],
  ['reopenReport', reopenReport, ({ resolvedReport }) => ({ reportId: resolvedReport })],
  [
    'screenLetter',
    screenLetter,
    ({ submittedLetter }) => ({ letterId: submittedLetter, seenStatus: 'submitted', op: 'approve' }),
  ],
  ['clearLettersPause', clearLettersPause, ({ pausedProfile }) => ({ profileId: pausedProfile })],
  [
    'reviewProfile',
    reviewProfile,
    ({ pendingProfile }) => ({ profileId: pendingProfile, seenStatus: 'pending', op: 'approve' }),
  ],
  [
    'editProfile',
    editProfile,
    ({ pendingProfile, facility }) => ({
      profileId: pendingProfile,
      displayName: 'Hacked',
      legalName: 'Hacked Name',
      inmateNumber: '1',
      facilityId: facility,
      birthDate: '1980-01-01',
      gender: 'man',
      offense: 'None',
      bio: 'x'.repeat(60),
      interests: 'chess',
      seeking: 'friendship',
      languages: 'english',
    }),
  ],
  ['confirmConsent', confirmConsent, ({ pendingProfile }) => ({ profileId: pendingProfile })],
  ['stopThreadOnRequest', stopThreadOnRequest, ({ thread }) => ({ threadId: thread })],
  [
    'editFacility',
    editFacility,
    ({ facility }) => ({
      facilityId: facility,
      facilityName: 'Hacked',
      facilityState: 'OR',
      facilityAddress: 'PO Box 1\nSalem, OR 97300',
    }),
  ],
];

/** One of everything the actions above change, so each refusal can be checked against untouched rows. */
async function createTargets(): Promise<Targets> {
  const comment = await db.comment.create({ data: commentData({ status: 'spam', body: 'Original' }) });
  const facility = await db.facility.create({ data: facilityData() });
  const profile = await db.profile.create({ data: profileData(facility) });
  const pendingProfile = await db.profile.create({
    data: profileData(facility, { displayName: 'Waiting W.', status: 'pending' }),
  });
  const report = { profileId: profile.id, reason: 'scam', details: 'Asked for money.' };
  const openReport = await db.profileReport.create({ data: report });
  const resolvedReport = await db.profileReport.create({
    data: { ...report, status: 'resolved', outcome: 'no-action', resolvedAt: new Date() },
  });
  const letterWriter = await createUser('penpal');
  const thread = await db.thread.create({ data: threadData(letterWriter.id, profile.id) });
  const submittedLetter = await db.letter.create({
    data: letterData(thread.id, { status: 'submitted', submittedAt: new Date() }),
  });
  await db.profile.update({
    where: { id: profile.id },
    data: { lettersPausedAt: new Date(), lettersPausedReason: 'Letter returned' },
  });
  return {
    comment: comment.id,
    openReport: openReport.id,
    resolvedReport: resolvedReport.id,
    pendingProfile: pendingProfile.id,
    facility: facility.id,
    submittedLetter: submittedLetter.id,
    pausedProfile: profile.id,
    thread: thread.id,
  };
}

const callers = {
  'a signed-out visitor': async () => {},
  'a pen pal': async () => signInAs(await createUser('penpal')),
  // The mailroom prints and posts; screening, comments, profiles and reports are not theirs.
  'a mailroom volunteer': async () => signInAs(await createUser('mailroom')),
  'a suspended moderator': async () => signInAs(await createUser('moderator', { suspendedAt: new Date() })),
  'a forged session cookie': async () => {
    request.cookies.set('bb.session', { name: 'bb.session', value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged' });
  },
};

beforeEach(async () => {
  await clearAuditLog();
  await db.comment.deleteMany();
  await db.profile.deleteMany();
});

describe.each(Object.entries(callers))('%s calling admin actions directly', (_who, signIn) => {
  it.each(adminActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const targets = await createTargets();
    await signIn();
    const state = await action({ ok: false }, formData(input(targets)));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in|permission/i);
    expect(await db.comment.findMany()).toEqual([
      expect.objectContaining({ id: targets.comment, status: 'spam', body: 'Original' }),
    ]);
    expect(
      await db.profileReport.findMany({
        orderBy: { status: 'asc' },
        select: { id: true, status: true, outcomeNote: true },
      }),
    ).toEqual([
      { id: targets.openReport, status: 'open', outcomeNote: '' },
      { id: targets.resolvedReport, status: 'resolved', outcomeNote: '' },
    ]);
    expect(await db.profile.findUniqueOrThrow({ where: { id: targets.pendingProfile } })).toMatchObject({
      status: 'pending',
      displayName: 'Waiting W.',
    });
    expect((await db.facility.findUniqueOrThrow({ where: { id: targets.facility } })).name).not.toBe('Hacked');
    expect(await db.letter.findUniqueOrThrow({ where: { id: targets.submittedLetter } })).toMatchObject({
      status: 'submitted',
    });
    expect(await db.letterEvent.count()).toBe(0);
    expect((await db.thread.findUniqueOrThrow({ where: { id: targets.thread } })).stoppedAt).toBeNull();
    expect(
      (await db.profile.findUniqueOrThrow({ where: { id: targets.pausedProfile } })).lettersPausedAt,
    ).toBeInstanceOf(Date);
    expect(await db.auditEntry.count()).toBe(0);
    expect(request.revalidated).toEqual([]);
  });
});

type PenPalTargets = { victimSession: string; victimToken: string };

// Every action a pen pal takes on their own account, with input that would succeed for its owner; ids are another
// account's wherever the action takes one.
const penPalActions: [string, AdminAction, (targets: PenPalTargets) => Record<string, string | string[]>][] = [
  [
    'updateAccountSettings',
    updateAccountSettings,
    () => ({ name: 'Hacked', country: 'US', interests: 'chess', languages: 'english', about: 'Hacked' }),
  ],
  [
    'requestEmailChange',
    requestEmailChange,
    () => ({ email: 'hijack@example.org', currentPassword: 'correct horse battery staple' }),
  ],
  ['confirmEmailChange', confirmEmailChange, ({ victimToken }) => ({ token: victimToken })],
  [
    'changePassword',
    changePassword,
    () => ({ currentPassword: 'correct horse battery staple', password: 'lantern orchard velvet compass' }),
  ],
  ['endOtherSession', endOtherSession, ({ victimSession }) => ({ sessionId: victimSession })],
  ['endAllOtherSessions', endAllOtherSessions, () => ({})],
  ['deleteAccount', deleteAccount, () => ({ currentPassword: 'correct horse battery staple' })],
];

/** A pen pal (the victim) with a signed-in browser and a change-of-email link waiting. */
async function createPenPalTargets() {
  const victim = await createUser('penpal');
  const session = await db.session.create({ data: { userId: victim.id } });
  const url = await db.$transaction((tx) =>
    issueAccountToken(tx, victim.id, 'change_email', new Date(), 'victim-new@example.org'),
  );
  return { victim, targets: { victimSession: session.id, victimToken: url.split('/').at(-1)! } };
}

/** Everything an account action could change, for every account. */
async function accountRows() {
  return {
    users: await db.user.findMany({ orderBy: { id: 'asc' }, omit: { passwordHash: false } }),
    sessions: await db.session.findMany({ orderBy: { id: 'asc' } }),
    tokens: await db.accountToken.findMany({ orderBy: { id: 'asc' } }),
    audit: await db.auditEntry.count(),
  };
}

/** An action's outcome, whether it returned a state or redirected. */
async function settle(promise: Promise<ActionState<unknown>>) {
  return promise.catch((error: { digest?: string }) => {
    if (!error.digest?.startsWith('NEXT_REDIRECT')) throw error;
    return { ok: true, message: 'redirected' };
  });
}

const penPalCallers = {
  'a signed-out visitor': async () => {},
  'a suspended pen pal': async () => signInAs(await createUser('penpal', { suspendedAt: new Date() })),
  'a forged session cookie': callers['a forged session cookie'],
};

describe.each(Object.entries(penPalCallers))('%s calling pen pal actions directly', (_who, signIn) => {
  it.each(penPalActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const { targets } = await createPenPalTargets();
    await signIn();
    const before = await accountRows();
    const state = await settle(action({ ok: false }, formData(input(targets))));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in/i);
    expect(await accountRows()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });
});

describe('a pen pal calling account actions with another account’s ids', () => {
  it.each(penPalActions)('changes nothing of the other account through %s', async (_name, action, input) => {
    const { victim, targets } = await createPenPalTargets();
    const victimRows = async () => ({
      user: await db.user.findUniqueOrThrow({ where: { id: victim.id }, omit: { passwordHash: false } }),
      sessions: await db.session.findMany({ where: { userId: victim.id } }),
      tokens: await db.accountToken.findMany({ where: { userId: victim.id } }),
    });
    const before = await victimRows();
    await signInAs(await createUser('penpal'));
    await settle(action({ ok: false }, formData(input(targets))));
    expect(await victimRows()).toEqual(before);
  });
});

// Favourite actions, with input that would succeed for a pen pal; `profile` is saved by another pen pal, `owner`.
type FavouriteTargets = { profile: string; owner: string };
const favouriteActions: [string, AdminAction, (targets: FavouriteTargets) => Record<string, string>][] = [
  ['setFavourite (save)', setFavourite, ({ profile }) => ({ profileId: profile, save: '1' })],
  ['setFavourite (unsave)', setFavourite, ({ profile }) => ({ profileId: profile, save: '0' })],
];

async function createFavouriteTargets(): Promise<FavouriteTargets> {
  await db.favourite.deleteMany();
  const profile = await db.profile.create({ data: profileData(await db.facility.create({ data: facilityData() })) });
  const owner = await createUser('penpal');
  await db.favourite.create({ data: { userId: owner.id, profileId: profile.id } });
  return { profile: profile.id, owner: owner.id };
}

const favouriteRefused = {
  'a signed-out visitor': callers['a signed-out visitor'],
  'a forged session cookie': callers['a forged session cookie'],
  'a suspended pen pal': async () => signInAs(await createUser('penpal', { suspendedAt: new Date() })),
  'a moderator': async () => signInAs(await createUser('moderator')),
};

describe.each(Object.entries(favouriteRefused))('%s calling favourite actions directly', (_who, signIn) => {
  it.each(favouriteActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const targets = await createFavouriteTargets();
    await signIn();
    const state = await action({ ok: false }, formData(input(targets)));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in|permission/i);
    expect(await db.favourite.findMany({ select: { userId: true, profileId: true } })).toEqual([
      { userId: targets.owner, profileId: targets.profile },
    ]);
    expect(request.revalidated).toEqual([]);
  });
});

describe("another pen pal's favourites", () => {
  it.each(favouriteActions)('are untouched by %s: it changes only the caller’s own', async (_name, action, input) => {
    const targets = await createFavouriteTargets();
    const caller = await createUser('penpal');
    await signInAs(caller);
    expect((await action({ ok: false }, formData(input(targets)))).ok).toBe(true);
    expect(
      await db.favourite.findMany({ where: { userId: { not: caller.id } }, select: { userId: true, profileId: true } }),
    ).toEqual([{ userId: targets.owner, profileId: targets.profile }]);
  });
});

// A pen pal's letter actions, with input that would succeed for the owner of `draft` (tests/integration/letter-writing.test.ts
// covers each one's own rules).
type WritingTargets = { profile: string; draft: string; owner: string };
const writingActions: [string, AdminAction, (targets: WritingTargets) => Record<string, string>][] = [
  ['startLetter', startLetter, ({ profile }) => ({ profileId: profile })],
  ['saveLetter', saveLetter, ({ draft }) => ({ letterId: draft, body: 'Hijacked' })],
  ['submitLetter', submitLetter, ({ draft }) => ({ letterId: draft, body: 'Hijacked' })],
  ['deleteDraft', deleteDraft, ({ draft }) => ({ letterId: draft })],
  ['writeLetter (save)', writeLetter, ({ draft }) => ({ letterId: draft, body: 'Hijacked', intent: 'save' })],
  ['writeLetter (send)', writeLetter, ({ draft }) => ({ letterId: draft, body: 'Hijacked', intent: 'send' })],
];

async function verifiedPenPal(overrides: { suspendedAt?: Date } = {}) {
  const user = await createUser('penpal', overrides);
  return db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
}

async function createWritingTargets(): Promise<WritingTargets> {
  await db.thread.deleteMany();
  const profile = await db.profile.create({ data: profileData(await db.facility.create({ data: facilityData() })) });
  const owner = await verifiedPenPal();
  const thread = await db.thread.create({ data: threadData(owner.id, profile.id) });
  const draft = await db.letter.create({ data: letterData(thread.id, { body: 'The owner’s words.' }) });
  return { profile: profile.id, draft: draft.id, owner: owner.id };
}

/** Everything a letter action could change of `owner`'s. */
async function letterRowsOf(owner: string) {
  return {
    threads: await db.thread.findMany({ where: { userId: owner }, orderBy: { id: 'asc' } }),
    letters: await db.letter.findMany({ where: { thread: { userId: owner } }, orderBy: { id: 'asc' } }),
    events: await db.letterEvent.findMany({ where: { letter: { thread: { userId: owner } } } }),
  };
}

const letterRefused = {
  'a signed-out visitor': callers['a signed-out visitor'],
  'a forged session cookie': callers['a forged session cookie'],
  'a suspended pen pal': async () => signInAs(await verifiedPenPal({ suspendedAt: new Date() })),
  'a moderator': async () => signInAs(await createUser('moderator')),
};

describe.each(Object.entries(letterRefused))('%s calling letter actions directly', (_who, signIn) => {
  it.each(writingActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const targets = await createWritingTargets();
    const before = { rows: await db.letter.findMany({ orderBy: { id: 'asc' } }), threads: await db.thread.count() };
    await signIn();
    const state = await settle(action({ ok: false }, formData(input(targets))));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in|permission/i);
    expect({ rows: await db.letter.findMany({ orderBy: { id: 'asc' } }), threads: await db.thread.count() }).toEqual(
      before,
    );
    expect(await db.auditEntry.count()).toBe(0);
    expect(request.revalidated).toEqual([]);
  });
});

describe("another pen pal's letters", () => {
  it.each(writingActions)('are untouched by %s called with their ids', async (_name, action, input) => {
    const targets = await createWritingTargets();
    const before = await letterRowsOf(targets.owner);
    await signInAs(await verifiedPenPal());
    await settle(action({ ok: false }, formData(input(targets))));
    expect(await letterRowsOf(targets.owner)).toEqual(before);
  });

  it.each(writingActions)(
    'but %s works for their owner, so the refusals above are about who calls',
    async (_name, action, input) => {
      const targets = await createWritingTargets();
      await signInAs(await db.user.findUniqueOrThrow({ where: { id: targets.owner } }));
      expect((await settle(action({ ok: false }, formData(input(targets))))).ok).toBe(true);
    },
  );
});

// Actions anyone may call, each with its own limits (tested in its feature's file).
const PUBLIC_ACTIONS = [
  'signIn',
  'signOut',
  'submitComment',
  'submitProfile',
  'reportProfile',
  // Anonymous, limited per connection, published comments only (comment-reports.test.ts).
  'reportComment',
  // Opens an account; refuses a signed-in caller (sign-up.test.ts).
  'signUp',
  // The token from the email is the authority (email-verification.test.ts).
  'confirmEmail',
  // The same answer for any address; the link goes only to the account's own (password-reset.test.ts).
  'requestPasswordReset',
  // The token from the email is the authority (password-reset.test.ts).
  'resetPassword',
];

// Actions a signed-in pen pal takes on their own account, with input that would succeed for one.
const accountActions: [string, AdminAction, Record<string, string>][] = [
  ['resendVerificationEmail', resendVerificationEmail, {}],
];

const signedOutCallers = {
  'a signed-out visitor': async () => {},
  'a suspended pen pal': async () => signInAs(await createUser('penpal', { suspendedAt: new Date() })),
  'a forged session cookie': callers['a forged session cookie'],
};

describe.each(Object.entries(signedOutCallers))('%s calling account actions directly', (_who, signIn) => {
  beforeEach(async () => {
    await rm(env.outboxDir, { recursive: true, force: true });
    await db.accountToken.deleteMany();
  });

  it.each(accountActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    await signIn();
    const state = await action({ ok: false }, formData(input));
    expect(state).toMatchObject({ ok: false, message: 'Please sign in first.' });
    expect(await db.accountToken.count()).toBe(0);
    expect(await readOutbox()).toEqual([]);
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe('a signed-in pen pal', () => {
  it.each(accountActions)('succeeds with the input given to %s above', async (_name, action, input) => {
    await signInAs(await createUser('penpal'));
    expect((await action({ ok: false }, formData(input))).ok).toBe(true);
  });
});

/** Every function exported by a 'use server' module under lib/: each is a public POST endpoint. */
async function serverActionNames(): Promise<string[]> {
  const files = readdirSync('lib', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const names: string[] = [];
  for (const file of files) {
    if (!readFileSync(path.join('lib', file), 'utf8').startsWith("'use server'")) continue;
    const exported: Record<string, unknown> = await import(`@/lib/${file.replace(/\.ts$/, '')}`);
    names.push(
      ...Object.entries(exported)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => name),
    );
  }
  return names.sort();
}

// Actions only an admin may take, with input that would succeed for one.
const adminOnlyActions: [string, AdminAction, (penPal: string) => Record<string, string>][] = [
  ['saveSettings', saveSettings, () => ({ section: 'letters', perDay: '9', firstPerDay: '2', noReplyDays: '30' })],
  ['suspendUser', suspendUser, (userId) => ({ userId, reason: 'Testing' })],
  ['restoreUser', restoreUser, (userId) => ({ userId })],
  ['changeRole', changeRole, (userId) => ({ userId, role: 'admin' })],
  ['deleteUser', deleteUser, (userId) => ({ userId, confirm: 'yes' })],
];

/** A pen pal for the admin-only actions to act on: suspended, so restoring applies too. */
async function adminTarget() {
  const penPal = await createUser('penpal');
  await db.user.update({ where: { id: penPal.id }, data: { suspendedAt: new Date(), suspendedReason: 'Before' } });
  return penPal.id;
}

describe.each(Object.entries({ ...callers, 'a moderator': async () => signInAs(await createUser('moderator')) }))(
  '%s calling admin-only actions directly',
  (_who, signIn) => {
    it.each(adminOnlyActions)('is refused by %s and nothing changes', async (_name, action, input) => {
      await db.setting.deleteMany();
      const target = await adminTarget();
      const before = await db.user.findUniqueOrThrow({ where: { id: target } });
      await signIn();
      const state = await action({ ok: false }, formData(input(target)));
      expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/sign in|permission/i) });
      expect(await db.setting.count()).toBe(0);
      expect(await db.user.findUniqueOrThrow({ where: { id: target } })).toEqual(before);
    });
  },
);

describe('an admin', () => {
  it.each(adminOnlyActions)('succeeds with the input given to %s above', async (name, action, input) => {
    const target = await adminTarget();
    // Suspending needs an account that is not suspended yet.
    if (name === 'suspendUser') await db.user.update({ where: { id: target }, data: { suspendedAt: null } });
    await signInAs(await createUser('admin'));
    expect((await action({ ok: false }, formData(input(target)))).ok).toBe(true);
  });
});

// Letters: reply intake (mailroom), held replies (moderators), and a pen pal's own thread. Input that would succeed for
// the right caller; thread ids are the owner's, so another pen pal is refused by the where.
type LetterTargets = { code: string; thread: string; stopped: string; delivered: string; held: string[] };
const letterActions: [
  string,
  AdminAction,
  'mailroom' | 'staff' | 'owner',
  (t: LetterTargets) => Record<string, string>,
][] = [
  [
    'recordReply',
    recordReply,
    'mailroom',
    ({ code }) => ({ code, body: 'Hello from inside', receivedOn: '2026-01-05' }),
  ],
  ['deliverReply', deliverReply, 'staff', ({ held }) => ({ replyId: held[0]! })],
  ['withholdReply', withholdReply, 'staff', ({ held }) => ({ replyId: held[1]!, reason: 'Asks for money' })],
  ['markThreadRead', markThreadRead, 'owner', ({ thread }) => ({ threadId: thread })],
  ['stopWriting', stopWriting, 'owner', ({ thread }) => ({ threadId: thread, reason: 'time' })],
  ['startWritingAgain', startWritingAgain, 'owner', ({ stopped }) => ({ threadId: stopped })],
  [
    'reportThreadItem',
    reportThreadItem,
    'owner',
    ({ delivered }) => ({ replyId: delivered, reason: 'scam', details: 'Asked me to send money.' }),
  ],
];

async function createLetterTargets() {
  await db.thread.deleteMany();
  await db.profileReport.deleteMany();
  const owner = await createUser('penpal');
  const facility = await db.facility.create({ data: facilityData() });
  const [first, second] = await Promise.all([
    db.profile.create({ data: profileData(facility) }),
    db.profile.create({ data: profileData(facility) }),
  ]);
  const thread = await db.thread.create({ data: threadData(owner.id, first!.id) });
  const stopped = await db.thread.create({
    data: threadData(owner.id, second!.id, { stoppedAt: new Date(), stopReason: 'time' }),
  });
  await db.letter.create({
    data: { threadId: thread.id, body: 'Dear friend', status: 'posted', postedAt: new Date() },
  });
  const reply = (status: 'delivered' | 'screening') =>
    db.reply.create({ data: { threadId: thread.id, body: 'Reply', status, receivedAt: new Date() } });
  const targets: LetterTargets = {
    code: thread.replyCode,
    thread: thread.id,
    stopped: stopped.id,
    delivered: (await reply('delivered')).id,
    held: [(await reply('screening')).id, (await reply('screening')).id],
  };
  return { owner, targets };
}

/** Everything a letters action could change. */
async function letterRows() {
  return {
    threads: await db.thread.findMany({ orderBy: { id: 'asc' } }),
    letters: await db.letter.findMany({ orderBy: { id: 'asc' } }),
    replies: await db.reply.findMany({ orderBy: { id: 'asc' } }),
    reports: await db.profileReport.count(),
    audit: await db.auditEntry.count(),
  };
}

const letterCallers: Record<string, [() => Promise<unknown>, readonly ('mailroom' | 'staff' | 'owner')[]]> = {
  'a signed-out visitor': [callers['a signed-out visitor'], ['mailroom', 'staff', 'owner']],
  'a forged session cookie': [callers['a forged session cookie'], ['mailroom', 'staff', 'owner']],
  'a suspended mailroom volunteer': [
    async () => signInAs(await createUser('mailroom', { suspendedAt: new Date() })),
    ['mailroom', 'staff'],
  ],
  'a suspended pen pal': [
    async () => signInAs(await createUser('penpal', { suspendedAt: new Date() })),
    ['mailroom', 'staff', 'owner'],
  ],
  'another pen pal': [async () => signInAs(await createUser('penpal')), ['mailroom', 'staff', 'owner']],
  // The mailroom files replies; deciding held ones is for moderators.
  'a mailroom volunteer': [async () => signInAs(await createUser('mailroom')), ['staff']],
};

describe.each(Object.entries(letterCallers))('%s calling letters actions directly', (who, [signIn, refused]) => {
  it.each(letterActions)('changes nothing through %s', async (name, action, kind, input) => {
    if (!refused.includes(kind)) return;
    const { targets } = await createLetterTargets();
    await signIn();
    const before = await letterRows();
    const state = await action({ ok: false }, formData(input(targets)));
    // Marking read answers alike whether nothing was unread or the thread is not the caller's.
    if (name !== 'markThreadRead' || who !== 'another pen pal') expect(state.ok).toBe(false);
    expect(await letterRows()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });
});

describe('the right caller', () => {
  it.each(letterActions)('succeeds with the input given to %s above', async (_name, action, kind, input) => {
    const { owner, targets } = await createLetterTargets();
    await signInAs(kind === 'owner' ? owner : await createUser(kind === 'mailroom' ? 'mailroom' : 'moderator'));
    expect((await action({ ok: false }, formData(input(targets)))).ok).toBe(true);
  });
});

describe('the list of actions above', () => {
  it('covers every server action, so a new one cannot be left out of this file', async () => {
    const covered = [
      ...PUBLIC_ACTIONS,
      ...adminActions.map(([name]) => name.split(' ')[0]!),
      ...accountActions.map(([name]) => name),
      ...penPalActions.map(([name]) => name),
      ...favouriteActions.map(([name]) => name.split(' ')[0]!),
      ...mailroomActions.map(([name]) => name),
      ...adminOnlyActions.map(([name]) => name),
      ...letterActions.map(([name]) => name),
      ...writingActions.map(([name]) => name.split(' ')[0]!),
    ];
    expect(await serverActionNames()).toEqual([...new Set(covered)].sort());
  });

  it('is found from every server action: each is declared at the top of a lib/<feature>/actions file', () => {
    const sources = ['app', 'components', 'lib'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes('generated'))
        .map((file) => path.join(folder, file)),
    );
    const declaring = sources.filter((file) => /['"]use server['"]/.test(readFileSync(file, 'utf8')));
    expect(declaring.length).toBeGreaterThan(10);
    // Anywhere else (a page's inline action, a directive below a comment) serverActionNames would not look.
    const elsewhere = declaring.filter(
      (file) =>
        !/^lib\/[\w-]+\/(actions\.ts|actions\/[\w-]+\.ts)$/.test(file) ||
        !readFileSync(file, 'utf8').startsWith("'use server'"),
    );
    expect(elsewhere).toEqual([]);
  });
});

// Staff reads check the role themselves: a page that forgot its guard would still get nothing.
const staffReads: [string, () => Promise<unknown>][] = [
  ['commentStatusCounts', () => commentStatusCounts()],
  ['listCommentsForModeration', () => listCommentsForModeration('pending', 1)],
  ['getCommentForModeration', () => getCommentForModeration('any-id')],
  ['reviewTabCounts', () => reviewTabCounts()],
  ['listForReview', () => listForReview('pending', '', 1)],
  ['getProfileForReview', () => getProfileForReview('any-id')],
  ['reportTabCounts', () => reportTabCounts()],
  ['listReports', () => listReports('open', 1)],
  ['screeningTabCounts', () => screeningTabCounts()],
  ['listForScreening', () => listForScreening('submitted', 1)],
  ['listHeldReplies', () => listHeldReplies()],
  ['profileIdByReference', () => profileIdByReference('BB-7K2M9QXD')],
  ['threadByReplyCode', () => threadByReplyCode('K7M2-Q9X4')],
  ['needsAttention', () => needsAttention()],
  ['dashboardCharts', () => dashboardCharts()],
];

describe.each(Object.entries(callers))('%s calling staff reads directly', (_who, signIn) => {
  it.each(staffReads)('is refused by %s', async (_name, read) => {
    await signIn();
    await expect(read()).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('a moderator', () => {
  it('is allowed, so the refusals above are about who calls', async () => {
    const comment = await db.comment.create({ data: commentData({ status: 'spam' }) });
    await signInAs(await createUser('moderator'));
    expect((await moderateComments({ ok: false }, formData({ op: `delete:${comment.id}`, confirmed: 'yes' }))).ok).toBe(
      true,
    );
  });

  it.each(staffReads)('may call %s', async (_name, read) => {
    await signInAs(await createUser('moderator'));
    await expect(read()).resolves.not.toThrow();
  });

  it.each(adminActions)('succeeds with the input given to %s above', async (_name, action, input) => {
    const targets = await createTargets();
    await signInAs(await createUser('moderator'));
    expect((await settle(action({ ok: false }, formData(input(targets))))).ok).toBe(true);
  });
});

// The mailroom's actions: printing, posting and returns. Moderators and admins may do them too.
type MailroomTargets = { approvedLetter: string; printedBatch: string; postedLetter: string };
const mailroomActions: [string, AdminAction, (targets: MailroomTargets) => Record<string, string | string[]>][] = [
  ['createBatch', createBatch, ({ approvedLetter }) => ({ scope: 'selected', ids: [approvedLetter] })],
  ['markBatchPosted', markBatchPosted, ({ printedBatch }) => ({ batchId: printedBatch })],
  ['recordReturn', recordReturn, ({ postedLetter }) => ({ letterId: postedLetter, reason: 'moved' })],
];

async function createMailroomTargets(): Promise<MailroomTargets> {
  await db.batch.deleteMany();
  const facility = await db.facility.create({ data: facilityData() });
  const profile = await db.profile.create({ data: profileData(facility) });
  const thread = await db.thread.create({ data: threadData((await createUser('penpal')).id, profile.id) });
  const batch = await db.batch.create({ data: { sheets: 1, postageCents: 76, printedAt: new Date() } });
  const letter = (status: 'approved' | 'printed' | 'posted', batchId?: string) =>
    db.letter.create({ data: letterData(thread.id, { status, batchId, submittedAt: new Date() }) });
  const approved = await letter('approved');
  await letter('printed', batch.id);
  const posted = await letter('posted');
  return { approvedLetter: approved.id, printedBatch: batch.id, postedLetter: posted.id };
}

/** Everything the mailroom's actions could change. */
async function mailroomRows() {
  return {
    letters: await db.letter.findMany({ orderBy: { id: 'asc' } }),
    batches: await db.batch.findMany({ orderBy: { id: 'asc' } }),
    paused: await db.profile.count({ where: { lettersPausedAt: { not: null } } }),
    events: await db.letterEvent.count(),
    audit: await db.auditEntry.count(),
  };
}

const mailroomRefused = {
  'a signed-out visitor': callers['a signed-out visitor'],
  'a pen pal': callers['a pen pal'],
  'a suspended mailroom volunteer': async () => signInAs(await createUser('mailroom', { suspendedAt: new Date() })),
  'a forged session cookie': callers['a forged session cookie'],
};

describe.each(Object.entries(mailroomRefused))('%s calling mailroom actions directly', (_who, signIn) => {
  it.each(mailroomActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const targets = await createMailroomTargets();
    await signIn();
    const before = await mailroomRows();
    const state = await settle(action({ ok: false }, formData(input(targets))));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in|permission/i);
    expect(await mailroomRows()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });
});

const mailroomReads: [string, () => Promise<unknown>][] = [
  ['listPrintQueue', () => listPrintQueue()],
  ['listBatches', () => listBatches()],
  ['getBatch', () => getBatch('any-id')],
  ['getBatchForPrint', () => getBatchForPrint('any-id')],
  ['postageLedger', () => postageLedger()],
  ['findPostedByReplyCode', () => findPostedByReplyCode('K7M2-Q9X4')],
  ['findThreadForIntake', () => findThreadForIntake('K7M2-Q9X4')],
  ['heldReplyCount', () => heldReplyCount()],
  // A page passes the signed-in user, or null when it forgot to check there is one.
  ['dashboardQueues', async () => dashboardQueues((await currentUser())!)],
];

describe.each(Object.entries(mailroomRefused))('%s calling mailroom reads directly', (_who, signIn) => {
  it.each(mailroomReads)('is refused by %s', async (_name, read) => {
    await signIn();
    await expect(read()).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe.each(['mailroom', 'moderator'] as const)('a %s volunteer or moderator', (role) => {
  it.each(mailroomActions)('succeeds with the input given to %s above', async (_name, action, input) => {
    const targets = await createMailroomTargets();
    await signInAs(await createUser(role));
    expect((await settle(action({ ok: false }, formData(input(targets))))).ok).toBe(true);
  });

  it.each(mailroomReads)('may call %s', async (_name, read) => {
    await signInAs(await createUser(role));
    await expect(read()).resolves.not.toThrow();
  });
});

// Reads only an admin may make: the users list and the audit log.
const adminReads: [string, () => Promise<unknown>][] = [
  ['listAuditEntries', () => listAuditEntries(1)],
  ['auditEntriesForExport', () => auditEntriesForExport(parseAuditFilters({}))],
  ['listUsers', () => listUsers({ q: '', role: null, state: null, sort: 'newest', page: 1 })],
  ['getUserForAdmin', () => getUserForAdmin('any-id')],
];

describe.each(Object.entries({ ...callers, 'a moderator': async () => signInAs(await createUser('moderator')) }))(
  '%s calling admin reads directly',
  (_who, signIn) => {
    it.each(adminReads)('is refused by %s', async (_name, read) => {
      await signIn();
      await expect(read()).rejects.toBeInstanceOf(AuthorizationError);
    });
  },
);

describe('an admin', () => {
  it.each(adminReads)('may call %s', async (_name, read) => {
    await signInAs(await createUser('admin'));
    await expect(read()).resolves.not.toThrow();
  });
});

// The console's query modules hold staff reads only (the comment queue's reads share lib/comments/queries.ts with the
// public ones, and are listed by name above).
const consoleQueryModules: Record<string, Record<string, unknown>> = {
  'audit/queries': auditQueries,
  'dashboard/queries': dashboardQueriesModule,
  'letters/desk-queries': deskQueries,
  'letters/intake-queries': intakeQueries,
  'paper-forms/queries': paperFormQueries,
  'profiles/review-queries': reviewQueries,
  'reports/queries': reportQueries,
  'users/queries': userQueries,
};

describe('the lists of staff reads above', () => {
  it('cover every read of the console’s query modules, so a new one cannot be left out of this file', () => {
    const covered = new Set([...staffReads, ...mailroomReads, ...adminReads].map(([name]) => name));
    const reads = Object.entries(consoleQueryModules).flatMap(([module, exported]) =>
      Object.entries(exported)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => `${module}: ${name}`),
    );
    expect(reads.length).toBeGreaterThan(20);
    expect(reads.filter((read) => !covered.has(read.split(': ')[1]!))).toEqual([]);
  });
});
