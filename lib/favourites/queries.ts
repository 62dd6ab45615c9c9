import 'server-only';
import { db } from '@/lib/db';
import { listingRules } from '@/lib/profiles/listing-rules';
import { unlistedReason } from './unlisted';

/** Which of `profileIds` (a page of cards) the pen pal has saved: one query, however many cards. */
export async function favouriteIdsOf(user: { id: string }, profileIds: readonly string[]): Promise<Set<string>> {
  if (profileIds.length === 0) return new Set();
  const rows = await db.favourite.findMany({
    where: { userId: user.id, profileId: { in: [...profileIds] } },
    select: { profileId: true },
  });
  return new Set(rows.map((row) => row.profileId));
}

export type SavedProfile = {
  savedAt: Date;
  id: string;
  displayName: string;
  /** Null once unlisted: then the list shows the name and `unlisted` alone, and links nowhere. */
  listed: {
    slug: string;
    birthDate: Date;
    state: string;
    interests: string;
    photoPath: string | null;
    verifiedAt: Date | null;
  } | null;
  unlisted: string | null;
};

/** The pen pal's saved profiles, newest saved first. An unlisted one keeps its place, with why and nothing else. */
export async function listFavourites(user: { id: string }, now = new Date()): Promise<SavedProfile[]> {
  const rows = await db.favourite.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'desc' }, { profileId: 'asc' }],
    select: {
      createdAt: true,
      profile: {
        select: {
          id: true,
          displayName: true,
          status: true,
          expiresAt: true,
          slug: true,
          birthDate: true,
          state: true,
          interests: true,
          photoPath: true,
          verifiedAt: true,
        },
      },
    },
  });
  const { hiddenStates } = await listingRules();
  return rows.map(({ createdAt, profile: { id, displayName, status, expiresAt, ...listed } }) => {
    const unlisted = unlistedReason({ status, expiresAt, state: listed.state }, now, hiddenStates);
    return { savedAt: createdAt, id, displayName, listed: unlisted ? null : listed, unlisted };
  });
}
