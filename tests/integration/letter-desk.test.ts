import { rm } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { ActionState } from '@/lib/forms/action-state';
import { createBatch, markBatchPosted } from '@/lib/letters/actions/batch';
import { clearLettersPause, recordReturn } from '@/lib/letters/actions/returns';
import { screenLetter } from '@/lib/letters/actions/screen';
import {
  findPostedByReplyCode,
  listForScreening,
  listPrintQueue,
  postageLedger,
  screeningTabCounts,
} from '@/lib/letters/desk-queries';
import { readOutbox } from '@/lib/mail/send';
import { listForReview } from '@/lib/profiles/review-queries';
import { facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { formData } from '../support/form';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };
const LONG_BODY = Array.from({ length: 100 }, (_, i) => `Line ${i} of a long letter.`).join('\n'); // 3 sheets

let penPal: Awaited<ReturnType<typeof createUser>>;
let profileId: string;
let threadId: string;

beforeEach(async () => {
  await rm(env.outboxDir, { recursive: true, force: true });
  await clearAuditLog();
  await db.batch.deleteMany();
  await db.profile.deleteMany();
  const facility = await db.facility.create({ data: facilityData() });
  profileId = (await db.profile.create({ data: profileData(facility, { displayName: 'Marcus T.' }) })).id;
  penPal = await createUser('penpal');
  threadId = (await db.thread.create({ data: threadData(penPal.id, profileId) })).id;
});

let minute = 0;
/** A letter in the thread, submitted a minute after the last, so "oldest first" has an order. */
async function letter(overrides: Parameters<typeof letterData>[1] = {}) {
  minute += 1;
  return db.letter.create({
    data: letterData(threadId, {
      status: 'submitted',
      submittedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
      ...overrides,
    }),
  });
}

async function asModerator() {
  const moderator = await createUser('moderator');
  await signInAs(moderator);
  return moderator;
}

async function asMailroom() {
  const volunteer = await createUser('mailroom');
  await signInAs(volunteer);
  return volunteer;
}

const screen = (letterId: string, fields: Record<string, string>) =>
  settle(screenLetter(initial, formData({ letterId, seenStatus: 'submitted', ...fields })));

/** An action's outcome, whether it returned a state or redirected (then `redirect` holds the path). */
async function settle(promise: Promise<ActionState<unknown>>): Promise<ActionState<unknown> & { redirect?: string }> {
  return promise.catch((error: { digest?: string }) => {
    if (!error.digest?.startsWith('NEXT_REDIRECT')) throw error;
    return { ok: true, message: 'redirected', redirect: error.digest.split(';')[2] };
  });
}

const snapshot = async (letterId: string) => ({
  letter: await db.letter.findUniqueOrThrow({ where: { id: letterId } }),
  events: await db.letterEvent.count({ where: { letterId } }),
  audit: await db.auditEntry.count(),
  mail: (await readOutbox()).length,
});

