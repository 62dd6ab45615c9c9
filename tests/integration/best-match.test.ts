import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import ProfilesPage from '@/app/(site)/profiles/page';
import { DirectoryFilters } from '@/components/directory/DirectoryFilters';
import { DirectoryView } from '@/components/directory/DirectoryView';
import { ProfileCard } from '@/components/directory/ProfileCard';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { DIRECTORY_PAGE_SIZE, parseDirectoryParams } from '@/lib/profiles/directory-params';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';
import {
  bestMatchInSetPostgresSql,
  bestMatchInSetSql,
  bestMatchScoredSql,
  bestMatchTopSql,
  directoryConditions,
} from '@/lib/profiles/directory-sql';
import { isListed } from '@/lib/profiles/listing';
import { compareMatches, matchScore, type MatchInput } from '@/lib/profiles/match';
import { listDirectory } from '@/lib/profiles/queries';
import { facilityData, profileData } from '@/prisma/factories';
import { createUser, signInAs } from '../support/users';

// The best-match order is written twice: compareMatches (pure) and the SQL in directory-sql.ts. A varied directory,
// with ties on every part of the score and on the verification date, shows whether they agree.
const now = new Date();
const DAY = 24 * 60 * 60 * 1000;
const INTERESTS = ['chess', 'poetry', 'history', 'guitar', 'art', 'books', 'cooking', 'law'];
const LANGUAGES = ['english', 'spanish', 'french'];
const SEEKING = ['friendship', 'mentorship', 'spiritual', 'legal-help', 'romance'];
const penPal: MatchInput = {
  interests: ['chess', 'poetry', 'history', 'guitar'],
  languages: ['spanish', 'french'],
  offers: ['mentorship', 'legal-help'],
};

