import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { ProfileStatus } from './listing';

// When staff request changes, the submitter gets a private link to correct the submission. The link carries a random
// token; the database keeps only its hash, so a copy of the database cannot be used to edit anything.

const LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function newChangesLink(now: Date) {
  const token = randomBytes(24).toString('base64url');
  return {
    url: `${env.siteUrl}/profiles/submit/${token}`,
    columns: { changesTokenHash: hashOf(token), changesTokenExpiresAt: new Date(now.getTime() + LINK_DAYS * DAY_MS) },
  };
}

export const noChangesLink = { changesTokenHash: null, changesTokenExpiresAt: null };

/** The submission a changes link opens, while changes are still wanted and the link has not run out. */
export function profileForChanges(token: string, now = new Date()) {
  if (!/^[\w-]{20,64}$/.test(token)) return null;
  return db.profile.findFirst({
    where: { changesTokenHash: hashOf(token), status: ProfileStatus.changes_requested, changesTokenExpiresAt: { gt: now } },
    include: { facility: true },
  });
}