describe('screening', () => {
  it('lists waiting letters oldest first with the pen pal’s display name, flags parsed, and no email', async () => {
    const flagged = await letter({
      body: 'Please send money to 555-123-4567.',
      flags: JSON.stringify([{ code: 'phone', start: 21, end: 33 }]),
    });
    const later = await letter();
    await letter({ status: 'rejected' });
    await asModerator();
    const { letters, total } = await listForScreening('submitted', 1);
    expect(total).toBe(2);
    expect(letters.map((l) => l.id)).toEqual([flagged.id, later.id]);
    expect(letters[0]).toMatchObject({
      flags: [{ code: 'phone', start: 21, end: 33 }],
      thread: { user: { name: penPal.name }, profile: { displayName: 'Marcus T.' } },
    });
    expect(JSON.stringify(letters)).not.toContain(penPal.email);
    expect(await screeningTabCounts()).toEqual({ submitted: 2, changes_requested: 0, rejected: 1 });
  });

  it('approves: the letter goes to the print queue with an event and an audit row, and no email', async () => {
    const { id } = await letter();
    const moderator = await asModerator();
    expect(await screen(id, { op: 'approve' })).toMatchObject({
      ok: true,
      redirect: expect.stringMatching(/^\/admin\/letters\?done=approve&to=/),
    });
    expect(await db.letter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'approved',
      reasonCode: null,
    });
    expect(await db.letterEvent.findMany({ where: { letterId: id } })).toEqual([
      expect.objectContaining({ status: 'approved', actorId: moderator.id }),
    ]);
    expect(await db.auditEntry.findMany()).toEqual([
      expect.objectContaining({ action: 'letter.approve', targetType: 'letter', targetId: id }),
    ]);
    expect(await readOutbox()).toEqual([]);
    expect((await listPrintQueue()).map((l) => l.id)).toEqual([id]);
  });

  it('sends back for changes with a reason and note, and emails a link to edit the letter', async () => {
    const { id } = await letter({ body: 'A secret sentence nobody else should see.' });
    await asModerator();
    const state = await screen(id, {
      op: 'request_changes',
      reasonCode: 'contact-details',
      note: 'Take out the phone.',
    });
    expect(state.ok).toBe(true);
    expect(await db.letter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'changes_requested',
      reasonCode: 'contact-details',
      note: 'Take out the phone.',
    });
    expect(await db.letterEvent.findFirstOrThrow({ where: { letterId: id } })).toMatchObject({
      status: 'changes_requested',
      reasonCode: 'contact-details',
      note: 'Take out the phone.',
    });
    const [mail] = await readOutbox();
    expect(mail!.to).toContain(penPal.email);
    expect(mail!.subject).not.toMatch(/secret|Marcus/);
    expect(mail!.text).toContain(`${env.siteUrl}/letters/${id}`);
    expect(mail!.text).toContain('Take out the phone.');
  });

  it('rejects with a reason and emails a link to the thread', async () => {
    const { id } = await letter();
    await asModerator();
    expect((await screen(id, { op: 'reject', reasonCode: 'money-or-gifts' })).ok).toBe(true);
    expect((await db.letter.findUniqueOrThrow({ where: { id } })).status).toBe('rejected');
    expect((await readOutbox())[0]!.text).toContain(`${env.siteUrl}/inbox/${threadId}`);
  });

  it('needs a reason to send back or reject, and a note for "other", keeping what was typed', async () => {
    const { id } = await letter();
    await asModerator();
    const before = await snapshot(id);
    const noReason = await screen(id, { op: 'reject', note: 'Typed note' });
    expect(noReason.fieldErrors?.reasonCode).toBeDefined();
    expect(noReason.values).toMatchObject({ note: 'Typed note' });
    const other = await screen(id, { op: 'request_changes', reasonCode: 'other', note: '' });
    expect(other.fieldErrors?.note).toBeDefined();
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses a decision taken on a page someone else has since acted on', async () => {
    const { id } = await letter();
    await asModerator();
    expect((await screen(id, { op: 'approve' })).ok).toBe(true);
    const before = await snapshot(id);
    const stale = await screen(id, { op: 'reject', reasonCode: 'tone' });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/someone else/i) });
    expect(await snapshot(id)).toEqual(before);
  });

  it('lets only one of two moderators acting at once win', async () => {
    const { id } = await letter();
    await asModerator();
    const results = await Promise.all([
      screen(id, { op: 'approve' }),
      screen(id, { op: 'reject', reasonCode: 'tone', note: 'No.' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.letterEvent.count({ where: { letterId: id } })).toBe(1);
    expect(await db.auditEntry.count()).toBe(1);
    const { status } = await db.letter.findUniqueOrThrow({ where: { id } });
    expect(status).toBe(results[0]!.ok ? 'approved' : 'rejected');
  });

  it('refuses the mailroom, who never see letters in screening', async () => {
    const { id } = await letter();
    await asMailroom();
    const before = await snapshot(id);
    expect(await screen(id, { op: 'approve' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/permission/),
    });
    await expect(listForScreening('submitted', 1)).rejects.toThrow(/permission/);
    expect(await snapshot(id)).toEqual(before);
  });
});

describe('batches', () => {
  it('puts every approved letter into a batch, printed, with sheets and postage from the settings', async () => {
    const short = await letter({ status: 'approved' });
    const long = await letter({ status: 'approved', body: LONG_BODY, kind: 'closing' });
    const waiting = await letter();
    const volunteer = await asMailroom();
    const state = await settle(createBatch(initial, formData({ scope: 'all' })));
    const batch = await db.batch.findFirstOrThrow({ include: { letters: { orderBy: { submittedAt: 'asc' } } } });
    expect(state).toMatchObject({ ok: true, redirect: `/admin/letters/batches/${batch.id}?created=1` });
    expect(batch).toMatchObject({ sheets: 4, postageCents: 76 + (76 + 2 * 11), createdById: volunteer.id });
    expect(batch.printedAt).toBeInstanceOf(Date);
    expect(batch.letters.map((l) => [l.id, l.status, l.sheets])).toEqual([
      [short.id, 'printed', 1],
      [long.id, 'printed', 3],
    ]);
    expect((await db.letter.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('submitted');
    expect(await db.letterEvent.count({ where: { status: 'printed' } })).toBe(2);
    expect((await db.auditEntry.findMany()).map((a) => a.action)).toEqual(['letter.print', 'letter.print']);
    expect(await listPrintQueue()).toEqual([]);
  });

  it('takes only the ticked letters when asked to', async () => {
    const [first, second] = [await letter({ status: 'approved' }), await letter({ status: 'approved' })];
    await asMailroom();
    await settle(createBatch(initial, formData({ scope: 'selected', ids: [second.id] })));
    expect((await db.letter.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('approved');
    expect((await db.letter.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('printed');
  });

  it('asks for ticks, and refuses a selection someone else batched meanwhile without changing anything', async () => {
    const first = await letter({ status: 'approved' });
    const taken = await letter({ status: 'printed' });
    await asMailroom();
    expect((await createBatch(initial, formData({ scope: 'selected' }))).fieldErrors?.ids).toBeDefined();
    const state = await createBatch(initial, formData({ scope: 'selected', ids: [first.id, taken.id] }));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/someone else/) });
    expect(await db.batch.count()).toBe(0);
    expect((await db.letter.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('approved');
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('makes one batch when two volunteers create batches at once', async () => {
    await letter({ status: 'approved' });
    await letter({ status: 'approved' });
    await asMailroom();
    const results = await Promise.all([
      settle(createBatch(initial, formData({ scope: 'all' }))),
      settle(createBatch(initial, formData({ scope: 'all' }))),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.batch.count()).toBe(1);
    expect(await db.letterEvent.count()).toBe(2);
  });

  it('marks a batch posted once: letters posted with the date, events and audit rows', async () => {
    await letter({ status: 'approved' });
    await letter({ status: 'approved' });
    await asMailroom();
    await settle(createBatch(initial, formData({ scope: 'all' })));
    const { id: batchId } = await db.batch.findFirstOrThrow();
    await clearAuditLog();
    const results = await Promise.all([
      markBatchPosted(initial, formData({ batchId })),
      markBatchPosted(initial, formData({ batchId })),
    ]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, message: 'Marked posted: 2 letters.' }]);
    const batch = await db.batch.findUniqueOrThrow({ where: { id: batchId }, include: { letters: true } });
    expect(batch.postedAt).toBeInstanceOf(Date);
    expect(batch.letters.map((l) => [l.status, l.postedAt?.getTime()])).toEqual([
      ['posted', batch.postedAt!.getTime()],
      ['posted', batch.postedAt!.getTime()],
    ]);
    expect(await db.letterEvent.count({ where: { status: 'posted' } })).toBe(2);
    expect(await db.auditEntry.count({ where: { action: 'letter.post' } })).toBe(2);
  });

  it('sums posted batches per month in the ledger', async () => {
    await db.batch.create({ data: { sheets: 3, postageCents: 200, postedAt: new Date('2026-03-02T12:00:00Z') } });
    await db.batch.create({ data: { sheets: 1, postageCents: 76, postedAt: new Date('2026-03-30T12:00:00Z') } });
    await db.batch.create({ data: { sheets: 5, postageCents: 300, postedAt: new Date('2026-04-01T12:00:00Z') } });
    await db.batch.create({ data: { sheets: 9, postageCents: 900 } }); // printed, not posted
    const batch = await db.batch.findFirstOrThrow({ where: { sheets: 3 } });
    await letter({ status: 'posted', batchId: batch.id });
    await asMailroom();
    expect(await postageLedger()).toEqual([
      { month: '2026-04', batches: 1, letters: 0, sheets: 5, postageCents: 300 },
      { month: '2026-03', batches: 2, letters: 1, sheets: 4, postageCents: 276 },
    ]);
  });
});

describe('returns', () => {
  it('records a move: the letter returned, letters to the profile paused, the profile in the review queue, the pen pal emailed', async () => {
    const { id } = await letter({ status: 'posted', postedAt: new Date() });
    await asMailroom();
    const state = await recordReturn(initial, formData({ letterId: id, reason: 'moved', note: 'Stamped RTS' }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/paused/) });
    expect(await db.letter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'returned',
      reasonCode: 'moved',
      note: 'Stamped RTS',
    });
    expect(await db.letterEvent.findFirstOrThrow({ where: { letterId: id } })).toMatchObject({
      status: 'returned',
      reasonCode: 'moved',
    });
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.lettersPausedAt).toBeInstanceOf(Date);
    expect(profile.lettersPausedReason).toBe('Letter returned: Moved to another facility');
    expect((await db.auditEntry.findMany({ orderBy: { createdAt: 'asc' } })).map((a) => a.action).sort()).toEqual([
      'letter.return',
      'profile.letters_paused',
    ]);
    const [mail] = await readOutbox();
    expect(mail!.to).toContain(penPal.email);
    expect(mail!.text).toContain(`${env.siteUrl}/inbox/${threadId}`);

    await asModerator();
    expect((await listForReview('returned', '', 1)).profiles.map((p) => p.id)).toEqual([profileId]);
    expect(await clearLettersPause(initial, formData({ profileId }))).toMatchObject({ ok: true });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).lettersPausedAt).toBeNull();
    expect(await db.auditEntry.count({ where: { action: 'profile.letters_resumed' } })).toBe(1);
    expect((await listForReview('returned', '', 1)).profiles).toEqual([]);
    expect((await clearLettersPause(initial, formData({ profileId }))).ok).toBe(false);
  });

  it('finds a posted letter by the reply code on its footer, however it was typed', async () => {
    const posted = await letter({ status: 'posted', postedAt: new Date() });
    await letter({ status: 'approved' });
    const { replyCode } = await db.thread.findUniqueOrThrow({ where: { id: threadId } });
    await asMailroom();
    const typed = replyCode.toLowerCase().replace('-', ' ');
    expect((await findPostedByReplyCode(typed))?.map((l) => l.id)).toEqual([posted.id]);
    expect(await findPostedByReplyCode('NOT-A-CODE')).toBeNull();
  });

  it('does not pause letters when the facility refused the letter', async () => {
    const { id } = await letter({ status: 'posted' });
    await asMailroom();
    expect((await recordReturn(initial, formData({ letterId: id, reason: 'refused' }))).ok).toBe(true);
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).lettersPausedAt).toBeNull();
  });

  it('refuses a letter that was not posted, a missing reason, and the second of two returns at once', async () => {
    const printed = await letter({ status: 'printed' });
    const posted = await letter({ status: 'posted' });
    await asMailroom();
    const before = await snapshot(printed.id);
    expect((await recordReturn(initial, formData({ letterId: printed.id, reason: 'moved' }))).ok).toBe(false);
    expect(await snapshot(printed.id)).toEqual(before);
    expect(
      (await recordReturn(initial, formData({ letterId: posted.id, note: 'kept' }))).fieldErrors?.reason,
    ).toBeDefined();
    const results = await Promise.all([
      recordReturn(initial, formData({ letterId: posted.id, reason: 'released' })),
      recordReturn(initial, formData({ letterId: posted.id, reason: 'bad-address' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.letterEvent.count({ where: { letterId: posted.id } })).toBe(1);
  });
});
