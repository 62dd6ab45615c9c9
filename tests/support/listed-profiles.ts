import type Database from 'better-sqlite3';
import { compareMatches, matchScore, type MatchInput } from '@/lib/profiles/match';

// The listed profiles of an end-to-end site's database with their tags, and how best match ranks them: for journeys
// that save two profiles and expect them first under best match.

export type ListedProfile = {
  id: string;
  slug: string;
  displayName: string;
  verifiedAt: Date | null;
  interests: string[];
  languages: string[];
  seeking: string[];
};

/** Every listed profile with its tags, read from the site's database. */
export function listedProfiles(db: Database.Database): ListedProfile[] {
  const now = new Date();
  const rows = db
    .prepare(
      `SELECT "id", "slug", "displayName", "verifiedAt", "expiresAt" FROM "Profile" WHERE "status" = 'published'`,
    )
    .all() as { id: string; slug: string; displayName: string; verifiedAt: string | null; expiresAt: string | null }[];
  const tags = db.prepare(`SELECT "profileId", "kind", "value" FROM "ProfileTag"`).all() as {
    profileId: string;
    kind: string;
    value: string;
  }[];
  const of = (id: string, kind: string) =>
    tags.filter((tag) => tag.profileId === id && tag.kind === kind).map((tag) => tag.value);
  return rows
    .filter((row) => row.expiresAt && new Date(row.expiresAt) > now)
    .map(({ id, slug, displayName, verifiedAt }) => ({
      id,
      slug,
      displayName,
      verifiedAt: verifiedAt ? new Date(verifiedAt) : null,
      interests: of(id, 'interest'),
      languages: of(id, 'language'),
      seeking: of(id, 'seeking'),
    }));
}

/** The profiles whose names no other one has, so a name finds one card. */
export function uniquelyNamed(profiles: ListedProfile[]): ListedProfile[] {
  return profiles.filter((one) => profiles.filter((other) => other.displayName === one.displayName).length === 1);
}

/** Profile ids in best-match order for `match`. */
export const rankedIds = (profiles: ListedProfile[], match: MatchInput) =>
  profiles
    .map((profile) => ({ id: profile.id, verifiedAt: profile.verifiedAt, score: matchScore(match, profile) }))
    .sort(compareMatches)
    .map((row) => row.id);

/** Two of `candidates` that rank first of `everyone` for a pen pal with their interests (`matchFor` adds the rest). */
export function pairRankedFirst(
  candidates: ListedProfile[],
  everyone: ListedProfile[],
  matchFor: (interests: string[]) => MatchInput,
): { pair: [ListedProfile, ListedProfile]; match: MatchInput } {
  for (const [i, a] of candidates.entries()) {
    for (const b of candidates.slice(i + 1)) {
      const match = matchFor([...new Set([...a.interests, ...b.interests])]);
      const top = rankedIds(everyone, match).slice(0, 2);
      if (top.includes(a.id) && top.includes(b.id)) return { pair: top[0] === a.id ? [a, b] : [b, a], match };
    }
  }
  throw new Error('No two profiles rank first by their own interests');
}
