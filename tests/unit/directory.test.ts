import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { directoryHref, parseDirectoryParams, SEARCH_MAX_LENGTH } from '@/lib/profiles/directory-params';
import { pageItems } from '@/lib/pagination';
import { directoryTitle } from '@/components/directory/DirectoryView';
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

describe('the page in the URL', () => {
  it('is page 1 when missing, zero, negative or not a number, and the first of several', () => {
    for (const page of [undefined, '', '0', '-3', 'abc', 'NaN', '1e3x']) {
      expect(parseDirectoryParams(page === undefined ? {} : { page }).page).toBe(1);
    }
    expect(parseDirectoryParams({ page: ['3', '5'] }).page).toBe(3);
    expect(parseDirectoryParams({ page: '2.5' }).page).toBe(2);
  });

  it('keeps a page past the end (the last page is shown then) but never a huge offset', () => {
    expect(parseDirectoryParams({ page: '999' }).page).toBe(999);
    expect(parseDirectoryParams({ page: '99999999' }).page).toBe(10_000);
  });
});

describe('a search that cannot run', () => {
  it('is refused when longer than the box allows, and keeps what fits for the box', () => {
    const filters = parseDirectoryParams({ q: 'chess '.repeat(500) });
    expect(filters.q).toBeUndefined();
    expect(filters.searchProblem).toMatchObject({ reason: 'too-long', length: 2999 });
    expect(filters.searchProblem!.text).toHaveLength(SEARCH_MAX_LENGTH);
    expect(parseDirectoryParams({ q: 'a'.repeat(SEARCH_MAX_LENGTH) }).q).toHaveLength(SEARCH_MAX_LENGTH);
  });

  it('is refused with nothing to look for, emoji and punctuation only', () => {
    for (const q of ['🙂🙂', '♟️ !!', '---']) {
      expect(parseDirectoryParams({ q })).toMatchObject({ q: undefined, searchProblem: { reason: 'no-words' } });
    }
    const mixed = parseDirectoryParams({ q: 'chess ♟️' });
    expect([mixed.q, mixed.searchProblem]).toEqual(['chess ♟️', undefined]);
    expect(parseDirectoryParams({ q: 'José' }).searchProblem).toBeUndefined();
  });

  it('counts characters, not UTF-16 units, and never cuts one in half', () => {
    const filters = parseDirectoryParams({ q: 'é'.repeat(60) + '🙂'.repeat(60) });
    expect(filters.searchProblem).toMatchObject({ reason: 'too-long', length: 120 });
    expect([...filters.searchProblem!.text]).toHaveLength(SEARCH_MAX_LENGTH);
    expect(parseDirectoryParams({ q: '🙂'.repeat(50) + 'ab' }).searchProblem).toBeUndefined();
  });
});

describe('pageItems', () => {
  it('shows every page when there are few', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and the pages around the current one, with gaps, in at most seven items', () => {
    expect(pageItems(1, 9)).toEqual([1, 2, 3, 4, 5, 'gap', 9]);
    expect(pageItems(5, 9)).toEqual([1, 'gap', 4, 5, 6, 'gap', 9]);
    expect(pageItems(9, 9)).toEqual([1, 'gap', 5, 6, 7, 8, 9]);
    expect(pageItems(50, 400)).toEqual([1, 'gap', 49, 50, 51, 'gap', 400]);
    for (let page = 1; page <= 30; page++) expect(pageItems(page, 30).length).toBeLessThanOrEqual(7);
  });

  it('never puts a gap where one page would do', () => {
    for (let count = 1; count <= 12; count++) {
      for (let page = 1; page <= count; page++) {
        const items = pageItems(page, count);
        const numbers = items.filter((item) => item !== 'gap');
        expect(numbers).toContain(page);
        items.forEach((item, i) => {
          if (item === 'gap') expect((items[i + 1] as number) - (items[i - 1] as number)).toBeGreaterThan(2);
        });
      }
    }
  });
});

describe('directoryTitle', () => {
  it('names the search, the filters and the page', () => {
    expect(directoryTitle(parseDirectoryParams({}))).toBe('Find a pen pal');
    expect(directoryTitle(parseDirectoryParams({ interests: 'chess', page: '2' }))).toBe(
      'Find a pen pal: Chess, page 2',
    );
    expect(directoryTitle(parseDirectoryParams({ q: 'guitar', state: 'TX' }))).toBe('Find a pen pal: “guitar”, Texas');
    expect(directoryTitle(parseDirectoryParams({ q: '🙂', page: '2' }))).toBe('Error: Find a pen pal: page 2');
    expect(directoryTitle(parseDirectoryParams({ q: 'x'.repeat(100) }))).toBe(`Find a pen pal: “${'x'.repeat(39)}…”`);
  });

  it('words each filter as its chip does, never by its key in the URL', () => {
    expect(directoryTitle(parseDirectoryParams({ release: 'within-1' }))).toBe(
      'Find a pen pal: Release: within a year',
    );
    expect(directoryTitle(parseDirectoryParams({ seeking: 'legal-help', language: 'spanish' }))).toBe(
      'Find a pen pal: Legal help, Spanish',
    );
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

  it('matches any of the chosen interests by their bits, a language through the tag index, release windows by date', () => {
    const { text, values } = sql({ interests: ['chess', 'art'], language: 'spanish', release: 'within-1' });
    expect(text).toContain(
      `(p."interestBits" & ?) <> 0 AND p."id" IN (SELECT "profileId" FROM "ProfileTag" WHERE "kind" = ? AND "value" IN (?))`,
    );
    expect(values).toEqual([now, (1n << 4n) | 1n, 'language', 'spanish', now, new Date('2027-11-28T12:00:00Z')]);
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
