'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { getArticle } from '@/lib/articles/content';
import { recordAudit } from '@/lib/audit/record';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { requireStaff, type SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { defineAction } from '@/lib/forms/define-action';
import { housekeepSoon } from '@/lib/housekeeping';
import { hitRateLimit } from '@/lib/rate-limit';
import { clientIp, hashIp } from '@/lib/request/client';
import { site } from '@/lib/site';
import { COMMENTER_COOKIE, encodeCommenter } from './commenter-cookie';
import { commenterKeyHash } from './commenter-key';
import { FORM_STAMP_COOKIE, stampAgeMs } from '@/lib/spam/form-stamp';
import { moderate } from './moderate';
import { COMMENT_MAX_DEPTH } from './limits';
import { moderationChange } from './moderation-rules';
import { PAST_TENSE, UNDO_OF } from './moderation-rules';
import {
  CommentStatus,
  commentInputSchema,
  editCommentSchema,
  type ModerationOp,
  moderationSchema,
  staffReplySchema,
} from './schema';
import { getSettings } from '@/lib/settings';
import { spamReasons } from '@/lib/spam/rules';

/** `busyConnection`: held only because many comments came from the same connection or address just now. */
export type SubmittedComment = { name: string; body: string; published: boolean; busyConnection: boolean };

const BUSY_CONNECTION_MESSAGE =
  'Many comments have come from your connection just now (a library or a visiting room may share one), so a moderator will read yours before it appears. There is no need to post it again.';

// Past these a comment is held for a moderator (a library or a visiting room may share one connection)...
const PER_IP = { name: 'comment-ip', limit: 5, windowMs: 10 * 60_000 };
const PER_EMAIL = { name: 'comment-email', limit: 10, windowMs: 60 * 60_000 };
// ...and past this one, counting every attempt, nothing more is stored: a flood must not fill the database.
const HARD_PER_IP = { name: 'comment-ip-hard', limit: 30, windowMs: 60 * 60_000 };

function revalidateArticle(slug: string) {
  revalidatePath(`/articles/${slug}`);
  // Index and tag pages show comment counts.
  revalidatePath('/articles', 'layout');
}

export const submitComment = defineAction(
  {
    authorize: async () => null,
    schema: commentInputSchema,
    echo: ['name', 'email', 'url', 'body', 'remember'],
  },
  async (input) => {
    if (!getArticle(input.articleSlug)) return { ok: false, message: 'This article no longer exists.' };
    let depth = 1;
    if (input.parentId) {
      const parent = await db.comment.findFirst({
        where: { id: input.parentId, articleSlug: input.articleSlug, status: CommentStatus.approved },
      });
      if (!parent) return { ok: false, message: 'The comment you are replying to is no longer available.' };
      if (parent.depth >= COMMENT_MAX_DEPTH) return { ok: false, message: 'Replies can only be nested three deep.' };
      depth = parent.depth + 1;
    }

    const ip = await clientIp();
    if (!(await hitRateLimit(HARD_PER_IP, ip)).allowed) {
      return {
        ok: false,
        message:
          'Too many comments have come from your connection in the last hour. Please try again later; your comment is still in the form.',
      };
    }
    const jar = await cookies();
    const [byIp, byEmail] = await Promise.all([hitRateLimit(PER_IP, ip), hitRateLimit(PER_EMAIL, input.email)]);
    const reasons = spamReasons({
      honeypot: input.company,
      elapsedMs: stampAgeMs(env.authSecret, input.articleSlug, jar.get(FORM_STAMP_COOKIE)?.value),
      name: input.name,
      email: input.email,
      url: input.url,
      body: input.body,
      blockedWords: (await getSettings()).screening.commentWords,
      rateLimited: !byIp.allowed || !byEmail.allowed,
    });
    const keyHash = commenterKeyHash(jar);
    const { spam, pending, approved } = CommentStatus;
    const status = reasons.some((reason) => reason !== 'rate-limit')
      ? spam
      : reasons.length > 0
        ? pending
        : (await vouchedFor(keyHash, input.email))
          ? approved
          : pending;

    await db.comment.create({
      data: {
        articleSlug: input.articleSlug,
        parentId: input.parentId,
        depth,
        authorName: input.name,
        authorEmail: input.email,
        authorUrl: input.url,
        body: input.body,
        status,
        spamReasons: reasons.join(','),
        ipHash: hashIp(ip),
        commenterKeyHash: keyHash,
        approvedAt: status === approved ? new Date() : null,
      },
    });

    if (input.remember) {
      jar.set(COMMENTER_COOKIE, encodeCommenter(input), { maxAge: 365 * 24 * 60 * 60, sameSite: 'lax', path: '/' });
    } else {
      jar.delete(COMMENTER_COOKIE);
    }
    if (status === approved) revalidateArticle(input.articleSlug);
    housekeepSoon(db);

    // Spam is told the same as a held comment: a bot learns nothing about which rule caught it. A comment held only by
    // the rate limit is told why, as people on a shared connection would otherwise wonder and post again.
    const busyConnection = status === pending && reasons.length === 1 && reasons[0] === 'rate-limit';
    return {
      ok: true,
      message:
        status === approved
          ? 'Thank you, your comment is published.'
          : busyConnection
            ? BUSY_CONNECTION_MESSAGE
            : 'Your comment is awaiting moderation.',
      result: { name: input.name, body: input.body, published: status === approved, busyConnection },
    };
  },
);

/** Publish at once only for a browser whose earlier comment under this email was approved, and never as staff. */
async function vouchedFor(keyHash: string, email: string): Promise<boolean> {
  const [approved, staff] = await Promise.all([
    db.comment.count({
      where: { commenterKeyHash: keyHash, authorEmail: email, status: CommentStatus.approved, staffUserId: null },
    }),
    db.user.count({ where: { email: email.toLowerCase(), role: { in: [...STAFF_ROLES] } } }),
  ]);
  return approved > 0 && staff === 0;
}

/**
 * What the moderation form offers after a step: confirming a deletion, or what was done (`done`: each row's place is
 * kept with its own Undo, and `undo` undoes a bulk step at once).
 */
export type ModerationFollowUp = {
  confirm?: { ids: string[]; shown: string[] };
  undo?: { op: ModerationOp; ids: string[] };
  done?: { op: ModerationOp; bulk: boolean; rows: { id: string; authorName: string }[]; shown: string[] };
};

export const moderateComments = defineAction<typeof moderationSchema, SessionUser, ModerationFollowUp>(
  { authorize: requireStaff, schema: moderationSchema },
  async ({ op, ids, bulk, shown, confirmed }, actor) => {
    const noun = (count: number) => (count === 1 ? 'comment' : 'comments');
    if (ids.length === 0)
      return { ok: false, message: 'Nothing was selected: tick the box beside each comment you want to change.' };
    if (op === 'delete' && !confirmed)
      return {
        ok: false,
        message: `Delete ${ids.length} ${noun(ids.length)} for ever? This cannot be undone.`,
        result: { confirm: { ids, shown } },
      };
    const { changed, slugs } = await moderate(actor, op, ids);
    for (const slug of slugs) revalidateArticle(slug);
    revalidatePath('/admin', 'layout');
    if (changed.length === 0) return { ok: false, message: 'Nothing changed.' };
    const undo = UNDO_OF[op];
    return {
      ok: true,
      message: `${changed.length} ${noun(changed.length)}: ${PAST_TENSE[op]}.`,
      result: {
        done: { op, bulk, rows: changed, shown },
        ...(undo ? { undo: { op: undo, ids: changed.map((row) => row.id) } } : {}),
      },
    };
  },
);
export const editComment = defineAction(
  { authorize: requireStaff, schema: editCommentSchema, echo: ['name', 'url', 'body'] },
  async (input, actor) => {
    const comment = await db.$transaction(async (tx) => {
      const before = await tx.comment.findUnique({ where: { id: input.id } });
      if (!before) return null;
      const after = await tx.comment.update({
        where: { id: input.id },
        data: { authorName: input.name, authorUrl: input.url, body: input.body },
      });
      await recordAudit(tx, actor, {
        action: 'comment.edit',
        targetType: 'comment',
        targetId: input.id,
        detail: { before: { name: before.authorName, url: before.authorUrl, body: before.body } },
      });
      return after;
    });
    if (!comment) return { ok: false, message: 'That comment no longer exists.' };
    revalidateArticle(comment.articleSlug);
    return { ok: true, message: 'Comment saved.' };
  },
);

export const replyAsProgram = defineAction(
  { authorize: requireStaff, schema: staffReplySchema, echo: ['body'] },
  async (input, actor) => {
    const result = await db.$transaction(async (tx) => {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.depth >= COMMENT_MAX_DEPTH) return null;
      // Replying to a held comment approves it, as readers would otherwise see an answer to nothing.
      const approval = moderationChange('approve', parent.status, parent.statusBeforeTrash);
      if (approval && approval !== 'delete') {
        await tx.comment.update({ where: { id: parent.id }, data: approval });
        await recordAudit(tx, actor, { action: 'comment.approve', targetType: 'comment', targetId: parent.id });
      }
      const reply = await tx.comment.create({
        data: {
          articleSlug: parent.articleSlug,
          parentId: parent.id,
          depth: parent.depth + 1,
          authorName: site.name,
          authorEmail: actor.email,
          staffUserId: actor.id,
          body: input.body,
          status: CommentStatus.approved,
          approvedAt: new Date(),
        },
      });
      await recordAudit(tx, actor, { action: 'comment.reply', targetType: 'comment', targetId: reply.id });
      return reply;
    });
    if (!result) return { ok: false, message: 'You cannot reply to that comment (it is gone or nested too deep).' };
    revalidateArticle(result.articleSlug);
    return { ok: true, message: 'Reply published.' };
  },
);
