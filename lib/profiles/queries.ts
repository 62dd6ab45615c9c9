import 'server-only';
import { db } from '@/lib/db';
import { searchProfileIds } from '@/lib/db/search';
import { availabilityOf, type Availability } from './listing';
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

/** Whether /profiles/[slug] shows the profile, answers 410 or 404: one indexed lookup, cheap enough for the proxy. */
export async function profileAvailability(slug: string, now = new Date()): Promise<Availability> {
  const profile = await db.profile.findUnique({ where: { slug }, select: { status: true, expiresAt: true } });
  return availabilityOf(profile, now);
}

export async function countListedProfiles(now = new Date()) {
  return db.profile.count({ where: listedWhere(now) });
}

/** Facilities for a pick list: the public form offers only those staff have checked. */
export function listFacilities({ reviewedOnly }: { reviewedOnly: boolean }) {
  return db.facility.findMany({
    where: reviewedOnly ? { reviewedAt: { not: null } } : {},
    orderBy: [{ state: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, state: true },
  });
}
