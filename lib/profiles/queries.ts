import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { searchCondition } from '@/lib/db/search';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';
import { availabilityOf, type Availability } from './listing';
import { DIRECTORY_PAGE_SIZE, type DirectoryFilters } from './directory-params';
import { directoryConditions, directoryOrder } from './directory-sql';
import { pageCountFor } from '@/lib/pagination';

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
  const search = filters.q ? searchCondition(filters.q) : null;
  const conditions = directoryConditions(filters, now, search);
  const offset = (filters.page - 1) * DIRECTORY_PAGE_SIZE;
  // SQLite gathers a search's or a tag's matches once for both the count and the page; PostgreSQL's planner does
  // better with two queries (a hash join to count, an index walk that stops early for the page). Measured with
  // npm run bench:directory on both.
  const bySet = providerOf(env.databaseUrl) === 'sqlite' && Boolean(search || filters.seeking || filters.language || filters.interests.length > 0);
  let total: number;
  let ids: string[];
  if (filters.sort === 'release') {
    // Soonest release first, then everyone without a date: two index walks instead of sorting every profile.
    const dated = await pageWithTotal([...conditions, Prisma.sql`p."releaseDate" IS NOT NULL`], directoryOrder('release'), offset, bySet);
    const rest = await pageWithTotal([...conditions, Prisma.sql`p."releaseDate" IS NULL`], directoryOrder('newest'), Math.max(0, offset - dated.total), bySet);
    total = dated.total + rest.total;
    ids = [...dated.ids, ...rest.ids].slice(0, DIRECTORY_PAGE_SIZE);
  } else {
    ({ total, ids } = await pageWithTotal(conditions, directoryOrder(filters.sort), offset, bySet));
  }
  const rows = await db.profile.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const profiles = ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
  return { total, profiles: profiles as DirectoryCard[], pageCount: pageCountFor(total, DIRECTORY_PAGE_SIZE) };
}

/**
 * One page of ids and the number of matches. `bySet`: the matches have to be gathered and sorted anyway, so one pass
 * counts them too (a window count). Otherwise an index walk finds the page early and a covering index counts.
 */
async function pageWithTotal(conditions: Prisma.Sql[], order: Prisma.Sql, offset: number, bySet: boolean): Promise<{ total: number; ids: string[] }> {
  const where = Prisma.join(conditions, ' AND ');
  const count = async () => {
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Profile" p WHERE ${where}`;
    return Number(row?.n ?? 0);
  };
  if (!bySet) {
    const [total, rows] = await Promise.all([
      count(),
      db.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "Profile" p WHERE ${where} ORDER BY ${order} LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`,
    ]);
    return { total, ids: rows.map((row) => row.id) };
  }
  const rows = await db.$queryRaw<{ id: string; total: number | bigint }[]>`
    SELECT p."id", COUNT(*) OVER () AS "total" FROM "Profile" p WHERE ${where} ORDER BY ${order} LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`;
  // Past the last page there is no row to carry the count.
  return rows.length > 0 ? { total: Number(rows[0]!.total), ids: rows.map((row) => row.id) } : { total: await count(), ids: [] };
}

// Everything the public profile page shows, and nothing else: no submitter, no review notes, no token hashes.
const publicProfileSelect = {
  id: true,
  slug: true,
  displayName: true,
  legalName: true,
  inmateNumber: true,
  housingUnit: true,
  birthDate: true,
  gender: true,
  raceEthnicity: true,
  state: true,
  releaseDate: true,
  offense: true,
  bio: true,
  interests: true,
  seeking: true,
  languages: true,
  photoPath: true,
  listedAt: true,
  verifiedAt: true,
  expiresAt: true,
  facility: { select: { name: true, addressLines: true, mailScanned: true, scanAddressLines: true, photoRules: true, messagingVendor: true, notes: true } },
} as const;

export type PublicProfile = Prisma.ProfileGetPayload<{ select: typeof publicProfileSelect }>;
export type PublicProfileResult = { availability: 'listed'; profile: PublicProfile } | { availability: Exclude<Availability, 'listed'> };

/**
 * The public profile page's one read, shared by generateMetadata and the page within a request. An unlisted profile
 * comes back as its availability alone: the page says it is gone without naming anyone.
 */
export const getPublicProfile = cache(async (slug: string, now = new Date()): Promise<PublicProfileResult> => {
  const row = await db.profile.findUnique({ where: { slug }, select: { ...publicProfileSelect, status: true } });
  const availability = availabilityOf(row, now);
  if (availability !== 'listed' || !row) return { availability: availability === 'listed' ? 'missing' : availability };
  const { status: _status, ...profile } = row;
  return { availability, profile };
});

/** Whether /profiles/[slug] shows the profile, answers 410 or 404: one indexed lookup, cheap enough for the proxy. */
export async function profileAvailability(slug: string, now = new Date()): Promise<Availability> {
  const profile = await db.profile.findUnique({ where: { slug }, select: { status: true, expiresAt: true } });
  return availabilityOf(profile, now);
}

/** Facilities for a pick list: the public form offers only those staff have checked. */
export function listFacilities({ reviewedOnly }: { reviewedOnly: boolean }) {
  return db.facility.findMany({
    where: reviewedOnly ? { reviewedAt: { not: null } } : {},
    orderBy: [{ state: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, state: true },
  });
}