/** A small fixed pseudo-random sequence, so the sample is the same on every run and both databases. */
function sequence(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

type Row = {
  id: string;
  displayName: string;
  verifiedAt: Date | null;
  status: 'published' | 'released';
  expiresAt: Date | null;
  state: string;
  gender: string;
  tags: { kind: string; value: string }[];
};
let rows: Row[] = [];

beforeAll(async () => {
  const random = sequence(7);
  const some = (list: string[], odds: number) => list.filter(() => random() < odds);
  const facilities = [
    await db.facility.create({ data: facilityData({ state: 'OR' }) }),
    await db.facility.create({ data: facilityData({ state: 'TX' }) }),
  ];
  for (let i = 0; i < 110; i++) {
    const interests = some(INTERESTS, 0.35);
    await db.profile.create({
      data: profileData(
        facilities[i % 2]!,
        {
          displayName: `Person ${i}`,
          gender: i % 3 === 0 ? 'woman' : 'man',
          interestList: interests.length > 0 ? interests : ['art'],
          languageList: some(LANGUAGES, 0.5),
          seekingList: some(SEEKING, 0.4),
          // Few distinct dates, so many ties fall through to the id; one listed profile without a date.
          verifiedAt: i === 5 ? null : new Date(now.getTime() - Math.floor(random() * 4) * DAY),
          // Some never match (unlisted), whatever they share.
          ...(i % 17 === 3
            ? { status: 'released' as const }
            : i % 19 === 4
              ? { expiresAt: new Date(now.getTime() - DAY) }
              : {}),
        },
        now,
      ),
    });
  }
  rows = (await db.profile.findMany({
    select: {
      id: true,
      displayName: true,
      verifiedAt: true,
      status: true,
      expiresAt: true,
      state: true,
      gender: true,
      tags: { select: { kind: true, value: true } },
    },
  })) as Row[];
});

/** The directory in best-match order for `match`, by the pure function, among listed profiles passing `keep`. */
function expected(match: MatchInput, keep: (row: Row) => boolean = () => true): string[] {
  const of = (row: Row, kind: string) => row.tags.filter((tag) => tag.kind === kind).map((tag) => tag.value);
  return rows
    .filter((row) => isListed(row, now) && keep(row))
    .map((row) => ({
      id: row.id,
      verifiedAt: row.verifiedAt,
      score: matchScore(match, {
        interests: of(row, 'interest'),
        languages: of(row, 'language'),
        seeking: of(row, 'seeking'),
      }),
    }))
    .sort(compareMatches)
    .map((row) => row.id);
}

const conditionsFor = (params: Record<string, string | string[]>) =>
  directoryConditions(parseDirectoryParams(params), now, null);
const ids = async (sql: Prisma.Sql) => (await db.$queryRaw<{ id: string }[]>(sql)).map((row) => row.id);

describe('the best-match SQL', () => {
  it('orders the whole directory as compareMatches does', async () => {
    const all = expected(penPal);
    expect(all.length).toBeGreaterThan(90);
    expect(await ids(bestMatchScoredSql(conditionsFor({}), penPal, 500, 0))).toEqual(all);
    expect(await ids(bestMatchScoredSql(conditionsFor({}), penPal, 7, 20))).toEqual(all.slice(20, 27));
  });

  it('agrees for a pen pal with no interests, and one with nothing to match on', async () => {
    for (const match of [
      { ...penPal, interests: [] },
      { interests: [], languages: [], offers: [] },
    ]) {
      expect(await ids(bestMatchScoredSql(conditionsFor({}), match, 500, 0))).toEqual(expected(match));
    }
  });

  it('scoring only the top gives the same pages, and nothing once a page reaches past two shared interests', async () => {
    const all = expected(penPal);
    let answered = 0;
    let declined = 0;
    for (const limit of [5, 24]) {
      for (let offset = 0; offset < all.length; offset += limit) {
        const page = await ids(bestMatchTopSql(conditionsFor({}), penPal, limit, offset));
        if (page.length === 0) declined += 1;
        else {
          answered += 1;
          expect({ limit, offset, page }).toEqual({ limit, offset, page: all.slice(offset, offset + limit) });
        }
      }
    }
    expect(answered).toBeGreaterThan(3);
    expect(declined).toBeGreaterThan(0);
  });

  it('applies the filters to the top as well', async () => {
    const texas = expected(penPal, (row) => row.state === 'TX' && row.gender === 'man');
    expect(await ids(bestMatchTopSql(conditionsFor({ state: 'TX', gender: 'man' }), penPal, 3, 0))).toEqual(
      texas.slice(0, 3),
    );
    expect(await ids(bestMatchTopSql(conditionsFor({ state: 'TX', gender: 'man' }), penPal, 3, 3))).toEqual(
      texas.slice(3, 6),
    );
  });

  // PostgreSQL's own statement for a set uses LATERAL, which SQLite lacks.
  const inSetStatements =
    providerOf(env.databaseUrl) === 'sqlite' ? [bestMatchInSetSql] : [bestMatchInSetSql, bestMatchInSetPostgresSql];

  it('within a set (a tag filter) gives the same pages and the total', async () => {
    const withArt = expected(penPal, (row) => row.tags.some((tag) => tag.kind === 'interest' && tag.value === 'art'));
    const spiritual = (match: MatchInput) =>
      expected(match, (row) => row.tags.some((tag) => tag.kind === 'seeking' && tag.value === 'spiritual'));
    for (const statement of inSetStatements) {
      for (const [limit, offset] of [
        [5, 0],
        [5, 10],
        [24, 0],
        [500, 0],
      ] as const) {
        const pageOf = (filters: Record<string, string>, match: MatchInput) =>
          db.$queryRaw<{ id: string; total: number | bigint }[]>(
            statement(conditionsFor(filters), match, limit, offset),
          );
        const art = await pageOf({ interests: 'art' }, penPal);
        expect(art.map((row) => row.id)).toEqual(withArt.slice(offset, offset + limit));
        expect(Number(art[0]!.total)).toBe(withArt.length);
        for (const match of [penPal, { ...penPal, interests: [] }]) {
          const seeking = await pageOf({ seeking: 'spiritual' }, match);
          expect(seeking.map((row) => row.id)).toEqual(spiritual(match).slice(offset, offset + limit));
          expect(Number(seeking[0]!.total)).toBe(spiritual(match).length);
        }
      }
    }
  });
});

describe('listDirectory sorted by best match', () => {
  const pageOf = async (params: Record<string, string | string[]>, match: MatchInput | null) => {
    const result = await listDirectory(parseDirectoryParams(params, { bestMatch: true }), now, match);
    return { total: result.total, ids: result.profiles.map((profile) => profile.id) };
  };

  it('pages through the order of compareMatches, with and without filters', async () => {
    const all = expected(penPal);
    for (const page of ['1', '2', '3', '5']) {
      const start = (Number(page) - 1) * DIRECTORY_PAGE_SIZE;
      expect(await pageOf({ page }, penPal)).toEqual({
        total: all.length,
        ids: all.slice(start, start + DIRECTORY_PAGE_SIZE),
      });
    }
    const women = expected(penPal, (row) => row.gender === 'woman');
    expect(await pageOf({ gender: 'woman' }, penPal)).toEqual({
      total: women.length,
      ids: women.slice(0, DIRECTORY_PAGE_SIZE),
    });
    const chess = expected(penPal, (row) => row.tags.some((tag) => tag.value === 'chess'));
    expect(await pageOf({ interests: 'chess', page: '2' }, penPal)).toEqual({
      total: chess.length,
      ids: chess.slice(DIRECTORY_PAGE_SIZE, 2 * DIRECTORY_PAGE_SIZE),
    });
    const nothing = { interests: [], languages: [], offers: [] };
    expect(await pageOf({}, nothing)).toEqual({
      total: all.length,
      ids: expected(nothing).slice(0, DIRECTORY_PAGE_SIZE),
    });
  });

  it('falls back to newest without a pen pal to match', async () => {
    const newest = await listDirectory(parseDirectoryParams({}), now);
    expect(await pageOf({ sort: 'match' }, null)).toEqual({
      total: newest.total,
      ids: newest.profiles.map((profile) => profile.id),
    });
  });
});

/** Every element of `type` in a rendered tree (the page's own output; components below it are not run). */
function elementsOf<P>(node: ReactNode, type: (props: P) => unknown): ReactElement<P>[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsOf(child, type));
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  const own = node.type === type ? [node as unknown as ReactElement<P>] : [];
  return [...own, ...elementsOf(node.props.children, type)];
}

