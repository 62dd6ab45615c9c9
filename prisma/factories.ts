// Builders for demo and test data, shared by the seed and the tests so both describe the same world.
import type { Prisma } from '../lib/db/generated/sqlite/client';
import { CommentStatus, ProfileStatus } from '../lib/db/generated/sqlite/enums';
import { newReplyCode } from '../lib/letters/reply-code';
import { interestBitsOf } from '../lib/profiles/interest-bits';

export const demoUsers = [
  { email: 'admin@demo.beyondbars.example', name: 'Alex Admin', role: 'admin' },
  { email: 'moderator@demo.beyondbars.example', name: 'Morgan Moderator', role: 'moderator' },
  // The demo pen pal has interests and languages, so best match has something to match on.
  {
    email: 'penpal@demo.beyondbars.example',
    name: 'Pat Penpal',
    role: 'penpal',
    country: 'US',
    interests: 'books,chess,gardening,history,poetry',
    languages: 'english,spanish',
    offers: 'friendship,mentorship',
  },
] as const;

let sequence = 0;

export function commentData(
  overrides: Partial<Prisma.CommentUncheckedCreateInput> = {},
): Prisma.CommentUncheckedCreateInput {
  sequence += 1;
  return {
    articleSlug: 'how-to-write-your-first-letter',
    authorName: `Reader ${sequence}`,
    authorEmail: `reader${sequence}@example.org`,
    body: `A thoughtful comment number ${sequence}.`,
    status: CommentStatus.pending,
    ...overrides,
  };
}

const DAY = 24 * 60 * 60 * 1000;

export function facilityData(
  overrides: Partial<Prisma.FacilityUncheckedCreateInput> = {},
): Prisma.FacilityUncheckedCreateInput {
  sequence += 1;
  return {
    name: `Test Valley Correctional Facility ${sequence}`,
    state: 'OR',
    addressLines: `PO Box ${1000 + sequence}\nSalem, OR 97300`,
    photoRules: 'Up to 5 photos, 4x6, no polaroids.',
    messagingVendor: 'none',
    reviewedAt: new Date(),
    ...overrides,
  };
}

type ProfileOverrides = Partial<Prisma.ProfileUncheckedCreateInput> & {
  interestList?: string[];
  seekingList?: string[];
  languageList?: string[];
};

/** A published, verified profile with its tags, as the directory lists it. */
export function profileData(
  facility: { id: string; state: string },
  overrides: ProfileOverrides = {},
  now = new Date(),
): Prisma.ProfileUncheckedCreateInput {
  sequence += 1;
  const {
    interestList = ['chess', 'books'],
    seekingList = ['friendship'],
    languageList = ['english'],
    ...rest
  } = overrides;
  const tags = [
    ...interestList.map((value) => ({ kind: 'interest', value })),
    ...seekingList.map((value) => ({ kind: 'seeking', value })),
    ...languageList.map((value) => ({ kind: 'language', value })),
  ];
  return {
    slug: `test-person-${sequence}`,
    reference: `BB-T${String(sequence).padStart(5, '0')}`,
    displayName: `Test P${sequence}.`,
    legalName: `Test Person ${sequence}`,
    inmateNumber: `A${100000 + sequence}`,
    facilityId: facility.id,
    state: facility.state,
    birthDate: new Date(now.getTime() - 35 * 365.25 * DAY),
    gender: 'man',
    offense: 'Burglary',
    bio: 'Likes long letters about ordinary days.',
    interests: interestList.join(','),
    interestBits: interestBitsOf(interestList),
    seeking: seekingList.join(','),
    languages: languageList.join(','),
    status: ProfileStatus.published,
    listedAt: new Date(now.getTime() - 60 * DAY),
    verifiedAt: new Date(now.getTime() - 10 * DAY),
    expiresAt: new Date(now.getTime() + 355 * DAY),
    submitterName: 'A Relative',
    submitterEmail: `relative${sequence}@example.org`,
    submitterRelationship: 'sister',
    consentGiven: true,
    consentConfirmedAt: new Date(now.getTime() - 60 * DAY),
    ...rest,
    tags: { create: tags },
  };
}

/** A pen pal's thread with one person inside; the reply code is random, as the app makes it. */
export function threadData(
  userId: string,
  profileId: string,
  overrides: Partial<Prisma.ThreadUncheckedCreateInput> = {},
): Prisma.ThreadUncheckedCreateInput {
  return { userId, profileId, replyCode: newReplyCode(), ...overrides };
}

/** A letter in a thread: a draft unless told otherwise. */
export function letterData(
  threadId: string,
  overrides: Partial<Prisma.LetterUncheckedCreateInput> = {},
): Prisma.LetterUncheckedCreateInput {
  sequence += 1;
  return {
    threadId,
    body: `Dear friend,\n\nThis is letter number ${sequence}. The garden is full of tomatoes this week.\n\nBest wishes`,
    ...overrides,
  };
}

/** A reply entered by staff: delivered to the pen pal unless told otherwise. */
export function replyData(
  threadId: string,
  overrides: Partial<Prisma.ReplyUncheckedCreateInput> = {},
): Prisma.ReplyUncheckedCreateInput {
  sequence += 1;
  return {
    threadId,
    body: `Dear friend,\n\nThank you for letter ${sequence}. It made my week.\n\nYour friend`,
    receivedAt: new Date(),
    ...overrides,
  };
}
