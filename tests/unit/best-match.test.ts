import { describe, expect, it } from 'vitest';
import { compareMatches, hasMatchInput, matchScore, type RankedProfile } from '@/lib/profiles/match';

const penPal = {
  interests: ['chess', 'poetry', 'history'],
  languages: ['english', 'spanish'],
  offers: ['mentorship', 'legal-help'],
};
const tags = (interests: string[], languages: string[] = ['english'], seeking: string[] = ['friendship']) => ({
  interests,
  languages,
  seeking,
});

describe('matchScore', () => {
  it('counts shared interests, any shared language, and what they seek that the pen pal offers', () => {
    expect(
      matchScore(penPal, tags(['chess', 'poetry', 'art'], ['spanish'], ['friendship', 'mentorship', 'legal-help'])),
    ).toEqual({ interests: 2, language: 1, seeking: 2 });
    expect(matchScore(penPal, tags(['art'], ['french'], ['romance']))).toEqual({
      interests: 0,
      language: 0,
      seeking: 0,
    });
  });

  it('counts a language once however many are shared, and a repeated key once', () => {
    expect(matchScore(penPal, tags([], ['english', 'spanish'])).language).toBe(1);
    expect(matchScore({ ...penPal, interests: ['chess', 'chess'] }, tags(['chess'])).interests).toBe(1);
  });

  it('knows when the pen pal has given nothing to match on', () => {
    expect(hasMatchInput({ interests: [], languages: [], offers: [] })).toBe(false);
    expect(hasMatchInput({ interests: [], languages: ['english'], offers: [] })).toBe(true);
  });
});

describe('compareMatches', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 10, n));
  const ranked = (
    id: string,
    interests: number,
    language: 0 | 1,
    seeking: number,
    verifiedAt: Date | null = day(1),
  ): RankedProfile => ({
    id,
    verifiedAt,
    score: { interests, language, seeking },
  });
  const order = (list: RankedProfile[]) => [...list].sort(compareMatches).map((profile) => profile.id);

  it('puts shared interests first, then a shared language, then what is on offer', () => {
    const list = [
      ranked('offer', 1, 0, 2),
      ranked('language', 1, 1, 0),
      ranked('interests', 2, 0, 0),
      ranked('nothing', 0, 1, 2),
    ];
    expect(order(list)).toEqual(['interests', 'language', 'offer', 'nothing']);
  });

  it('breaks ties by the most recent verification, none last, then by id', () => {
    const list = [
      ranked('b', 1, 1, 1, day(3)),
      ranked('a', 1, 1, 1, day(3)),
      ranked('new', 1, 1, 1, day(9)),
      ranked('never', 1, 1, 1, null),
    ];
    expect(order(list)).toEqual(['new', 'a', 'b', 'never']);
  });

  it('compares ids by code unit, as the databases compare these ids', () => {
    expect(order([ranked('c9', 0, 0, 0), ranked('ca', 0, 0, 0), ranked('c10', 0, 0, 0)])).toEqual(['c10', 'c9', 'ca']);
  });

  it('is a consistent order: antisymmetric, and equal only for the same profile', () => {
    const list = [
      ranked('x', 2, 1, 0, day(2)),
      ranked('y', 2, 1, 0, day(2)),
      ranked('z', 0, 0, 1, null),
      ranked('w', 0, 0, 1, null),
    ];
    for (const a of list) {
      for (const b of list) {
        expect(Math.sign(compareMatches(a, b)) + Math.sign(compareMatches(b, a))).toBe(0);
        expect(compareMatches(a, b) === 0).toBe(a === b);
      }
    }
  });
});
