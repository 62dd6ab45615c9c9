import 'server-only';
import { requireRole } from '@/lib/auth/session';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/search';
import { pageCountFor } from '@/lib/pagination';
import type { Role } from '@/lib/auth/roles';
import type { UserSort, UserState } from './states';

const PAGE_SIZE = 50;

export type UserFilters = { q: string; role: Role | null; state: UserState | null; sort: UserSort; page: number };

function stateWhere(state: UserState): Prisma.UserWhereInput {
  switch (state) {
    case 'deleted':
      return { deletedAt: { not: null } };
    case 'suspended':
      return { deletedAt: null, suspendedAt: { not: null } };
    case 'unverified':
      return { deletedAt: null, suspendedAt: null, emailVerifiedAt: null };
    case 'active':
      return { deletedAt: null, suspendedAt: null, emailVerifiedAt: { not: null } };
  }
}

const ORDER: Record<UserSort, Prisma.UserOrderByWithRelationInput[]> = {
  newest: [{ createdAt: 'desc' }, { id: 'asc' }],
  oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
  name: [{ name: 'asc' }, { id: 'asc' }],
};

/** One page of accounts for admins: search by name or email, filter by role and state. */
export async function listUsers(filters: UserFilters) {
  await requireRole('admin');
  const q = filters.q.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      q ? { OR: [{ name: containsText(q) }, { email: containsText(q) }] } : {},
      filters.role ? { role: filters.role } : {},
      filters.state ? stateWhere(filters.state) : {},
    ],
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: ORDER[filters.sort],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        createdAt: true,
        emailVerifiedAt: true,
        suspendedAt: true,
        deletedAt: true,
        sessions: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
      },
    }),
  ]);
  return { total, users, pageCount: pageCountFor(total, PAGE_SIZE) };
}

/** One account for its console page: what it is, what it did, what was said about it, its audit trail. */
export async function getUserForAdmin(id: string) {
  await requireRole('admin');
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      country: true,
      createdAt: true,
      emailVerifiedAt: true,
      suspendedAt: true,
      suspendedReason: true,
      deletedAt: true,
      _count: { select: { favourites: true } },
    },
  });
  if (!user) return null;
  const [letters, replies, reports, signIns, audit] = await Promise.all([
    db.letter.count({ where: { thread: { userId: id }, status: { not: 'draft' } } }),
    db.reply.count({ where: { thread: { userId: id } } }),
    // Reports people made about a letter this pen pal wrote.
    db.profileReport.count({ where: { letter: { thread: { userId: id } } } }),
    db.session.findMany({
      where: { userId: id },
      orderBy: { createdAt: 'desc' },
      take: 10,
      select: { createdAt: true, lastSeenAt: true, userAgent: true, revokedAt: true },
    }),
    db.auditEntry.findMany({
      where: { OR: [{ targetType: 'user', targetId: id }, { actorId: id }] },
      orderBy: { createdAt: 'desc' },
      take: 50,
    }),
  ]);
  return { user, letters, replies, reports, signIns, audit };
}
