'use server';

import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/record';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { hitRateLimit } from '@/lib/rate-limit';
import { clientIp } from '@/lib/request/client';
import { site } from '@/lib/site';
import { isListed } from '@/lib/profiles/listing';
import { getArticle } from '@/lib/articles/content';
import { moderateWithin } from '@/lib/comments/moderate';
import { CommentStatus } from '@/lib/comments/schema';
import { COMMENT_OUTCOME_OPS, COMMENT_REPORT_OUTCOMES, PROFILE_REPORT_OUTCOMES, type ReportOutcome } from './outcomes';
import {
  commentReportInputSchema,
  reopenReportSchema,
  REPORT_STEPS,
  reportInputSchema,
  resolveReportSchema,
} from './schema';

const PER_IP = { name: 'profile-report-ip', limit: 5, windowMs: 60 * 60_000 };
const THANKS = { ok: true, message: 'Thank you. Our staff will look at this profile, usually within two days.' };

/** Anyone may report a listed profile. Nothing about the report, the reporter's email least of all, is shown back. */
export const reportProfile = defineAction(
  {
    authorize: async () => null,
    schema: reportInputSchema,
    echo: ['reason', 'details', 'reporterName', 'reporterEmail'],
  },
  async (input) => {
    if (!(await hitRateLimit(PER_IP, await clientIp())).allowed) {
      return { ok: false, message: 'Too many reports from this connection. Please try again in an hour.' };
    }
    const profile = await db.profile.findUnique({
      where: { id: input.profileId },
      select: { status: true, expiresAt: true },
    });
    if (!profile || !isListed(profile)) {
      return {
        ok: false,
        message: `This profile is not in the directory any more, so it cannot be reported here. If you are still worried about it, write to us at ${site.contactEmail}.`,
      };
    }
    // A bot that fills the hidden field is thanked like a person, and its report goes nowhere.
    if (input.company) return THANKS;
    await db.profileReport.create({
      data: {
        profileId: input.profileId,
        reason: input.reason,
        details: input.details,
        reporterName: input.reporterName,
        reporterEmail: input.reporterEmail,
      },
    });
    return THANKS;
  },
);

const COMMENT_PER_IP = { name: 'comment-report-ip', limit: 5, windowMs: 60 * 60_000 };
const COMMENT_THANKS = {
  ok: true,
  message: 'A moderator will read the comment and your report, usually within a day. You will not hear back from us.',
};

/** Anyone may report a published comment. The report is anonymous: it keeps only the reason and the details. */
export const reportComment = defineAction(
  { authorize: async () => null, schema: commentReportInputSchema, echo: ['reason', 'details'] },
  async (input) => {
    if (!(await hitRateLimit(COMMENT_PER_IP, await clientIp())).allowed) {
      return { ok: false, message: 'Too many reports from this connection. Please try again in an hour.' };
    }
    const comment = await db.comment.findFirst({
      where: { id: input.commentId, status: CommentStatus.approved },
      select: { articleSlug: true },
    });
    if (!comment || !getArticle(comment.articleSlug)) {
      return {
        ok: false,
        message: `This comment is not on the site any more, so it cannot be reported here. If you are still worried about it, write to us at ${site.contactEmail}.`,
      };
    }
    if (input.company) return COMMENT_THANKS;
    await db.profileReport.create({
      data: { commentId: input.commentId, reason: input.reason, details: input.details },
    });
    return COMMENT_THANKS;
  },
);

/** Each report kind's outcomes; an outcome for the other kind is refused, as its form never offers it. */
function fitsReport(outcome: ReportOutcome, report: { commentId: string | null }): boolean {
  return report.commentId
    ? (COMMENT_REPORT_OUTCOMES as readonly string[]).includes(outcome)
    : PROFILE_REPORT_OUTCOMES.includes(outcome);
}

export const resolveReport = defineAction(
  { authorize: requireStaff, schema: resolveReportSchema, echo: ['outcome', 'note'] },
  async ({ reportId, outcome, note }, actor) => {
    const { from, to } = REPORT_STEPS.resolve;
    const answer = await db.$transaction(async (tx) => {
      const report = await tx.profileReport.findFirst({ where: { id: reportId, status: from } });
      if (!report) return 'gone' as const;
      if (!fitsReport(outcome, report)) return 'unfit' as const;
      // The status goes in the where, so two staff resolving at once cannot both succeed.
      const { count } = await tx.profileReport.updateMany({
        where: { id: reportId, status: from },
        data: { status: to, outcome, outcomeNote: note, resolvedById: actor.id, resolvedAt: new Date() },
      });
      if (count === 0) return 'gone' as const;
      await recordAudit(tx, actor, {
        action: 'report.resolve',
        targetType: 'report',
        targetId: reportId,
        detail: { outcome, ...(note ? { note } : {}), ...(report.commentId ? { comment: report.commentId } : {}) },
      });
      const op = report.commentId ? COMMENT_OUTCOME_OPS[outcome] : undefined;
      // The comment's own step, audited as if taken in the comments queue (nothing to do if it was already taken).
      return op ? (await moderateWithin(tx, actor, op, [report.commentId!])).slugs : [];
    });
    if (answer === 'gone')
      return { ok: false, message: 'That report is already resolved or no longer exists. Reload the page.' };
    if (answer === 'unfit')
      return { ok: false, fieldErrors: { outcome: ['Choose one of the outcomes offered for this report.'] } };
    for (const slug of answer) revalidatePath(`/articles/${slug}`);
    if (answer.length > 0) revalidatePath('/articles', 'layout');
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Report resolved.' };
  },
);

export const reopenReport = defineAction(
  { authorize: requireStaff, schema: reopenReportSchema },
  async ({ reportId }, actor) => {
    const { from, to } = REPORT_STEPS.reopen;
    const reopened = await db.$transaction(async (tx) => {
      const before = await tx.profileReport.findFirst({ where: { id: reportId, status: from } });
      if (!before) return false;
      const { count } = await tx.profileReport.updateMany({
        where: { id: reportId, status: from },
        data: { status: to, outcome: null, outcomeNote: '', resolvedById: null, resolvedAt: null },
      });
      if (count === 0) return false;
      // The outcome being undone stays in the audit log.
      await recordAudit(tx, actor, {
        action: 'report.reopen',
        targetType: 'report',
        targetId: reportId,
        detail: { before: { outcome: before.outcome, note: before.outcomeNote, resolvedById: before.resolvedById } },
      });
      return true;
    });
    if (!reopened) return { ok: false, message: 'That report is already open or no longer exists. Reload the page.' };
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Report reopened.' };
  },
);
