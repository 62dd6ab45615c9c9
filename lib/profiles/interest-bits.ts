// Each curated interest as one bit of Profile.interestBits, so best match counts the interests a profile shares with
// a pen pal from one integer per profile instead of grouping tag rows (directory-sql.ts, sharedSql).

import { INTERESTS, type Interest } from './vocabulary';

/**
 * The bit of each interest. Stored in every profile, so a key keeps its bit for good: a new interest takes the next
 * unused number (at most 62), and a retired one leaves its number unused. Typed by the vocabulary, so a new interest
 * cannot be left out.
 */
export const INTEREST_BITS: Record<Interest, number> = {
  art: 0,
  basketball: 1,
  'bible-study': 2,
  books: 3,
  chess: 4,
  cooking: 5,
  'country-music': 6,
  crochet: 7,
  'current-events': 8,
  drawing: 9,
  fantasy: 10,
  fitness: 11,
  football: 12,
  gardening: 13,
  genealogy: 14,
  guitar: 15,
  'hip-hop': 16,
  history: 17,
  horror: 18,
  languages: 19,
  law: 20,
  math: 21,
  meditation: 22,
  movies: 23,
  mythology: 24,
  nature: 25,
  philosophy: 26,
  poetry: 27,
  psychology: 28,
  puzzles: 29,
  'r-and-b': 30,
  'rock-music': 31,
  science: 32,
  'sci-fi': 33,
  soccer: 34,
  spanish: 35,
  spirituality: 36,
  'tattoo-art': 37,
  travel: 38,
  writing: 39,
};

const isInterest = (value: string): value is Interest => (INTERESTS as readonly string[]).includes(value);

/** The interests among `values` that have a bit (curated ones; a profile's own free-text interests have none). */
export function curatedInterests(values: readonly string[]): Interest[] {
  return values.filter(isInterest);
}

/** The bits of a profile's interests, as stored in Profile.interestBits. */
export function interestBitsOf(values: readonly string[]): bigint {
  return curatedInterests(values).reduce((bits, key) => bits | (1n << BigInt(INTEREST_BITS[key])), 0n);
}
