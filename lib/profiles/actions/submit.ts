'use server';

import { randomBytes } from 'node:crypto';
import { after } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Transaction } from '@/lib/db/client';
import { env } from '@/lib/env';
import { slugify } from '@/lib/format/slug';
import type { ActionState, FieldErrors } from '@/lib/forms/action-state';
import { CORRECT_FIELDS_MESSAGE, echoValues, parseForm } from '@/lib/forms/define-action';
import { unexpectedErrorState } from '@/lib/forms/unexpected-error';
import { sendMail } from '@/lib/mail/send';
import { correctionsReceivedMail, submissionReceivedMail } from '@/lib/mail/templates/profile-submission';
import { storedPhotoPath, uploadedPhotoName } from '@/lib/photos/paths';
import { deletePhoto, photoExists, storePhoto } from '@/lib/photos/photo';
import { isPhotoInUse } from '@/lib/photos/queries';
import { claimedUpload, claimUpload } from '@/lib/photos/upload-claim';
import { housekeepSoon } from '@/lib/housekeeping';
import { log } from '@/lib/observability/log';
import { hitRateLimit } from '@/lib/rate-limit';
import { clientIp } from '@/lib/request/client';
import { site } from '@/lib/site';
import { invalidate } from '@/lib/cache/data-cache';
import { noChangesLink, profileForChanges } from '../changes-link';
import { NEW_FACILITY } from '../limits';
import { ProfileStatus } from '../status-groups';
import {
  facilityColumns,
  type NewFacility,
  newFacilitySchema,
  PROFILE_FORM_FIELDS,
  profileColumns,
  profileFieldsSchema,
  submitterSchema,
} from '../schema';
import { settingsOrDefaults } from '@/lib/settings';

/** `emailed`: false when the address had already had its share of acknowledgements today. */
export type Submitted = { reference: string; email: string; emailed: boolean };

const PER_IP = { name: 'profile-submit-ip', limit: 10, windowMs: 60 * 60_000 };
// Anyone can type any address into the form, so one address gets only a few acknowledgements a day.
const ACKNOWLEDGEMENTS_PER_ADDRESS = { name: 'profile-ack-address', limit: 3, windowMs: 24 * 60 * 60_000 };
const submissionSchema = profileFieldsSchema.extend(submitterSchema.shape);

/**
 * A representative submits a profile for review, or (with the token from a "changes needed" email) corrects one.
 * Not built on defineAction because of the photo: it is checked and stored before the other fields are parsed, so a
 * good photo survives errors elsewhere (its signed name comes back in the form) and a bad one asks for the photo alone.
 * An unexpected error is answered as defineAction answers one: logged, with what was typed kept.
 */
export async function submitProfile(
  _prev: ActionState<Submitted>,
  formData: FormData,
): Promise<ActionState<Submitted>> {
  const kept = echoValues(formData, [...PROFILE_FORM_FIELDS, 'photoUpload']);
  try {
    return await receiveProfile(formData, kept);
  } catch (error) {
    return unexpectedErrorState(error, kept);
  }
}

