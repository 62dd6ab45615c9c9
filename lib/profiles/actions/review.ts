'use server';

import { revalidatePath } from 'next/cache';
import { invalidate } from '@/lib/cache/data-cache';
import { z } from 'zod';
import { ProfileStatus } from '@/lib/db/generated/sqlite/enums';
import { changedFields, recordAudit } from '@/lib/audit/record';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import type { MailContent, MailSettings } from '@/lib/mail/templates/compose';
import { changesNeededMail, notListedMail, profileListedMail } from '@/lib/mail/templates/profile-review';
import { newChangesLink, noChangesLink } from '../changes-link';
import { reviewChange } from '../listing';
import {
  facilityColumns,
  facilityRuleColumns,
  facilityEditSchema,
  PROFILE_FORM_FIELDS,
  profileColumns,
  profileFieldsSchema,
} from '../schema';
import { REVIEW_OPS, type ReviewOp } from '../review-ops';
import { settingsOrDefaults } from '@/lib/settings';

const NEEDS_REASON = new Set<ReviewOp>(['reject', 'request_changes', 'take_down']);

const reviewSchema = z
  .object({
    profileId: z.string().min(1),
    // The status the moderator saw: a decision taken on a page someone else has since acted on is refused.
    seenStatus: z.enum(ProfileStatus),
    op: z.enum(REVIEW_OPS),
    reason: z.string().trim().max(1000, 'Keep the reason to 1,000 characters or fewer.').optional().default(''),
    // "yes" once the moderator has confirmed a step that asks first (CONFIRM_FIRST).
    confirmed: z.string().optional(),
  })
  .refine((input) => !NEEDS_REASON.has(input.op) || input.reason.length > 0, {
    path: ['reason'],
    message: 'Give a reason: the submitter is told it, and it stays on record.',
  });

const DONE: Record<ReviewOp, string> = {
  approve: 'Approved: the profile is listed for twelve months.',
  renew: 'Renewed for twelve months from today.',
  verify: 'Marked as verified today.',
  reject: 'Rejected. The submitter will be emailed the reason.',
  request_changes: 'Changes requested. The submitter will be emailed a link to correct the submission.',
  release: 'Marked as released: unlisted and kept.',
  transfer: 'Marked as transferred: unlisted until the new address is checked.',
  take_down: 'Taken down: unlisted, with the reason kept.',
};

/** A step that asks first, as a single click would take the profile out of the directory at once. */
export type ReviewConfirmation = { confirm: ReviewOp };
const CONFIRM_FIRST: Partial<Record<ReviewOp, string>> = {
  take_down:
    'Take this profile down? It leaves the directory at once, its page says it is no longer listed, and pen pals can no longer write. You can relist it later.',
};

export const reviewProfile = defineAction<
  typeof reviewSchema,
  Awaited<ReturnType<typeof requireStaff>>,
  ReviewConfirmation
>(
  { authorize: requireStaff, schema: reviewSchema, echo: ['reason'] },
  async ({ profileId, seenStatus, op, reason, confirmed }, actor) => {
    const question = CONFIRM_FIRST[op];
    if (question && confirmed !== 'yes')
      return { ok: false, message: question, result: { confirm: op }, values: { reason } };
    const now = new Date();
    // Asking for changes sends the submitter a private link to correct the submission; any other step closes it.
    const link = op === 'request_changes' ? newChangesLink(now) : null;
    const profile = await db.$transaction(async (tx) => {
      const before = await tx.profile.findUnique({ where: { id: profileId } });
      if (!before) return 'missing';
      if (before.status !== seenStatus) return 'changed';
      const step = reviewChange(op, before, now, reason);
      if (!step) return 'not-applicable';
      const change = { ...step, ...(link ? link.columns : noChangesLink) };
      // The state decided on is in the where: if another moderator changed it meanwhile, nothing is written.
      const { count } = await tx.profile.updateMany({
        where: { id: profileId, status: before.status, updatedAt: before.updatedAt },
        data: change,
      });
      if (count !== 1) return 'changed';
      const after = await tx.profile.findUniqueOrThrow({ where: { id: profileId } });
      // Approving a profile vouches for the facility it names, so the facility joins the public pick list.
      if (op === 'approve')
        await tx.facility.updateMany({ where: { id: before.facilityId, reviewedAt: null }, data: { reviewedAt: now } });
      await recordAudit(tx, actor, {
        action: `profile.${op}`,
        targetType: 'profile',
        targetId: profileId,
        detail: { from: before.status, to: after.status, ...(reason ? { reason } : {}) },
      });
      return after;
    });
    if (profile === 'missing') return { ok: false, message: 'That profile no longer exists.' };
    if (profile === 'changed')
      return { ok: false, message: 'Someone else acted on this profile while you had it open. Reload the page.' };
    if (profile === 'not-applicable')
      return { ok: false, message: 'That step does not apply to this profile as it stands. Reload the page.' };
    await tellSubmitter(op, profile, reason, link?.url);
    await revalidateProfile(profile.slug);
    return { ok: true, message: DONE[op] };
  },
);

