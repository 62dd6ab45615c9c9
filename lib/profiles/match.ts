// "Best match": how much a profile has in common with a signed-in pen pal, and the directory order that follows.
// The one definition of the ranking. The SQL in directory-sql.ts (bestMatchOrder) sorts the same way, and
// tests/integration/best-match.test.ts checks the two agree on both databases. Pure, so tests need no database.

/** The pen pal's side, from their account: vocabulary keys. `offers` uses the seeking vocabulary. */
export type MatchInput = { interests: readonly string[]; languages: readonly string[]; offers: readonly string[] };

/** The profile's side: its tags. */
export type MatchTags = { interests: readonly string[]; languages: readonly string[]; seeking: readonly string[] };

/** What they share, in order of weight: interests (how many), a language (any), what they seek that the pen pal offers. */
export type MatchScore = { interests: number; language: 0 | 1; seeking: number };

export type RankedProfile = { id: string; verifiedAt: Date | null; score: MatchScore };

const countShared = (mine: readonly string[], theirs: readonly string[]) => {
  const set = new Set(theirs);
  return new Set(mine.filter((key) => set.has(key))).size;
};

export function matchScore(penPal: MatchInput, profile: MatchTags): MatchScore {
  return {
    interests: countShared(penPal.interests, profile.interests),
    language: countShared(penPal.languages, profile.languages) > 0 ? 1 : 0,
    seeking: countShared(profile.seeking, penPal.offers),
  };
}

/** Whether the pen pal has told us anything to match on; without it best match is the recently verified order. */
export function hasMatchInput(penPal: MatchInput): boolean {
  return penPal.interests.length + penPal.languages.length + penPal.offers.length > 0;
}

/**
 * The best-match order, for Array.sort: more shared interests, then a shared language, then more of what they seek
 * on offer, then the most recently verified (a listed profile always has a verification date; none sorts last),
 * then the id, so pages never overlap. Ids compare by code unit, as SQL compares these ASCII ids.
 */
export function compareMatches(a: RankedProfile, b: RankedProfile): number {
  return (
    b.score.interests - a.score.interests ||
    b.score.language - a.score.language ||
    b.score.seeking - a.score.seeking ||
    (b.verifiedAt?.getTime() ?? -Infinity) - (a.verifiedAt?.getTime() ?? -Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
