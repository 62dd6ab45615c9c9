import 'server-only';
import { requireMailroom, requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { pageCountFor } from '@/lib/pagination';
import { parseFlags } from './screening';
import { parseReplyCode } from './reply-code';
import { sheetsFor } from './sheets';
import { LetterStatus } from './status';

// Reads for the staff desk. Each checks the role itself. Pen pals appear by display name only: their email and
// anything else about them is deliberately absent from every select here.

export const SCREENING_TABS = ['submitted', 'changes_requested', 'rejected'] as const;
export type ScreeningTab = (typeof SCREENING_TABS)[number];
export const SCREENING_TAB_LABELS: Record<ScreeningTab, string> = {
  submitted: 'Waiting for screening',
  changes_requested: 'Sent back for changes',
  rejected: 'Rejected',
};
const PAGE_SIZE = 20;

const penPalAndPerson = {
  select: {
    id: true,
    replyCode: true,
    user: { select: { name: true } },
    profile: { select: { id: true, displayName: true, reference: true } },
  },
} as const;

export async function screeningTabCounts(): Promise<Record<ScreeningTab, number>> {
  await requireStaff();
  const counts = await Promise.all(SCREENING_TABS.map((status) => db.letter.count({ where: { status } })));
  return Object.fromEntries(SCREENING_TABS.map((tab, i) => [tab, counts[i]!])) as Record<ScreeningTab, number>;
}

/** One page of a screening tab: oldest submission first while waiting, latest decision first otherwise. */
export async function listForScreening(tab: ScreeningTab, page: number) {
  await requireStaff();
  const where = { status: tab };
  const [total, letters] = await Promise.all([
    db.letter.count({ where }),
    db.letter.findMany({
      where,
      orderBy: tab === 'submitted' ? [{ submittedAt: 'asc' }, { createdAt: 'asc' }] : [{ updatedAt: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        body: true,
        flags: true,
        status: true,
        reasonCode: true,
        note: true,
        submittedAt: true,
        updatedAt: true,
        thread: penPalAndPerson,
      },
    }),
  ]);
  return {
    total,
    pageCount: pageCountFor(total, PAGE_SIZE),
    letters: letters.map(({ flags, ...letter }) => ({ ...letter, flags: parseFlags(flags) })),
  };
}

/** Approved letters not yet in a batch, oldest first, with the sheets each will take. No letter text. */
export async function listPrintQueue() {
  await requireMailroom();
  const letters = await db.letter.findMany({
    where: { status: LetterStatus.approved, batchId: null },
    orderBy: [{ submittedAt: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      kind: true,
      body: true,
      submittedAt: true,
      thread: { select: { profile: { select: { displayName: true, facility: { select: { name: true } } } } } },
    },
  });
  return letters.map(({ body, ...letter }) => ({ ...letter, sheets: sheetsFor(body) }));
}

/** Recent batches, newest first. */
export async function listBatches(take = 20) {
  await requireMailroom();
  return db.batch.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      sheets: true,
      postageCents: true,
      printedAt: true,
      postedAt: true,
      _count: { select: { letters: true } },
    },
  });
}

/** A batch and its letters, for its page: who each letter is to, sheets, status. No letter text. */
export async function getBatch(id: string) {
  await requireMailroom();
  return db.batch.findUnique({
    where: { id },
    select: {
      id: true,
      sheets: true,
      postageCents: true,
      printedAt: true,
      postedAt: true,
      createdAt: true,
      letters: {
        orderBy: [{ submittedAt: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          kind: true,
          status: true,
          sheets: true,
          reasonCode: true,
          postedAt: true,
          thread: {
            select: { replyCode: true, profile: { select: { id: true, displayName: true, reference: true } } },
          },
        },
      },
    },
  });
}

/** Everything the print view puts on paper: the letters with the envelope block and the pen pal's display name. */
export async function getBatchForPrint(id: string) {
  await requireMailroom();
  return db.batch.findUnique({
    where: { id },
    select: {
      id: true,
      sheets: true,
      printedAt: true,
      letters: {
        orderBy: [{ submittedAt: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          kind: true,
          body: true,
          thread: {
            select: {
              replyCode: true,
              user: { select: { name: true } },
              profile: {
                select: {
                  displayName: true,
                  legalName: true,
                  inmateNumber: true,
                  housingUnit: true,
                  facility: { select: { name: true, addressLines: true, mailScanned: true, scanAddressLines: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}

export type LedgerMonth = { month: string; batches: number; letters: number; sheets: number; postageCents: number };

/** Posted batches summed per calendar month (UTC), newest month first. Grouped here to stay portable across databases. */
export async function postageLedger(): Promise<LedgerMonth[]> {
  await requireMailroom();
  const batches = await db.batch.findMany({
    where: { postedAt: { not: null } },
    select: { postedAt: true, sheets: true, postageCents: true, _count: { select: { letters: true } } },
  });
  const months = new Map<string, LedgerMonth>();
  for (const batch of batches) {
    const month = batch.postedAt!.toISOString().slice(0, 7);
    const row = months.get(month) ?? { month, batches: 0, letters: 0, sheets: 0, postageCents: 0 };
    row.batches += 1;
    row.letters += batch._count.letters;
    row.sheets += batch.sheets;
    row.postageCents += batch.postageCents;
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}

/**
 * Posted letters of the thread a reply code names, newest first: a returned envelope holds the letter, whose footer
 * carries the code, so the mailroom finds the letter (and its batch) by typing it. Null when the code is not valid.
 */
export async function findPostedByReplyCode(input: string) {
  await requireMailroom();
  const code = parseReplyCode(input);
  if (!code) return null;
  return db.letter.findMany({
    where: { status: LetterStatus.posted, thread: { replyCode: code } },
    orderBy: { postedAt: 'desc' },
    take: 10,
    select: {
      id: true,
      batchId: true,
      postedAt: true,
      thread: { select: { replyCode: true, profile: { select: { displayName: true } } } },
    },
  });
}
