import 'server-only';
import { requireRole } from '@/lib/auth/session';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/search';
import { pageCountFor } from '@/lib/pagination';
import type { AuditFilters } from './filters';

const PAGE_SIZE = 50;
/** A CSV export holds at most this many entries, newest first; narrow the filters for older ones. */
export const EXPORT_LIMIT = 10_000;

function whereOf(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  const day = (value: string, plusDays = 0) => new Date(Date.parse(`${value}T00:00:00Z`) + plusDays * 86_400_000);
  return {
    AND: [
      filters.actor ? { actorEmail: containsText(filters.actor) } : {},
      filters.action ? { action: { startsWith: filters.action } } : {},
      filters.targetType ? { targetType: filters.targetType } : {},
      filters.targetId ? { targetId: filters.targetId } : {},
      filters.from ? { createdAt: { gte: day(filters.from) } } : {},
      filters.to ? { createdAt: { lt: day(filters.to, 1) } } : {},
    ],
  };
}

const EMPTY: AuditFilters = { actor: '', action: '', targetType: '', targetId: '', from: '', to: '' };

/** One page of the log for admins, newest first. */
export async function listAuditEntries(page: number, filters: AuditFilters = EMPTY) {
  await requireRole('admin');
  const where = whereOf(filters);
  const [total, entries] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, entries, pageCount: pageCountFor(total, PAGE_SIZE) };
}

/** The filtered log for a CSV download, newest first, at most EXPORT_LIMIT entries. */
export async function auditEntriesForExport(filters: AuditFilters) {
  await requireRole('admin');
  return db.auditEntry.findMany({
    where: whereOf(filters),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: EXPORT_LIMIT,
  });
}
