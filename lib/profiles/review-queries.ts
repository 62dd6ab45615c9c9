import 'server-only';
import { requireStaff } from '@/lib/auth/session';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/search';
import { expiringSoonBefore, listedWhere } from './listing';
import { AWAITING_REVIEW, CLOSED, ProfileStatus } from './status-groups';
import { ReportStatus } from '@/lib/reports/schema';
import { pageCountFor } from '@/lib/pagination';

export const REVIEW_TABS = ['pending', 'listed', 'expiring', 'unlisted', 'returned'] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];
export const REVIEW_TAB_LABELS: Record<ReviewTab, string> = {
  pending: 'Waiting for review',
  listed: 'Listed',
  expiring: 'Expiring within 30 days',
  unlisted: 'Unlisted',
  // A letter came back (moved, released): letters are paused until staff check the profile (lib/letters/actions/returns.ts).
  returned: 'Letters returned',
};
const PAGE_SIZE = 50;

/** Each tab's filter. Unlisted is everything once reviewed that the directory does not show, expired listings included:
 * waiting, listed and unlisted together hold every profile once (tests/integration/listed.test.ts). */
function tabWhere(tab: ReviewTab, now: Date): Prisma.ProfileWhereInput {
  switch (tab) {
    case 'pending':
      return { status: { in: [...AWAITING_REVIEW] } };
    case 'listed':
      return listedWhere(now);
    case 'expiring':
      return { AND: [listedWhere(now), { expiresAt: { lte: expiringSoonBefore(now) } }] };
    case 'unlisted':
      return {
        OR: [
          { status: { in: [...CLOSED] } },
          { status: ProfileStatus.published, OR: [{ expiresAt: null }, { expiresAt: { lte: now } }] },
        ],
      };
    case 'returned':
      return { lettersPausedAt: { not: null } };
  }
}

export async function reviewTabCounts(now = new Date()): Promise<Record<ReviewTab, number>> {
  await requireStaff();
  const counts = await Promise.all(REVIEW_TABS.map((tab) => db.profile.count({ where: tabWhere(tab, now) })));
  return Object.fromEntries(REVIEW_TABS.map((tab, i) => [tab, counts[i]!])) as Record<ReviewTab, number>;
}

/** One page of a review tab; `q` matches a name, the reference or the inmate number. Oldest first while waiting. */
export async function listForReview(tab: ReviewTab, q: string, page: number, now = new Date()) {
  await requireStaff();
  const search: Prisma.ProfileWhereInput = q
    ? {
        OR: [
          { displayName: containsText(q) },
          { legalName: containsText(q) },
          { reference: containsText(q) },
          { inmateNumber: containsText(q) },
        ],
      }
    : {};
  const where = { AND: [tabWhere(tab, now), search] };
  const orderBy: Prisma.ProfileOrderByWithRelationInput =
    tab === 'pending'
      ? { createdAt: 'asc' }
      : tab === 'expiring'
        ? { expiresAt: 'asc' }
        : tab === 'returned'
          ? { lettersPausedAt: 'asc' }
          : { updatedAt: 'desc' };
  const [total, profiles] = await Promise.all([
    db.profile.count({ where }),
    db.profile.findMany({
      where,
      orderBy,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        reference: true,
        displayName: true,
        state: true,
        status: true,
        statusReason: true,
        lettersPausedReason: true,
        createdAt: true,
        expiresAt: true,
        verifiedAt: true,
        submitterRelationship: true,
        facility: { select: { name: true, reviewedAt: true } },
        _count: { select: { reports: { where: { status: ReportStatus.open } } } },
      },
    }),
  ]);
  return { total, profiles, pageCount: pageCountFor(total, PAGE_SIZE) };
}

/** Everything staff need to decide on one profile: the profile, its facility, open reports and its history. */
export async function getProfileForReview(id: string) {
  await requireStaff();
  const profile = await db.profile.findUnique({
    where: { id },
    include: { facility: true, reports: { where: { status: ReportStatus.open }, orderBy: { createdAt: 'desc' } } },
  });
  if (!profile) return null;
  const history = await db.auditEntry.findMany({
    where: { targetType: 'profile', targetId: id },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return { profile, history };
}
