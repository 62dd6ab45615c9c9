import 'server-only';
import { after } from 'next/server';
import { purgeOldSpam } from '@/lib/comments/retention';
import type { Database } from '@/lib/db/client';
import { env } from '@/lib/env';
import { eraseExpiredLetters, storedRetentionMonths } from '@/lib/letters/retention';
import { retryOutbox } from '@/lib/mail/outbox';
import { log } from '@/lib/observability/log';
import { removeOrphanPhotos } from '@/lib/photos/orphans';

// Clean-up and retries that need no scheduler: old spam, unused uploads, letters past their retention period, mail the
// mail server did not take. It runs at
// start-up (scripts/prepare.ts, which has its own client, hence the database argument) and, at most once an hour per
// process, after a public form was sent (the forms that let strangers put things into our database).

const INTERVAL_MS = 60 * 60 * 1000;
let lastRun = 0;

export async function runHousekeeping(db: Database, now = Date.now()) {
  const spam = await purgeOldSpam(db, env.SPAM_RETENTION_DAYS, new Date(now));
  const photos = (await removeOrphanPhotos(db, now)).length;
  const letters = await eraseExpiredLetters(db, await storedRetentionMonths(db), new Date(now));
  const mail = await retryOutbox(now);
  return { spam, photos, letters, mail };
}

/** Schedules housekeeping after the response, unless it ran within the hour; a failure is logged, never shown. */
export function housekeepSoon(db: Database, now = Date.now()) {
  if (now - lastRun < INTERVAL_MS) return;
  lastRun = now;
  after(async () => {
    try {
      log('info', 'housekeeping', await runHousekeeping(db, now));
    } catch (error) {
      log('error', 'housekeeping failed', { error });
    }
  });
}
