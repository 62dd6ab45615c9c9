import { rm } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as getScan } from '@/app/(account)/inbox/scans/[scanId]/route';
import { GET as getSession } from '@/app/api/session/route';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { markThreadRead, reportThreadItem, startWritingAgain, stopWriting } from '@/lib/letters/actions/threads';
import { getInboxThread, listInboxThreads } from '@/lib/letters/inbox-queries';
import { checkScan, scansFolder, storeScan } from '@/lib/letters/reply-scans';
import { listReports } from '@/lib/reports/queries';
import { facilityData, profileData, threadData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { formData } from '../support/form';
import { scannedPage, threadWithPostedLetter } from '../support/letter-threads';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };
const DAY = 24 * 60 * 60 * 1000;

/** A thread with a delivered, unread reply carrying one scanned page, and a held one the pen pal must not see. */
async function threadWithReply() {
  const made = await threadWithPostedLetter(10);
  const checked = await checkScan(await scannedPage());
  if (!checked.ok) throw new Error(checked.error);
  const stored = await storeScan(checked);
  const reply = await db.reply.create({
    data: {
      threadId: made.thread.id,
      body: 'Thank you for your letter. The garden here is small.',
      receivedAt: new Date(Date.now() - DAY),
      scans: { create: [{ ...stored, position: 0 }] },
    },
    include: { scans: true },
  });
  const held = await db.reply.create({
    data: { threadId: made.thread.id, body: 'Held text', status: 'screening', receivedAt: new Date() },
  });
  return { ...made, reply, scan: reply.scans[0]!, held };
}

function fetchScan(scanId: string) {
  return getScan(new Request(`http://x/inbox/scans/${scanId}`), { params: Promise.resolve({ scanId }) });
}

const strangers = {
  'a signed-out visitor': async () => {},
  'another pen pal': async () => signInAs(await createUser('penpal')),
  'a suspended pen pal': async () => signInAs(await createUser('penpal', { suspendedAt: new Date() })),
  // The mailroom files replies but does not read them.
  'a mailroom volunteer': async () => signInAs(await createUser('mailroom')),
};

beforeEach(async () => {
  await rm(scansFolder(), { recursive: true, force: true });
  await rm(env.outboxDir, { recursive: true, force: true });
  await db.thread.deleteMany();
  await db.profileReport.deleteMany();
  await clearAuditLog();
});

describe('the inbox', () => {
  it('lists the pen pal’s own threads, newest activity first, with unread counts of delivered replies only', async () => {
    const { penPal, thread } = await threadWithReply();
    const facility = await db.facility.create({ data: facilityData() });
    const other = await db.profile.create({ data: profileData(facility, { displayName: 'Older O.' }) });
    await db.thread.create({
      data: threadData(penPal.id, other.id, { lastActivityAt: new Date(Date.now() - 30 * DAY) }),
    });
    await threadWithPostedLetter(); // someone else's
    await signInAs(penPal);
    const threads = await listInboxThreads();
    expect(threads.map((row) => [row.id === thread.id ? 'with reply' : row.name, row.unread])).toEqual([
      ['with reply', 1],
      ['Older O.', 0],
    ]);
    const session = await (await getSession()).json();
    expect(session.account).toMatchObject({ name: penPal.name, unread: 1 });
  });

  it('shows a thread with its letters’ status history and delivered replies, never held ones', async () => {
    const { penPal, thread, reply } = await threadWithReply();
    await signInAs(penPal);
    const shown = await getInboxThread(thread.id);
    expect(shown!.letters[0]!.events.map((event) => event.status)).toEqual([
      'submitted',
      'approved',
      'printed',
      'posted',
    ]);
    expect(shown!.replies.map((row) => row.id)).toEqual([reply.id]);
  });

  it('marks a thread’s replies read when the pen pal opens it, and the badge clears', async () => {
    const { penPal, thread, reply } = await threadWithReply();
    await signInAs(penPal);
    expect((await markThreadRead(initial, formData({ threadId: thread.id }))).ok).toBe(true);
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).readAt).not.toBeNull();
    expect((await (await getSession()).json()).account.unread).toBe(0);
  });
});