describe('the directory page', () => {
  const render = async (params: Record<string, string> = {}) => {
    const page = await ProfilesPage({ searchParams: Promise.resolve(params) });
    // The page hands its data and personal parts to the view it shares with the visitors' copy (shared-pages.ts).
    const tree = DirectoryView(page.props);
    return {
      ids: elementsOf(tree, ProfileCard).map(({ props }) => props.card.id),
      saved: elementsOf(tree, ProfileCard).map(({ props }) => props.card.saved),
      filters: elementsOf(tree, DirectoryFilters)[0]!.props.filters,
    };
  };

  it('sorts a signed-in pen pal by best match when the URL names no sort, from their own interests', async () => {
    const user = await createUser('penpal');
    await db.user.update({
      where: { id: user.id },
      data: {
        interests: penPal.interests.join(','),
        languages: penPal.languages.join(','),
        offers: penPal.offers.join(','),
      },
    });
    await signInAs(user);
    const page = await render();
    expect(page.filters).toMatchObject({ sort: 'match', bestMatch: true });
    expect(page.ids).toEqual(expected(penPal).slice(0, DIRECTORY_PAGE_SIZE));
    expect(page.saved.every((saved) => saved === false)).toBe(true);
    expect((await render({ sort: 'newest' })).filters.sort).toBe('newest');
  });

  it('never sorts anyone else by best match, not even from a link that asks for it', async () => {
    const newest = (await listDirectory(parseDirectoryParams({}), now)).profiles.map((profile) => profile.id);
    const visitors: [() => Promise<void>, boolean | null | undefined][] = [
      [async () => {}, null],
      [async () => signInAs(await createUser('moderator')), undefined],
    ];
    for (const [signIn, saveButton] of visitors) {
      await signIn();
      for (const params of [{}, { sort: 'match' }] as Record<string, string>[]) {
        const page = await render(params);
        expect(page.filters).toMatchObject({ sort: 'newest', bestMatch: false });
        expect(page.ids).toEqual(newest);
        // Signed out, a link to sign in and save (null); staff have no list and no button (undefined).
        expect(page.saved.every((saved) => saved === saveButton)).toBe(true);
      }
    }
  });
});
