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
import { reopenReportSchema, REPORT_STEPS, reportInputSchema, resolveReportSchema } from './schema';

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

export const resolveReport = defineAction(
  { authorize: requireStaff, schema: resolveReportSchema, echo: ['outcome', 'note'] },
  async ({ reportId, outcome, note }, actor) => {
    const { from, to } = REPORT_STEPS.resolve;
    const resolved = await db.$transaction(async (tx) => {
      // The status goes in the where, so two staff resolving at once cannot both succeed.
      const { count } = await tx.profileReport.updateMany({
        where: { id: reportId, status: from },
        data: { status: to, outcome, outcomeNote: note, resolvedById: actor.id, resolvedAt: new Date() },
      });
      if (count === 0) return false;
      await recordAudit(tx, actor, {
        action: 'report.resolve',
        targetType: 'report',
        targetId: reportId,
        detail: { outcome, ...(note ? { note } : {}) },
      });
      return true;
    });
    if (!resolved)
      return { ok: false, message: 'That report is already resolved or no longer exists. Reload the page.' };
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