export const editProfile = defineAction(
  {
    authorize: requireStaff,
    schema: profileFieldsSchema.extend({ profileId: z.string().min(1) }),
    echo: PROFILE_FORM_FIELDS,
  },
  async ({ profileId, ...fields }, actor) => {
    const facility = await db.facility.findUnique({ where: { id: fields.facilityId } });
    if (!facility)
      return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors: { facilityId: ['Choose the facility.'] } };
    const { data, tags } = profileColumns(fields);
    const profile = await db.$transaction(async (tx) => {
      const before = await tx.profile.findUnique({ where: { id: profileId } });
      if (!before) return null;
      const after = await tx.profile.update({
        where: { id: profileId },
        data: { ...data, state: facility.state, tags: { deleteMany: {}, create: tags } },
      });
      await recordAudit(tx, actor, {
        action: 'profile.edit',
        targetType: 'profile',
        targetId: profileId,
        detail: { changed: changedFields(data, before, after) },
      });
      return after;
    });
    if (!profile) return { ok: false, message: 'That profile no longer exists.' };
    await revalidateProfile(profile.slug);
    return { ok: true, message: 'Profile saved.' };
  },
);

export const editFacility = defineAction(
  {
    authorize: requireStaff,
    schema: facilityEditSchema,
    echo: [
      'facilityName',
      'facilityState',
      'facilityAddress',
      'facilityMailScanned',
      'facilityScanAddress',
      'facilityPhotoRules',
      'facilityVendor',
      'facilityNotes',
      'facilityPostcardsOnly',
      'facilityMaxPages',
      'facilityNoGreetingCards',
      'facilityNoPhotos',
      'facilityRulesCheckedAt',
      'facilityRulesSource',
    ],
  },
  async (input, actor) => {
    const { facilityId, facilityNotes } = input;
    const columns = { ...facilityColumns(input), ...facilityRuleColumns(input) };
    const facility = await db.$transaction(async (tx) => {
      const before = await tx.facility.findUnique({ where: { id: facilityId } });
      if (!before) return null;
      // Staff correcting a facility have checked it, so it joins the public pick list.
      const after = await tx.facility.update({
        where: { id: facilityId },
        data: { ...columns, notes: facilityNotes ?? '', reviewedAt: before.reviewedAt ?? new Date() },
      });
      // A facility's state is copied onto its profiles for the directory's state filter.
      if (after.state !== before.state)
        await tx.profile.updateMany({ where: { facilityId }, data: { state: after.state } });
      await recordAudit(tx, actor, {
        action: 'facility.edit',
        targetType: 'facility',
        targetId: facilityId,
        detail: { changed: changedFields(columns, before, after) },
      });
      return after;
    });
    if (!facility) return { ok: false, message: 'That facility no longer exists.' };
    // The directory too: a changed state moves the facility's profiles in the state filter.
    await invalidate(`facility:${facilityId}`, 'directory');
    revalidatePath('/profiles', 'layout');
    revalidatePath('/admin', 'layout');
    return { ok: true, message: `${facility.name} saved. Every profile there shows the change.` };
  },
);

async function revalidateProfile(slug: string) {
  await invalidate(`profile:${slug}`, 'directory');
  revalidatePath(`/profiles/${slug}`);
  revalidatePath('/profiles');
  revalidatePath('/admin', 'layout');
}

/** The submitter hears about every decision that changes what happens to their submission. */
async function tellSubmitter(
  op: ReviewOp,
  profile: { displayName: string; reference: string; slug: string; submitterName: string; submitterEmail: string },
  reason: string,
  changesUrl?: string,
) {
  const mail = submitterMail(await settingsOrDefaults(), op, profile, reason, changesUrl);
  if (mail) await sendMail({ to: profile.submitterEmail, ...mail });
}

function submitterMail(
  settings: MailSettings,
  op: ReviewOp,
  profile: Parameters<typeof profileListedMail>[1],
  reason: string,
  changesUrl?: string,
): MailContent | null {
  switch (op) {
    case 'approve':
      return profileListedMail(settings, profile);
    case 'request_changes':
      // Asking for changes always makes a new private link (reviewProfile).
      return changesUrl ? changesNeededMail(settings, profile, reason, changesUrl) : null;
    case 'reject':
      return notListedMail(settings, profile, reason);
    default:
      return null;
  }
}
