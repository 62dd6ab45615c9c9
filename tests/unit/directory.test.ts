import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { directoryHref, parseDirectoryParams } from '@/lib/profiles/directory-params';
import { directoryConditions, directoryOrder } from '@/lib/profiles/directory-sql';
import { ageOn, verifiedAgo } from '@/lib/profiles/age';

const now = new Date('2026-11-28T12:00:00Z');

describe('parseDirectoryParams', () => {
  it('reads every filter from the URL', () => {
    const filters = parseDirectoryParams({
      q: ' chess ',
      gender: 'woman',
      ageMin: '25',
      ageMax: '40',
      state: 'OR',
      seeking: 'mentorship',
      interests: ['chess', 'poetry'],
      language: 'spanish',
      release: '1-5',
      photo: '1',
      recent: 'on',
      sort: 'verified',
      page: '3',
    });
    expect(filters).toEqual({
      q: 'chess',
      gender: 'woman',
      ageMin: 25,
      ageMax: 40,
      state: 'OR',
      seeking: 'mentorship',
      interests: ['chess', 'poetry'],
      language: 'spanish',
      release: '1-5',
      photo: true,
      recent: true,
      sort: 'verified',
      page: 3,
      bestMatch: false,
    });
  });

  it('sorts a signed-in pen pal by best match unless the URL says otherwise, and never anyone else', () => {
    expect(parseDirectoryParams({}, { bestMatch: true }).sort).toBe('match');
    expect(parseDirectoryParams({ sort: 'newest' }, { bestMatch: true }).sort).toBe('newest');
    expect(parseDirectoryParams({}).sort).toBe('newest');
    expect(parseDirectoryParams({ sort: 'match' })).toMatchObject({ sort: 'newest', bestMatch: false });
  });

  it('drops unknown or malformed values instead of failing', () => {
    const filters = parseDirectoryParams({
      gender: 'robot',
      ageMin: 'old',
      state: 'ZZ',
      interests: ['chess', 'hacking'],
      sort: 'random',
      page: '-2',
    });
    expect(filters).toMatchObject({
      gender: undefined,
      ageMin: undefined,
      state: undefined,
      interests: ['chess'],
      sort: 'newest',
      page: 1,
    });
  });
});

describe('directoryConditions', () => {
  const sql = (params: Record<string, string | string[]>, search: Prisma.Sql | null = null) => {
    const query = Prisma.join(directoryConditions(parseDirectoryParams(params), now, search), ' AND ');
    return { text: query.sql, values: query.values };
  };

  it('always limits to published, unexpired profiles', () => {
    expect(sql({})).toEqual({ text: `p."status" = 'published' AND p."expiresAt" > ?`, values: [now] });
  });

  it('turns an age range into birth dates', () => {
    const { text, values } = sql({ ageMin: '30', ageMax: '39' });
    expect(text).toContain(`p."birthDate" <= ? AND p."birthDate" > ?`);
    expect(values.slice(1)).toEqual([new Date('1996-11-28T12:00:00Z'), new Date('1986-11-28T12:00:00Z')]);
  });

  it('matches any of the chosen interests through the tag index, and release windows by date', () => {
    const { text, values } = sql({ interests: ['chess', 'art'], release: 'within-1' });
    expect(text).toContain(`p."id" IN (SELECT "profileId" FROM "ProfileTag" WHERE "kind" = ? AND "value" IN (?,?))`);
    expect(values).toEqual([now, 'interest', 'chess', 'art', now, new Date('2027-11-28T12:00:00Z')]);
    expect(sql({ release: 'none' }).text).toContain(`p."releaseDate" IS NULL`);
  });

  it('adds the search condition last and passes every value as a parameter', () => {
    const { text, values } = sql(
      { gender: "woman' OR 1=1 --", state: 'OR', photo: '1' },
      Prisma.sql`MATCHES(${'chess'})`,
    );
    expect(text).toBe(
      `p."status" = 'published' AND p."expiresAt" > ? AND p."state" = ? AND p."photoPath" IS NOT NULL AND MATCHES(?)`,
    );
    expect(values).toEqual([now, 'OR', 'chess']);
  });

  it('sorts by an index, ties by id', () => {
    expect(directoryOrder('newest').sql).toBe(`p."listedAt" DESC, p."id"`);
    expect(directoryOrder('release').sql).toBe(`p."releaseDate", p."id"`);
  });
});

describe('directoryHref', () => {
  it('round-trips filters through the URL and resets the page on change', () => {
    const filters = parseDirectoryParams({ interests: ['chess', 'art'], gender: 'man', page: '4' });
    const href = directoryHref(filters, { gender: undefined });
    expect(href).toBe('/profiles?interests=chess&interests=art');
    const back = parseDirectoryParams(
      Object.fromEntries(
        [...new URLSearchParams(href.split('?')[1])].reduce(
          (map, [k, v]) => map.set(k, [...(map.get(k) ?? []), v]),
          new Map<string, string[]>(),
        ),
      ),
    );
    expect(back.interests).toEqual(['chess', 'art']);
    expect(directoryHref(filters, { page: 2 })).toContain('page=2');
    expect(directoryHref(parseDirectoryParams({}))).toBe('/profiles');
  });

  it('leaves out the sort that is the default for whoever reads the page', () => {
    expect(directoryHref(parseDirectoryParams({}, { bestMatch: true }))).toBe('/profiles');
    expect(directoryHref(parseDirectoryParams({ sort: 'newest' }, { bestMatch: true }))).toBe('/profiles?sort=newest');
    expect(directoryHref(parseDirectoryParams({ sort: 'verified' }))).toBe('/profiles?sort=verified');
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
