import 'server-only';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { pageCountFor } from '@/lib/pagination';
import { REPORT_STATUSES, ReportStatus } from './schema';

export const REPORT_TABS = REPORT_STATUSES;
export type ReportTab = ReportStatus;
const PAGE_SIZE = 50;

export async function reportTabCounts(): Promise<Record<ReportTab, number>> {
  await requireStaff();
  const [open, resolved] = await Promise.all(
    REPORT_TABS.map((status) => db.profileReport.count({ where: { status } })),
  );
  return { open: open!, resolved: resolved! };
}

const include = {
  profile: { select: { id: true, slug: true, reference: true, displayName: true, status: true, expiresAt: true } },
  // A reader's report about a comment quotes it; its email address stays on the comments queue.
  comment: { select: { id: true, articleSlug: true, authorName: true, body: true, status: true } },
  // A pen pal reporting from their inbox attaches the letter or reply: staff read it with the report.
  letter: { select: { id: true, kind: true, body: true, erasedAt: true } },
  reply: {
    select: {
      id: true,
      body: true,
      receivedAt: true,
      erasedAt: true,
      scans: { orderBy: { position: 'asc' }, select: { id: true } },
    },
  },
} as const;

/**
 * One page of a reports tab with the profile or comment each is about. Open ones oldest first, as a queue, except that every
 * takedown request from a victim or their family heads the first page, as the safety page promises; resolved ones
 * newest first.
 */
export async function listReports(tab: ReportTab, page: number) {
  await requireStaff();
  const where = tab === ReportStatus.open ? { status: tab, reason: { not: 'victim-request' } } : { status: tab };
  const [total, urgent, rest] = await Promise.all([
    db.profileReport.count({ where }),
    tab === ReportStatus.open && page === 1
      ? db.profileReport.findMany({
          where: { status: ReportStatus.open, reason: 'victim-request' },
          orderBy: { createdAt: 'asc' },
          include,
        })
      : [],
    db.profileReport.findMany({
      where,
      orderBy: tab === ReportStatus.open ? { createdAt: 'asc' } : { resolvedAt: 'desc' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include,
    }),
  ]);
  const reports = [...urgent, ...rest];
  // resolvedById is a plain column (staff accounts may be deleted), so names are looked up in one query.
  const staffIds = [...new Set(reports.map((report) => report.resolvedById).filter((id): id is string => id !== null))];
  const staff =
    staffIds.length > 0
      ? await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })
      : [];
  const names = new Map(staff.map((user) => [user.id, user.name]));
  return {
    total,
    pageCount: pageCountFor(total, PAGE_SIZE),
    reports: reports.map((report) => ({
      ...report,
      resolvedByName: report.resolvedById ? (names.get(report.resolvedById) ?? null) : null,
    })),
  };
}
