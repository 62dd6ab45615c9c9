import 'server-only';
import { cache } from 'react';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { parseReplyCode } from '@/lib/letters/reply-code';
import { normaliseReference } from './requests';

/** The profile a returned paper form names by its reference, if any. Cached per request: the title asks too. */
export const profileIdByReference = cache(async (code: string): Promise<string | null> => {
  await requireStaff();
  const profile = await db.profile.findUnique({ where: { reference: normaliseReference(code) }, select: { id: true } });
  return profile?.id ?? null;
});

/** The thread a reply code names, as staff handling a paper form see it: who writes to whom, and whether it stopped. */
export const threadByReplyCode = cache(async (code: string) => {
  await requireStaff();
  const replyCode = parseReplyCode(code);
  if (!replyCode) return null;
  return db.thread.findUnique({
    where: { replyCode },
    select: {
      id: true,
      replyCode: true,
      stoppedAt: true,
      stopReason: true,
      user: { select: { name: true } },
      profile: { select: { id: true, displayName: true, reference: true } },
    },
  });
});
