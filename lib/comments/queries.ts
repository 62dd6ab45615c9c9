import 'server-only';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { COMMENT_STATUSES, CommentStatus } from './schema';
import { pageCountFor } from '@/lib/pagination';

// Everything a reader may see of a comment. The email address is deliberately absent.
const publicCommentSelect = {
  id: true,
  parentId: true,
  depth: true,
  authorName: true,
  authorUrl: true,
  staffUserId: true,
  body: true,
  createdAt: true,
} as const;

export type PublicComment = {
  id: string;
  parentId: string | null;
  depth: number;
  authorName: string;
  authorUrl: string | null;
  isStaff: boolean;
  body: string;
  createdAt: Date;
  replies: PublicComment[];
};

/** Approved comments of an article as a tree; a reply whose parent is no longer public is hidden with it. */
export async function listApprovedComments(articleSlug: string): Promise<PublicComment[]> {
  const rows = await db.comment.findMany({
    where: { articleSlug, status: CommentStatus.approved },
    orderBy: { createdAt: 'asc' },
    select: publicCommentSelect,
  });
  const byId = new Map<string, PublicComment>();
  for (const { staffUserId, ...row } of rows) byId.set(row.id, { ...row, isStaff: staffUserId !== null, replies: [] });
  const roots: PublicComment[] = [];
  for (const comment of byId.values()) {
    if (!comment.parentId) roots.push(comment);
    else byId.get(comment.parentId)?.replies.push(comment);
  }
  return roots;
}

export type AwaitingComment = {
  id: string;
  parentId: string | null;
  replyingTo: string | null;
  authorName: string;
  body: string;
  createdAt: string;
};

const AWAITING_SHOWN_DAYS = 30;

/**
 * This browser's own comments on an article that a moderator has not yet let through, so their writer keeps seeing
 * them in place (as WordPress does) rather than posting again. Comments caught as spam are shown the same way, so a
 * bot learns nothing; nobody else ever sees them.
 */
export async function listAwaitingComments(articleSlug: string, keyHash: string): Promise<AwaitingComment[]> {
  const rows = await db.comment.findMany({
    where: {
      articleSlug,
      commenterKeyHash: keyHash,
      status: { in: [CommentStatus.pending, CommentStatus.spam] },
      createdAt: { gte: new Date(Date.now() - AWAITING_SHOWN_DAYS * 24 * 60 * 60 * 1000) },
    },
    orderBy: { createdAt: 'asc' },
    take: 20,
    select: {
      id: true,
      parentId: true,
      authorName: true,
      body: true,
      createdAt: true,
      parent: { select: { authorName: true } },
    },
  });
  return rows.map(({ parent, createdAt, ...row }) => ({
    ...row,
    replyingTo: parent?.authorName ?? null,
    createdAt: createdAt.toISOString(),
  }));
}

export function countPublicComments(comments: readonly PublicComment[]): number {
  return comments.reduce((total, comment) => total + 1 + countPublicComments(comment.replies), 0);
}

export async function approvedCommentCounts(): Promise<Map<string, number>> {
  const groups = await db.comment.groupBy({
    by: ['articleSlug'],
    where: { status: CommentStatus.approved },
    _count: true,
  });
  return new Map(groups.map((group) => [group.articleSlug, group._count]));
}

export async function commentStatusCounts(): Promise<Record<CommentStatus, number>> {
  await requireStaff();
  const groups = await db.comment.groupBy({ by: ['status'], _count: true });
  const counts = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
  for (const group of groups) counts[group.status] = group._count;
  return counts;
}

export const MODERATION_PAGE_SIZE = 25;

export async function listCommentsForModeration(status: CommentStatus, page: number) {
  await requireStaff();
  const where = { status };
  const [total, comments] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      include: { parent: { select: { authorName: true } } },
    }),
  ]);
  return { total, comments, pageCount: pageCountFor(total, MODERATION_PAGE_SIZE) };
}

export async function getCommentForModeration(id: string) {
  await requireStaff();
  return db.comment.findUnique({ where: { id }, include: { parent: { select: { authorName: true, body: true } } } });
}

/** A published comment as the report page quotes it: what readers already see, on the article it belongs to. */
export async function findReportableComment(articleSlug: string, id: string) {
  return db.comment.findFirst({
    where: { id, articleSlug, status: CommentStatus.approved },
    select: { id: true, authorName: true, body: true, createdAt: true },
  });
}
