import { describe, expect, it } from 'vitest';
import { directoryHref, directoryOrderBy, directoryWhere, parseDirectoryParams } from '@/lib/profiles/directory-filters';
import { ageOn, verifiedAgo } from '@/lib/profiles/age';

const now = new Date('2026-11-28T12:00:00Z');

describe('parseDirectoryParams', () => {
  it('reads every filter from the URL', () => {
    const filters = parseDirectoryParams({
      q: ' chess ', gender: 'woman', ageMin: '25', ageMax: '40', state: 'OR', seeking: 'mentorship',
      interests: ['chess', 'poetry'], language: 'spanish', release: '1-5', photo: '1', recent: 'on', sort: 'verified', page: '3',
    });
    expect(filters).toEqual({
      q: 'chess', gender: 'woman', ageMin: 25, ageMax: 40, state: 'OR', seeking: 'mentorship', interests: ['chess', 'poetry'],
      language: 'spanish', release: '1-5', photo: true, recent: true, sort: 'verified', page: 3,
    });
  });

  it('drops unknown or malformed values instead of failing', () => {
    const filters = parseDirectoryParams({ gender: 'robot', ageMin: 'old', state: 'ZZ', interests: ['chess', 'hacking'], sort: 'random', page: '-2' });
    expect(filters).toMatchObject({ gender: undefined, ageMin: undefined, state: undefined, interests: ['chess'], sort: 'newest', page: 1 });
  });
});

describe('directoryWhere', () => {
  it('always limits to published, unexpired profiles', () => {
    expect(directoryWhere(parseDirectoryParams({}), now)).toEqual({ AND: [{ status: 'published', expiresAt: { gt: now } }] });
  });

  it('turns an age range into birth dates', () => {
    const where = directoryWhere(parseDirectoryParams({ ageMin: '30', ageMax: '39' }), now);
    expect(where.AND).toContainEqual({ birthDate: { lte: new Date('1996-11-28T12:00:00Z') } });
    expect(where.AND).toContainEqual({ birthDate: { gt: new Date('1986-11-28T12:00:00Z') } });
  });

  it('matches any of the chosen interests and release windows by date', () => {
    const where = directoryWhere(parseDirectoryParams({ interests: ['chess', 'art'], release: 'within-1' }), now);
    expect(where.AND).toContainEqual({ tags: { some: { kind: 'interest', value: { in: ['chess', 'art'] } } } });
    expect(where.AND).toContainEqual({ releaseDate: { gte: now, lt: new Date('2027-11-28T12:00:00Z') } });
    expect(directoryWhere(parseDirectoryParams({ release: 'none' }), now).AND).toContainEqual({ releaseDate: null });
  });

  it('sorts release dates with unknown dates last', () => {
    expect(directoryOrderBy('release')[0]).toEqual({ releaseDate: { sort: 'asc', nulls: 'last' } });
  });
});

describe('directoryHref', () => {
  it('round-trips filters through the URL and resets the page on change', () => {
    const filters = parseDirectoryParams({ interests: ['chess', 'art'], gender: 'man', page: '4' });
    const href = directoryHref(filters, { gender: undefined });
    expect(href).toBe('/profiles?interests=chess&interests=art');
    const back = parseDirectoryParams(Object.fromEntries([...new URLSearchParams(href.split('?')[1])].reduce((map, [k, v]) => map.set(k, [...(map.get(k) ?? []), v]), new Map<string, string[]>())));
    expect(back.interests).toEqual(['chess', 'art']);
    expect(directoryHref(filters, { page: 2 })).toContain('page=2');
    expect(directoryHref(parseDirectoryParams({}))).toBe('/profiles');
  });
});

describe('ages and verification', () => {
  it('counts birthdays in UTC', () => {
    expect(ageOn(new Date('1990-11-28T00:00:00Z'), now)).toBe(36);
    expect(ageOn(new Date('1990-11-29T00:00:00Z'), now)).toBe(35);
  });
  it('says how long ago a profile was verified', () => {
    expect(verifiedAgo(new Date('2026-11-28T01:00:00Z'), now)).toBe('verified today');
    expect(verifiedAgo(new Date('2026-11-27T01:00:00Z'), now)).toBe('verified 1 day ago');
    expect(verifiedAgo(new Date('2026-10-29T12:00:00Z'), now)).toBe('verified 30 days ago');
    expect(verifiedAgo(null, now)).toBe('not yet verified');
  });
});
