import 'server-only';
import type { Transaction } from '@/lib/db/client';
import { readSettings } from '@/lib/settings';
import { sheetsFor } from './sheets';
import { LetterKind, LetterStatus, SENT_STATUSES } from './status';
import { fillClosingLetter, PERSON_ASKED_REASON } from './threads';

/**
 * Closes one of the pen pal's threads to new letters inside the caller's transaction and, when a letter of theirs has
 * gone or is on its way, writes the program's closing letter from the settings' template: approved as written (the
 * program wrote it), it goes out with the next batch so the person inside is not left wondering. Used by "stop
 * writing", by deleting an account and by a paper form from the person inside (no closing letter then: they asked).
 * Null when the thread is not this pen pal's or is stopped already.
 */
export async function stopThread(
  tx: Transaction,
  threadId: string,
  penPal: { id: string; name: string },
  reason: string,
  now = new Date(),
): Promise<{ closingLetterId: string | null; name: string } | null> {
  const { count } = await tx.thread.updateMany({
    where: { id: threadId, userId: penPal.id, stoppedAt: null },
    data: { stoppedAt: now, stopReason: reason, lastActivityAt: now },
  });
  if (count === 0) return null;
  const thread = await tx.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: {
      profile: { select: { displayName: true } },
      _count: { select: { letters: { where: { kind: LetterKind.letter, status: { in: [...SENT_STATUSES] } } } } },
    },
  });
  const name = thread.profile.displayName;
  // Nobody writes a closing letter to a person who asked for the letters to stop, nor where nothing was sent.
  if (thread._count.letters === 0 || reason === PERSON_ASKED_REASON) return { closingLetterId: null, name };
  const settings = await readSettings(tx);
  const body = fillClosingLetter(settings.templates.closingLetter, {
    name,
    penPal: penPal.name,
    program: settings.program.name,
  });
  const closing = await tx.letter.create({
    data: {
      threadId,
      kind: LetterKind.closing,
      body,
      status: LetterStatus.approved,
      sheets: sheetsFor(body),
      submittedAt: now,
      events: { create: { status: LetterStatus.approved, actorId: penPal.id, createdAt: now } },
    },
  });
  return { closingLetterId: closing.id, name };
}
