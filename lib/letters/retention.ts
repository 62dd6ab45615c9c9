import 'server-only';
import type { Database } from '@/lib/db/client';
import { parseSection } from '@/lib/settings/schema';
import { deleteScans } from './reply-scans';
import { LetterStatus } from './status';

// Letters and replies are kept for a period after a thread's last activity (settings.retention.letterMonths), then
// their text and scanned pages are erased. The rows stay, with their dates, statuses and status history, as the record
// that they existed; one audit entry per thread says what was erased, never what it said.

/** Who the audit log names for erasures nobody clicked: housekeeping runs them. */
export const RETENTION_ACTOR = 'housekeeping (retention)';

// Letters still on their way through screening and the print queue keep their text: it has yet to be printed.
const ERASABLE_LETTER_STATUSES: readonly LetterStatus[] = [
  LetterStatus.changes_requested,
  LetterStatus.posted,
  LetterStatus.returned,
  LetterStatus.rejected,
];

export type RetentionResult = { threads: number; letters: number; replies: number; scans: number; drafts: number };

/** The retention setting, read through the given client (lib/settings would open the app's own client at start-up). */
export async function storedRetentionMonths(database: Pick<Database, 'setting'>): Promise<number> {
  const row = await database.setting.findUnique({ where: { key: 'retention' } });
  let stored: unknown;
  try {
    stored = row ? JSON.parse(row.value) : undefined;
  } catch {
    stored = undefined;
  }
  return parseSection('retention', stored).letterMonths;
}

/** The moment before which a thread's last activity makes it due for erasure: `months` calendar months before now. */
export function retentionCutoff(months: number, now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Erases the text of letters and replies, and the scans, of threads idle for `months`, and deletes drafts untouched for
 * as long. Safe to run again: erased items are skipped. Scan files go after their rows, so a crash between leaves a
 * file nobody links to rather than a link to a missing file. The database is passed in for start-up's own client.
 */
export async function eraseExpiredLetters(database: Database, months: number, now = new Date()) {
  const cutoff = retentionCutoff(months, now);
  const result: RetentionResult = { threads: 0, letters: 0, replies: 0, scans: 0, drafts: 0 };

  const drafts = await database.letter.deleteMany({ where: { status: LetterStatus.draft, updatedAt: { lt: cutoff } } });
  result.drafts = drafts.count;

  const letterDue = { erasedAt: null, status: { in: [...ERASABLE_LETTER_STATUSES] } };
  const threads = await database.thread.findMany({
    where: {
      lastActivityAt: { lt: cutoff },
      OR: [{ letters: { some: letterDue } }, { replies: { some: { erasedAt: null } } }],
    },
    select: { id: true },
  });
  for (const { id: threadId } of threads) {
    const erased = await database.$transaction(async (tx) => {
      const letters = await tx.letter.updateMany({
        where: { threadId, ...letterDue },
        data: { body: '', flags: '[]', erasedAt: now },
      });
      const scans = await tx.replyScan.findMany({
        where: { reply: { threadId, erasedAt: null } },
        select: { fileName: true },
      });
      await tx.replyScan.deleteMany({ where: { reply: { threadId, erasedAt: null } } });
      const replies = await tx.reply.updateMany({
        where: { threadId, erasedAt: null },
        data: { body: '', flags: '[]', erasedAt: now },
      });
      await tx.auditEntry.create({
        data: {
          actorId: null,
          actorEmail: RETENTION_ACTOR,
          action: 'thread.erase',
          targetType: 'thread',
          targetId: threadId,
          detail: JSON.stringify({ months, letters: letters.count, replies: replies.count, scans: scans.length }),
        },
      });
      return { letters: letters.count, replies: replies.count, fileNames: scans.map((scan) => scan.fileName) };
    });
    await deleteScans(erased.fileNames);
    result.threads += 1;
    result.letters += erased.letters;
    result.replies += erased.replies;
    result.scans += erased.fileNames.length;
  }
  return result;
}
