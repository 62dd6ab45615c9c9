import 'server-only';
import { db } from '@/lib/db';
import { searchProfileIds } from '@/lib/db/search';
import { DIRECTORY_PAGE_SIZE, directoryOrderBy, directoryWhere, listedWhere, type DirectoryFilters } from './directory-filters';

const cardSelect = {
  id: true,
  slug: true,
  displayName: true,
  birthDate: true,
  state: true,
  interests: true,
  seeking: true,
  photoPath: true,
  verifiedAt: true,
} as const;

export type DirectoryCard = { id: string; slug: string; displayName: string; birthDate: Date; state: string; interests: string; seeking: string; photoPath: string | null; verifiedAt: Date | null };

/** One page of the directory for `filters`: the query the page runs and the benchmark measures. */
export async function listDirectory(filters: DirectoryFilters, now = new Date()) {
  let where = directoryWhere(filters, now);
  if (filters.q) {
    const ids = await searchProfileIds(filters.q);
    if (ids) where = { AND: [where, { id: { in: ids } }] };
  }
  const [total, profiles] = await Promise.all([
    db.profile.count({ where }),
    db.profile.findMany({
      where,
      orderBy: directoryOrderBy(filters.sort),
      skip: (filters.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return { total, profiles: profiles as DirectoryCard[], pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

/** A profile with its facility, whatever its status: the page decides what an unlisted one shows. */
export function getProfileBySlug(slug: string) {
  return db.profile.findUnique({ where: { slug }, include: { facility: true } });
}

export function isListed(profile: { status: string; expiresAt: Date | null }, now = new Date()): boolean {
  return profile.status === 'published' && profile.expiresAt !== null && profile.expiresAt > now;
}

export async function countListedProfiles(now = new Date()) {
  return db.profile.count({ where: listedWhere(now) });
}
