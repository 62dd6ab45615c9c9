import 'server-only';
import { after } from 'next/server';
import { purgeOldSpam } from '@/lib/comments/retention';
import type { Database } from '@/lib/db/client';
import { env } from '@/lib/env';
import { log } from '@/lib/observability/log';

// Clean-up that needs no scheduler: it runs at start-up (scripts/prepare.ts) and, at most once an hour per process,
// after a public form was sent (the forms that let strangers put things into our database).

const INTERVAL_MS = 60 * 60 * 1000;
let lastRun = 0;

export async function runHousekeeping(db: Database, now = new Date()) {
  const spam = await purgeOldSpam(db, env.SPAM_RETENTION_DAYS, now);
  return { spam };
}

/** Schedules housekeeping after the response, unless it ran within the hour; a failure is logged, never shown. */
export function housekeepSoon(db: Database) {
  if (Date.now() - lastRun < INTERVAL_MS) return;
  lastRun = Date.now();
  after(async () => {
    try {
      const removed = await runHousekeeping(db);
      log('info', 'housekeeping', removed);
    } catch (error) {
      log('error', 'housekeeping failed', { error });
    }
  });
}
