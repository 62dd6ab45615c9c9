'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/record';
import { requireRole, type SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { defineAction } from '@/lib/forms/define-action';
import { listedWhere } from '@/lib/profiles/listing';
import { listingRules } from '@/lib/profiles/listing-rules';
import { readSettings } from '@/lib/settings';
import { isFirstLetter, letterAllowance } from '../composer-queries';
import { newReplyCode } from '../reply-code';
import { screenText } from '../screening';
import { sheetsFor } from '../sheets';
import { LETTER_STEPS, letterStep, LetterKind, LetterStatus } from '../status';
import { writingBlock } from '../writable';
import { letterIdSchema, saveLetterSchema, startLetterSchema, submitLetterSchema } from '../write-schema';

// A pen pal's own letters: start one, save it, send it, delete a draft. Every statement names the pen pal in its where,
// so another pen pal's letter id changes nothing.

const requirePenPal = () => requireRole('penpal');
const EDITABLE: LetterStatus[] = [LetterStatus.draft, LetterStatus.changes_requested];
export type SavedResult = { savedAt: string };

const UNVERIFIED =
  'Please confirm your email address before sending letters: we sent you a link when you signed up. Your letter is saved as a draft.';
const NOT_FOUND = 'That letter could not be found.';
const ALREADY_SENT = 'This letter has already been sent, so it can no longer be changed.';

/** The pen pal's letter where it can still be edited (ownership and status in the where). */
const editableWhere = (user: SessionUser, letterId: string) => ({
  id: letterId,
  kind: LetterKind.letter,
  status: { in: EDITABLE },
  thread: { userId: user.id },
});

/** "Write a letter" on a profile: opens the pen pal's draft to this person, or starts one (and the thread). */
export const startLetter = defineAction(
  { authorize: requirePenPal, schema: startLetterSchema },
  async ({ profileId }, user) => {
    const now = new Date();
    // Read before the transaction: a cached read, not part of what it changes.
    const { hiddenStates } = await listingRules();
    const outcome = await db.$transaction(async (tx) => {
      const profile = await tx.profile.findFirst({
        where: { id: profileId, ...listedWhere(now) },
        select: {
          id: true,
          displayName: true,
          state: true,
          status: true,
          expiresAt: true,
          lettersPausedAt: true,
          facility: { select: { postcardsOnly: true } },
        },
      });
      if (!profile) return { error: 'This person is no longer listed, so we cannot post letters to them.' };
      const existing = await tx.thread.findUnique({
        where: { userId_profileId: { userId: user.id, profileId } },
        select: { id: true, stoppedAt: true, stopReason: true },
      });
      const opened = existing ? !(await isFirstLetter(tx, existing.id)) : false;
      const block = writingBlock(profile, existing && { ...existing, opened }, now, hiddenStates);
      if (block) return { error: block.message };
      // Upsert on the (pen pal, person) key: one thread per person written to, however often the button is pressed.
      const thread =
        existing ??
        (await tx.thread.upsert({
          where: { userId_profileId: { userId: user.id, profileId } },
          create: { userId: user.id, profileId, replyCode: newReplyCode() },
          update: {},
          select: { id: true },
        }));
      const draft = await tx.letter.findFirst({
        where: { threadId: thread.id, kind: LetterKind.letter, status: LetterStatus.draft },
        orderBy: { updatedAt: 'desc' },
        select: { id: true },
      });
      if (draft) return { letterId: draft.id };
      const letter = await tx.letter.create({ data: { threadId: thread.id }, select: { id: true } });
      await tx.letterEvent.create({ data: { letterId: letter.id, status: LetterStatus.draft, actorId: user.id } });
      return { letterId: letter.id };
    });
    if ('error' in outcome) return { ok: false, message: outcome.error };
    revalidatePath('/letters');
    redirect(`/letters/${outcome.letterId}`);
  },
);

/** "Save draft": the text as it stands, over whatever the server had (the pen pal chose to). */
export const saveLetter = defineAction<typeof saveLetterSchema, SessionUser, SavedResult>(
  { authorize: requirePenPal, schema: saveLetterSchema, echo: ['body'] },
  async ({ letterId, body }, user) => {
    const savedAt = new Date();
    const { count } = await db.letter.updateMany({
      where: editableWhere(user, letterId),
      data: { body, updatedAt: savedAt },
    });
    if (count === 0) return { ok: false, message: await whyNotEditableIn(db, user, letterId), values: { body } };
    revalidatePath('/letters');
    return { ok: true, message: 'Draft saved.', values: { body }, result: { savedAt: savedAt.toISOString() } };
  },
);

/**
 * "Send": into screening, in one transaction with its status history, the thread's activity and the audit entry. The
 * limits are read inside it. Whatever stops it, the text is kept: saved as the draft when the letter is the pen pal's
 * and still editable, and echoed back to the form.
 */
export const submitLetter = defineAction<typeof submitLetterSchema, SessionUser, SavedResult>(
  { authorize: requirePenPal, schema: submitLetterSchema, echo: ['body'] },
  async ({ letterId, body }, user) => {
    const now = new Date();
    const { hiddenStates } = await listingRules();
    const outcome = await db.$transaction(async (tx) => {
      const letter = await tx.letter.findFirst({
        where: editableWhere(user, letterId),
        select: {
          id: true,
          status: true,
          threadId: true,
          thread: {
            select: {
              stoppedAt: true,
              stopReason: true,
              profile: {
                select: {
                  displayName: true,
                  state: true,
                  status: true,
                  expiresAt: true,
                  lettersPausedAt: true,
                  facility: { select: { postcardsOnly: true } },
                },
              },
            },
          },
        },
      });
      if (!letter) return { error: await whyNotEditableIn(tx, user, letterId) };
      const keepDraft = async (message: string) => {
        await tx.letter.update({ where: { id: letter.id }, data: { body, updatedAt: now } });
        return { error: message, savedAt: now };
      };
      if (!user.emailVerified) return keepDraft(UNVERIFIED);
      const opened = !(await isFirstLetter(tx, letter.threadId));
      const block = writingBlock(letter.thread.profile, { ...letter.thread, opened }, now, hiddenStates);
      if (block) return keepDraft(`${block.message} Your letter is saved as a draft.`);
      const settings = await readSettings(tx);
      const limit = await letterAllowance(tx, user.id, letter, settings.letters, now);
      if (!limit.canSend) return keepDraft(limit.refusal!);

      const flags = screenText(body, settings.screening.letterWords);
      const to = letterStep('submit', letter.status)!;
      // The from-statuses in the where: a second tab sending the same letter at the same moment changes nothing.
      const { count } = await tx.letter.updateMany({
        where: { ...editableWhere(user, letterId), status: { in: [...LETTER_STEPS.submit.from] } },
        data: {
          body,
          status: to,
          flags: JSON.stringify(flags),
          sheets: sheetsFor(body),
          submittedAt: now,
          updatedAt: now,
        },
      });
      if (count !== 1) return { error: ALREADY_SENT };
      await tx.letterEvent.create({ data: { letterId, status: to, actorId: user.id, createdAt: now } });
      await tx.thread.update({ where: { id: letter.threadId }, data: { lastActivityAt: now } });
      await recordAudit(tx, user, {
        action: 'letter.submit',
        targetType: 'letter',
        targetId: letterId,
        detail: {
          resubmission: letter.status === LetterStatus.changes_requested,
          flags: [...new Set(flags.map((flag) => flag.code))],
        },
      });
      return { threadId: letter.threadId };
    });
    if ('error' in outcome) {
      if ('savedAt' in outcome) revalidatePath('/letters');
      return {
        ok: false,
        message: outcome.error,
        values: { body },
        result: 'savedAt' in outcome ? { savedAt: outcome.savedAt.toISOString() } : undefined,
      };
    }
    revalidatePath('/letters');
    revalidatePath(`/inbox/${outcome.threadId}`);
    redirect(`/letters/${letterId}?sent=1`);
  },
);

type Client = Pick<typeof db, 'letter'>;

/** Why a letter could not be saved or sent: another pen pal's id reads as not found. */
async function whyNotEditableIn(tx: Client, user: SessionUser, letterId: string) {
  const found = await tx.letter.findFirst({
    where: { id: letterId, kind: LetterKind.letter, thread: { userId: user.id } },
    select: { id: true },
  });
  return found ? ALREADY_SENT : NOT_FOUND;
}

/** Deletes a draft that was never sent (a letter with a history stays); an empty thread goes with it. */
export const deleteDraft = defineAction(
  { authorize: requirePenPal, schema: letterIdSchema },
  async ({ letterId }, user) => {
    const deleted = await db.$transaction(async (tx) => {
      const letter = await tx.letter.findFirst({
        where: { id: letterId, kind: LetterKind.letter, status: LetterStatus.draft, thread: { userId: user.id } },
        select: { threadId: true },
      });
      if (!letter) return false;
      const { count } = await tx.letter.deleteMany({
        where: { id: letterId, status: LetterStatus.draft, thread: { userId: user.id } },
      });
      if (count === 0) return false;
      await tx.thread.deleteMany({
        where: { id: letter.threadId, userId: user.id, letters: { none: {} }, replies: { none: {} } },
      });
      return true;
    });
    if (!deleted)
      return { ok: false, message: 'That draft could not be found: it may have been sent or deleted already.' };
    revalidatePath('/letters');
    redirect('/letters?deleted=1');
  },
);

/**
 * The composer's one form: its Save draft and Send buttons name their intent, so the form works the same without
 * JavaScript. Each path authorises and checks on its own.
 */
export async function writeLetter(prev: ActionState<SavedResult>, formData: FormData) {
  return formData.get('intent') === 'save' ? saveLetter(prev, formData) : submitLetter(prev, formData);
}
