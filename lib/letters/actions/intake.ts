'use server';

import { after } from 'next/server';
import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/record';
import { AuthorizationError } from '@/lib/auth/errors';
import { requireMailroom } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { ActionState, FieldErrors } from '@/lib/forms/action-state';
import { CORRECT_FIELDS_MESSAGE, echoValues, parseForm } from '@/lib/forms/define-action';
import { unexpectedErrorState } from '@/lib/forms/unexpected-error';
import { sendMail } from '@/lib/mail/send';
import { replyArrivedMail } from '@/lib/mail/templates/letters-replies';
import { log } from '@/lib/observability/log';
import { readSettings } from '@/lib/settings';
import { checkScan, deleteScans, MAX_SCANS, type StoredScan, storeScan } from '../reply-scans';
import { recordReplySchema } from '../replies-schema';
import { screenText } from '../screening';
import { ReplyStatus } from '../status';
import { settingsOrDefaults } from '@/lib/settings';

export type RecordedReply = { held: boolean };

const ECHO = ['code', 'body', 'receivedOn'];
const FILES_NOT_KEPT =
  'Browsers cannot keep chosen files when a form comes back: please choose the scanned pages again.';

/**
 * The mailroom records a reply that came in by post, by the code on its envelope: typed text and/or scanned pages.
 * Not built on defineAction because of the files, which are checked with the other fields and stored only when all
 * is well. The text is screened as letters are: a reply with flags is held for a moderator, one without is delivered
 * and its pen pal emailed.
 */
export async function recordReply(
  _prev: ActionState<RecordedReply>,
  formData: FormData,
): Promise<ActionState<RecordedReply>> {
  const kept = echoValues(formData, ECHO);
  let stored: StoredScan[] = [];
  try {
    const actor = await requireMailroom();
    const parsed = parseForm(recordReplySchema, formData, ECHO);
    const fieldErrors: FieldErrors = parsed.ok ? {} : { ...parsed.state.fieldErrors };
    const files = formData.getAll('scans').filter((file): file is File => file instanceof File && file.size > 0);
    const checked = await Promise.all(files.slice(0, MAX_SCANS).map(checkScan));
    const fileErrors = [
      ...(files.length > MAX_SCANS ? [`Attach at most ${MAX_SCANS} files; record the rest as a second reply.`] : []),
      ...checked.flatMap((scan) => (scan.ok ? [] : [scan.error])),
    ];
    if (fileErrors.length > 0) fieldErrors.scans = fileErrors;
    if (parsed.ok && !parsed.data.body && files.length === 0)
      fieldErrors.body = ['Type the reply, or attach its scanned pages, or both.'];

    const thread = parsed.ok
      ? await db.thread.findUnique({
          where: { replyCode: parsed.data.code },
          select: {
            id: true,
            profile: { select: { displayName: true } },
            user: { select: { name: true, email: true } },
          },
        })
      : null;
    if (parsed.ok && !thread)
      fieldErrors.code = ['No letter of ours carries this code. Check it against the envelope.'];
    if (!parsed.ok || !thread || Object.keys(fieldErrors).length > 0) {
      if (files.length > 0 && !fieldErrors.scans) fieldErrors.scans = [FILES_NOT_KEPT];
      return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors, values: parsed.values };
    }

    const { body, receivedOn } = parsed.data;
    for (const scan of checked) if (scan.ok) stored.push(await storeScan(scan));
    const held = await db.$transaction(async (tx) => {
      const settings = await readSettings(tx);
      const flags = screenText(body, settings.screening.letterWords);
      const status = flags.length > 0 ? ReplyStatus.screening : ReplyStatus.delivered;
      const reply = await tx.reply.create({
        data: {
          threadId: thread.id,
          body,
          status,
          flags: JSON.stringify(flags),
          receivedAt: receivedOn,
          enteredById: actor.id,
          scans: { create: stored.map((scan, position) => ({ ...scan, position })) },
        },
      });
      // A held reply is news to the pen pal only once a moderator delivers it.
      if (status === ReplyStatus.delivered)
        await tx.thread.update({ where: { id: thread.id }, data: { lastActivityAt: new Date() } });
      await recordAudit(tx, actor, {
        action: 'reply.record',
        targetType: 'reply',
        targetId: reply.id,
        detail: { threadId: thread.id, status, scans: stored.length, flags: flags.map((flag) => flag.code) },
      });
      return status === ReplyStatus.screening;
    });
    stored = [];

    if (!held)
      await sendMail({
        to: thread.user.email,
        ...replyArrivedMail(await settingsOrDefaults(), {
          threadId: thread.id,
          from: thread.profile.displayName,
          penPalName: thread.user.name,
        }),
      });
    revalidatePath('/admin/letters/intake');
    return {
      ok: true,
      message: held
        ? `Recorded. The reply from ${thread.profile.displayName} is held for a moderator: screening flagged something in it.`
        : `Recorded. ${thread.user.name} can read the reply from ${thread.profile.displayName} now and has been emailed.`,
      result: { held },
    };
  } catch (error) {
    if (stored.length > 0) {
      const orphans = stored.map((scan) => scan.fileName);
      after(() => deleteScans(orphans).catch((cause) => log('warn', 'reply scans not removed', { cause })));
    }
    if (error instanceof AuthorizationError) return { ok: false, message: error.message };
    return unexpectedErrorState(error, kept);
  }
}