/** `kept`: what goes back to the form if anything unexpected fails, given the new photo's claim once it is stored. */
async function receiveProfile(formData: FormData, kept: Record<string, string>): Promise<ActionState<Submitted>> {
  // Authorise: anyone may submit, within a per-IP limit.
  if (!(await hitRateLimit(PER_IP, await clientIp())).allowed) {
    return { ok: false, message: 'Too many submissions from this connection. Please try again in an hour.' };
  }
  // Uploads are only ever made here, so this is where abandoned ones get cleared away.
  housekeepSoon(db);

  const token = formData.get('changesToken');
  const earlier = typeof token === 'string' && token ? await profileForChanges(token) : null;
  if (typeof token === 'string' && token && !earlier) {
    return {
      ok: false,
      message: `This correction link has run out or has been used already. Please write to us at ${site.contactEmail}, quoting your reference number.`,
    };
  }

  const photo = await takePhoto(formData);
  kept.photoUpload = photo.claim ?? '';
  const newFacility = formData.get('facilityId') === NEW_FACILITY;
  const schema = newFacility ? submissionSchema.extend(newFacilitySchema.shape) : submissionSchema;
  const parsed = parseForm(schema, formData, PROFILE_FORM_FIELDS);
  const values = { ...parsed.values, photoUpload: photo.claim ?? '' };
  const fieldErrors: FieldErrors = {
    ...(parsed.ok ? {} : parsed.state.fieldErrors),
    ...(photo.error ? { photo: [photo.error] } : {}),
  };
  if (!parsed.ok || photo.error) return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors, values };

  // The facility's fields were parsed too whenever a new facility was chosen.
  const input = parsed.data as z.infer<typeof submissionSchema> & Partial<NewFacility>;
  const chosen = newFacility
    ? null
    : // A checked facility, or the one this submission already names (perhaps typed in by the submitter).
      await db.facility.findFirst({
        where: { id: input.facilityId, OR: [{ reviewedAt: { not: null } }, { id: earlier?.facilityId ?? '' }] },
      });
  if (!newFacility && !chosen)
    return {
      ok: false,
      message: CORRECT_FIELDS_MESSAGE,
      fieldErrors: { facilityId: ['Choose the facility.'] },
      values,
    };

  // Counted before the write, as nothing after it may fail the response; a write that fails costs one of the day's few.
  const emailed = (await hitRateLimit(ACKNOWLEDGEMENTS_PER_ADDRESS, input.submitterEmail.toLowerCase())).allowed;
  const reference = earlier?.reference ?? `BB-${randomCode(8).toUpperCase()}`;
  const submitter = {
    submitterName: input.submitterName,
    submitterEmail: input.submitterEmail,
    submitterRelationship: input.submitterRelationship,
  };
  // A facility the submitter typed in is saved with the profile that names it, or not at all.
  await db.$transaction(async (tx) => {
    const facility = chosen ?? (await newOrCorrectedFacility(tx, input as NewFacility, earlier?.facilityId));
    const { data, tags } = profileColumns({ ...input, facilityId: facility.id });
    if (earlier) {
      await tx.profile.update({
        where: { id: earlier.id },
        data: {
          ...data,
          ...submitter,
          ...noChangesLink,
          state: facility.state,
          photoPath: photo.name ? storedPhotoPath(photo.name) : earlier.photoPath,
          status: ProfileStatus.pending,
          statusReason: null,
          tags: { deleteMany: {}, create: tags },
        },
      });
      return;
    }
    await tx.profile.create({
      data: {
        ...data,
        slug: `${slugify(input.displayName).slice(0, 40) || 'profile'}-${randomCode(6)}`,
        reference,
        state: facility.state,
        photoPath: photo.name ? storedPhotoPath(photo.name) : null,
        status: ProfileStatus.pending,
        ...submitter,
        consentGiven: true,
        consentConfirmedAt: new Date(),
        tags: { create: tags },
      },
    });
  });

  // Not public while changes are wanted, but the cached row (lib/cache/data-cache.ts) must not outlive the change.
  if (earlier) await invalidate(`profile:${earlier.slug}`);
  // Saved. What follows cannot fail the response: the email is queued and sent after it, and so is the clean-up.
  const replaced = earlier && photo.name ? uploadedPhotoName(earlier.photoPath) : null;
  if (replaced && replaced !== photo.name) after(() => removeReplacedPhoto(replaced));
  if (emailed) {
    const settings = await settingsOrDefaults();
    const mail = earlier
      ? correctionsReceivedMail(settings, { reference, ...input })
      : submissionReceivedMail(settings, { reference, ...input });
    await sendMail({ to: input.submitterEmail, ...mail });
  }
  return {
    ok: true,
    message: `Thank you. Your reference number is ${reference}.`,
    result: { reference, email: input.submitterEmail, emailed },
  };
}

/**
 * A correction of a facility the submitter typed in updates it while staff have not yet checked it, rather than
 * leaving a duplicate behind; otherwise (a first submission, or a checked facility) a new one is created.
 */
async function newOrCorrectedFacility(tx: Transaction, fields: NewFacility, earlierId?: string) {
  const data = facilityColumns(fields);
  if (earlierId) {
    const corrected = await tx.facility.updateMany({ where: { id: earlierId, reviewedAt: null }, data });
    if (corrected.count === 1) return tx.facility.findUniqueOrThrow({ where: { id: earlierId } });
  }
  return tx.facility.create({ data });
}

/** Only a photo nothing else shows: the same upload may have gone into two of the submitter's submissions. */
async function removeReplacedPhoto(name: string) {
  try {
    if (!(await isPhotoInUse(name))) await deletePhoto(name);
  } catch (error) {
    // The orphan sweep (lib/photos/orphans.ts) removes it within a day.
    log('warn', 'replaced photo not removed', { name, error });
  }
}

/**
 * A new file is checked and stored; without one, a photo stored by an earlier attempt at this form is kept, but only
 * when the form carries that upload's signed claim: listed photos' names are public.
 */
async function takePhoto(formData: FormData): Promise<{ name?: string; claim?: string; error?: string }> {
  const file = formData.get('photo');
  if (file instanceof File && file.size > 0) {
    const stored = await storePhoto(file);
    return stored.ok ? { name: stored.name, claim: claimUpload(env.authSecret, stored.name) } : { error: stored.error };
  }
  const claim = formData.get('photoUpload');
  if (typeof claim !== 'string') return {};
  const name = claimedUpload(env.authSecret, claim);
  // The claim goes back unchanged, not re-signed, so it still runs out a day after the upload.
  return name && (await photoExists(name)) ? { name, claim } : {};
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: references are read aloud and typed from paper
function randomCode(length: number): string {
  return Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}