describe.each(Object.entries(strangers))('%s', (_who, signIn) => {
  it('reads nothing of the thread, its scans or its replies, and changes nothing', async () => {
    const { thread, scan, reply, letter } = await threadWithReply();
    await signIn();
    await expect(getInboxThread(thread.id).catch(() => null)).resolves.toBeNull();
    const listed = await listInboxThreads().catch(() => []);
    expect(listed).toEqual([]);
    const response = await fetchScan(scan.id);
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');

    const before = {
      threads: await db.thread.findMany(),
      replies: await db.reply.findMany(),
      letters: await db.letter.findMany(),
    };
    // Marking read answers alike whether there was nothing unread or the thread is not theirs: it changes nothing.
    await markThreadRead(initial, formData({ threadId: thread.id }));
    for (const [action, fields] of [
      [stopWriting, { threadId: thread.id, reason: 'time', note: '' }],
      [reportThreadItem, { letterId: letter.id, reason: 'scam', details: 'Not mine but trying anyway.' }],
      [reportThreadItem, { replyId: reply.id, reason: 'scam', details: 'Not mine but trying anyway.' }],
    ] as const)
      expect((await action(initial, formData(fields))).ok).toBe(false);
    expect({
      threads: await db.thread.findMany(),
      replies: await db.reply.findMany(),
      letters: await db.letter.findMany(),
    }).toEqual(before);
    expect(await db.profileReport.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
    expect(request.revalidated).toEqual([]);
  });
});

describe('the scan route', () => {
  it('serves the thread’s pen pal and moderators, privately, and never a held reply’s scan to the pen pal', async () => {
    const { penPal, scan, held } = await threadWithReply();
    const checked = await checkScan(await scannedPage());
    const heldScan = await db.replyScan.create({
      data: { ...(await storeScan(checked as Extract<typeof checked, { ok: true }>)), replyId: held.id },
    });
    await signInAs(penPal);
    const response = await fetchScan(scan.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/webp');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect((await fetchScan(heldScan.id)).status).toBe(404);

    request.cookies.clear();
    await signInAs(await createUser('moderator'));
    expect((await fetchScan(heldScan.id)).status).toBe(200);
  });
});

describe('stop writing', () => {
  it('closes the thread and writes an approved closing letter from the template, with the names filled in', async () => {
    const { penPal, thread, profile } = await threadWithPostedLetter();
    await signInAs(penPal);
    const state = await stopWriting(initial, formData({ threadId: thread.id, reason: 'time', note: 'Moving abroad' }));
    expect(state.ok).toBe(true);
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({ stopReason: 'time' });
    const closing = await db.letter.findFirstOrThrow({ where: { threadId: thread.id, kind: 'closing' } });
    expect(closing.status).toBe('approved');
    expect(closing.body).toContain(`Dear ${profile.displayName},`);
    expect(closing.body).toContain(`${penPal.name} has let us know`);
    expect(closing.body).not.toMatch(/\{(name|penPal|program)\}/);
    expect(await db.letterEvent.findMany({ where: { letterId: closing.id }, select: { status: true } })).toEqual([
      { status: 'approved' },
    ]);
    expect((await db.auditEntry.findFirstOrThrow()).action).toBe('thread.stop');
    // Twice does not write a second closing letter.
    expect((await stopWriting(initial, formData({ threadId: thread.id, reason: 'time' }))).ok).toBe(false);
    expect(await db.letter.count({ where: { kind: 'closing' } })).toBe(1);
  });

  it('asks for a reason', async () => {
    const { penPal, thread } = await threadWithPostedLetter();
    await signInAs(penPal);
    const state = await stopWriting(initial, formData({ threadId: thread.id, note: 'Sorry' }));
    expect(state.fieldErrors?.reason).toBeDefined();
    expect(state.values?.note).toBe('Sorry');
  });

  it('starting again reopens the thread and withdraws a closing letter not yet printed', async () => {
    const { penPal, thread } = await threadWithPostedLetter();
    await signInAs(penPal);
    await stopWriting(initial, formData({ threadId: thread.id, reason: 'circumstances' }));
    expect((await startWritingAgain(initial, formData({ threadId: thread.id }))).ok).toBe(true);
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({
      stoppedAt: null,
      stopReason: null,
    });
    expect(await db.letter.count({ where: { kind: 'closing' } })).toBe(0);
  });

  it('another pen pal cannot start a stopped thread again', async () => {
    const { penPal, thread } = await threadWithPostedLetter();
    await signInAs(penPal);
    await stopWriting(initial, formData({ threadId: thread.id, reason: 'time' }));
    request.cookies.clear();
    await signInAs(await createUser('penpal'));
    expect((await startWritingAgain(initial, formData({ threadId: thread.id }))).ok).toBe(false);
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).stoppedAt).not.toBeNull();
    expect(await db.letter.count({ where: { kind: 'closing' } })).toBe(1);
  });
});

describe('report from the inbox', () => {
  it('files a report on the profile with the reply attached, which staff read in the reports queue', async () => {
    const { penPal, reply, profile } = await threadWithReply();
    await signInAs(penPal);
    const state = await reportThreadItem(
      initial,
      formData({ replyId: reply.id, reason: 'scam', details: 'They asked me for money in the scan.' }),
    );
    expect(state.ok).toBe(true);
    expect(await db.profileReport.findFirstOrThrow()).toMatchObject({
      profileId: profile.id,
      replyId: reply.id,
      letterId: null,
      reporterEmail: penPal.email,
    });
    request.cookies.clear();
    await signInAs(await createUser('moderator'));
    const { reports } = await listReports('open', 1);
    expect(reports[0]!.reply).toMatchObject({ body: reply.body, scans: [{ id: expect.any(String) }] });
  });

  it('cannot report a held reply the pen pal has not seen', async () => {
    const { penPal, held } = await threadWithReply();
    await signInAs(penPal);
    const state = await reportThreadItem(
      initial,
      formData({ replyId: held.id, reason: 'scam', details: 'Trying a reply I never saw.' }),
    );
    expect(state.ok).toBe(false);
    expect(await db.profileReport.count()).toBe(0);
  });
});
