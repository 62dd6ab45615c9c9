import 'server-only';
import { isStaff } from '@/lib/auth/roles';
import { requireMailroom, requireStaff, type SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { listedWhere } from '@/lib/profiles/listing';
import { AWAITING_REVIEW } from '@/lib/profiles/status-groups';
import { countByWeek, daysBetween, medianByWeek, monthStarts, sumByMonth, weekStarts } from './weeks';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A letter waiting this long for screening needs attention. */
export const SCREENING_DAYS = 3;

export type Queue = { label: string; href: string; count: number; oldest: Date | null };

/** Each queue the caller works, with its size and the age of its oldest item. The mailroom sees its own only. */
export async function dashboardQueues(user: SessionUser): Promise<Queue[]> {
  await requireMailroom();
  const oldest = async (label: string, href: string, count: Promise<number>, first: Promise<Date | null>) => ({
    label,
    href,
    count: await count,
    oldest: await first,
  });
  const mailroom = [
    oldest(
      'Approved letters to print',
      '/admin/letters/print',
      db.letter.count({ where: { status: 'approved', batchId: null } }),
      db.letter
        .findFirst({ where: { status: 'approved', batchId: null }, orderBy: { updatedAt: 'asc' } })
        .then((row) => row?.updatedAt ?? null),
    ),
    oldest(
      'Printed batches to post',
      '/admin/letters/print',
      db.batch.count({ where: { printedAt: { not: null }, postedAt: null } }),
      db.batch
        .findFirst({ where: { printedAt: { not: null }, postedAt: null }, orderBy: { printedAt: 'asc' } })
        .then((row) => row?.printedAt ?? null),
    ),
  ];
  if (!isStaff(user.role)) return Promise.all(mailroom);
  return Promise.all([
    oldest(
      'Letters in screening',
      '/admin/letters',
      db.letter.count({ where: { status: 'submitted' } }),
      db.letter
        .findFirst({ where: { status: 'submitted' }, orderBy: { submittedAt: 'asc' } })
        .then((row) => row?.submittedAt ?? null),
    ),
    oldest(
      'Replies held for a decision',
      '/admin/letters/intake',
      db.reply.count({ where: { status: 'screening' } }),
      db.reply
        .findFirst({ where: { status: 'screening' }, orderBy: { createdAt: 'asc' } })
        .then((row) => row?.createdAt ?? null),
    ),
    oldest(
      'Profiles waiting for review',
      '/admin/profiles?tab=pending',
      db.profile.count({ where: { status: { in: [...AWAITING_REVIEW] } } }),
      db.profile
        .findFirst({ where: { status: { in: [...AWAITING_REVIEW] } }, orderBy: { updatedAt: 'asc' } })
        .then((row) => row?.updatedAt ?? null),
    ),
    oldest(
      'Open reports',
      '/admin/reports?tab=open',
      db.profileReport.count({ where: { status: 'open' } }),
      db.profileReport
        .findFirst({ where: { status: 'open' }, orderBy: { createdAt: 'asc' } })
        .then((row) => row?.createdAt ?? null),
    ),
    oldest(
      'Comments awaiting moderation',
      '/admin/comments?status=pending',
      db.comment.count({ where: { status: 'pending' } }),
      db.comment
        .findFirst({ where: { status: 'pending' }, orderBy: { createdAt: 'asc' } })
        .then((row) => row?.createdAt ?? null),
    ),
    ...mailroom,
  ]);
}

/** What should not wait: takedown requests, letters in screening for days, listings ending this week. */
export async function needsAttention(now = new Date()) {
  await requireStaff();
  const [takedowns, slowLetters, expiring] = await Promise.all([
    db.profileReport.count({ where: { status: 'open', reason: 'victim-request' } }),
    db.letter.count({
      where: { status: 'submitted', submittedAt: { lt: new Date(now.getTime() - SCREENING_DAYS * DAY_MS) } },
    }),
    db.profile.count({
      where: { AND: [listedWhere(now), { expiresAt: { lte: new Date(now.getTime() + 7 * DAY_MS) } }] },
    }),
  ]);
  return [
    { label: 'Takedown requests from victims or their families', count: takedowns, href: '/admin/reports?tab=open' },
    { label: `Letters in screening for more than ${SCREENING_DAYS} days`, count: slowLetters, href: '/admin/letters' },
    { label: 'Listings ending this week', count: expiring, href: '/admin/profiles?tab=expiring' },
  ].filter((item) => item.count > 0);
}

export const CHART_WEEKS = 12;

/** The series behind the dashboard's charts: twelve weeks (twelve months for postage), counted from dates only. */
export async function dashboardCharts(now = new Date()) {
  await requireStaff();
  const weeks = weekStarts(now, CHART_WEEKS);
  const months = monthStarts(now, 12);
  const since = weeks[0]!;
  const [submitted, posted, replies, comments, approvedComments, profiles, approvedProfiles, batches] =
    await Promise.all([
      db.letterEvent.findMany({
        where: { status: 'submitted', createdAt: { gte: since } },
        select: { createdAt: true },
      }),
      db.letter.findMany({
        where: { postedAt: { gte: since } },
        select: { postedAt: true, submittedAt: true },
      }),
      db.reply.findMany({ where: { receivedAt: { gte: since } }, select: { receivedAt: true } }),
      db.comment.findMany({ where: { createdAt: { gte: since } }, select: { createdAt: true } }),
      db.comment.findMany({ where: { approvedAt: { gte: since } }, select: { approvedAt: true } }),
      db.profile.findMany({ where: { createdAt: { gte: since } }, select: { createdAt: true } }),
      db.profile.findMany({ where: { listedAt: { gte: since } }, select: { listedAt: true } }),
      db.batch.findMany({ where: { postedAt: { gte: months[0] } }, select: { postedAt: true, postageCents: true } }),
    ]);
  return {
    weeks,
    months,
    lettersSubmitted: countByWeek(
      weeks,
      submitted.map((row) => row.createdAt),
    ),
    lettersPosted: countByWeek(
      weeks,
      posted.map((row) => row.postedAt!),
    ),
    repliesReceived: countByWeek(
      weeks,
      replies.map((row) => row.receivedAt),
    ),
    daysToPost: medianByWeek(
      weeks,
      posted
        .filter((row) => row.submittedAt)
        .map((row) => ({ at: row.postedAt!, value: daysBetween(row.submittedAt!, row.postedAt!) })),
    ),
    commentsReceived: countByWeek(
      weeks,
      comments.map((row) => row.createdAt),
    ),
    commentsApproved: countByWeek(
      weeks,
      approvedComments.map((row) => row.approvedAt!),
    ),
    profilesReceived: countByWeek(
      weeks,
      profiles.map((row) => row.createdAt),
    ),
    profilesApproved: countByWeek(
      weeks,
      approvedProfiles.map((row) => row.listedAt!),
    ),
    postageCents: sumByMonth(
      months,
      batches.map((row) => ({ at: row.postedAt!, value: row.postageCents })),
    ),
  };
}
