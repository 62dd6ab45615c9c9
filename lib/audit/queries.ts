import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { pageCountFor } from '@/lib/pagination';

const PAGE_SIZE = 50;

export async function listAuditEntries(page: number) {
  await requireRole('admin');
  const [total, entries] = await Promise.all([
    db.auditEntry.count(),
    db.auditEntry.findMany({ orderBy: { createdAt: 'desc' }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  return { entries, pageCount: pageCountFor(total, PAGE_SIZE) };
}
