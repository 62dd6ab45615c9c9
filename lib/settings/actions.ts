'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { invalidate } from '@/lib/cache/data-cache';
import { requireRole } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { readSettings } from '.';
import { sectionInput, SETTING_FIELD_NAMES } from './fields';
import { SETTINGS_SECTIONS, settingsSchema } from './schema';

/** Admins save one section at a time; the audit entry keeps the section before and after. */
export const saveSettings = defineAction(
  {
    authorize: () => requireRole('admin'),
    schema: z.looseObject({ section: z.enum(SETTINGS_SECTIONS) }),
    echo: SETTING_FIELD_NAMES,
  },
  async ({ section, ...form }, actor) => {
    const schema: z.ZodType = settingsSchema[section];
    const parsed = schema.safeParse(sectionInput(section, form));
    if (!parsed.success)
      return {
        ok: false,
        message: CORRECT_FIELDS_MESSAGE,
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    const after = parsed.data as object;
    await db.$transaction(async (tx) => {
      const before = (await readSettings(tx))[section];
      const value = JSON.stringify(after);
      await tx.setting.upsert({
        where: { key: section },
        create: { key: section, value, updatedById: actor.id },
        update: { value, updatedById: actor.id },
      });
      await recordAudit(tx, actor, {
        action: 'settings.update',
        targetType: 'setting',
        targetId: section,
        detail: { before, after },
      });
    });
    // The public directory and profile pages (and their shared copies) follow the listing rules from the next request.
    if (section === 'listings') await invalidate('directory', 'listing-rules');
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Saved. The change applies from the next page anyone opens.' };
  },
);
