import { z } from 'zod';
import { site } from '@/lib/site';

// What a program's admins can change without a deploy: one section per concern, each a zod schema with its defaults.
// Stored as one JSON row per section (the Setting model); a missing or unreadable row means the defaults, so a
// section added here works on an existing install. The console's settings page (issue 12) edits these.

const cents = z.coerce.number().int().min(0).max(100_000);
const lines = z.array(z.string().trim().min(1).max(120)).min(1).max(6);
const words = z.array(z.string().trim().toLowerCase().min(1).max(60)).max(500);

export const settingsSchema = {
  program: z.object({
    name: z.string().trim().min(1).max(80).default(site.name),
    // Printed on every letter and envelope; the pen pal's own address never is.
    returnAddress: lines.default([...site.returnAddress]),
    contactEmail: z.email().default(site.contactEmail),
  }),
  letters: z.object({
    perDay: z.coerce.number().int().min(1).max(50).default(3),
    // Letters to someone the pen pal has not written to before.
    firstPerDay: z.coerce.number().int().min(0).max(50).default(1),
    // Days after posting with no reply before the thread asks, kindly, whether the letter arrived.
    noReplyDays: z.coerce.number().int().min(1).max(120).default(21),
  }),
  postage: z.object({
    // A #10 envelope with one sheet, each extra sheet, and the flat envelope used above `flatAboveSheets`.
    firstSheetCents: cents.default(76),
    extraSheetCents: cents.default(11),
    flatAboveSheets: z.coerce.number().int().min(1).max(50).default(6),
    flatEnvelopeCents: cents.default(150),
  }),
  screening: z.object({
    // Words flagged in letters and replies, and in comments; flags are shown to staff, never acted on silently.
    letterWords: words.default([]),
    commentWords: words.default([]),
  }),
  templates: z.object({
    // Printed for the person inside when a pen pal stops writing. {name} is the person's name, {penPal} the pen
    // pal's display name, {program} the program's name.
    closingLetter: z
      .string()
      .trim()
      .min(20)
      .max(4000)
      .default(
        'Dear {name},\n\n{penPal} has let us know that they are not able to keep writing. This is about their own ' +
          'circumstances, not about you or anything you wrote. We are sorry for the change, and we wanted you to hear ' +
          'it from us rather than be left wondering.\n\nYour profile stays listed, and new pen pals can still find you ' +
          'and write.\n\nWith warm wishes,\n{program}',
      ),
  }),
  retention: z.object({
    // Letter and reply bodies and scans are erased this many months after the thread's last activity.
    letterMonths: z.coerce.number().int().min(1).max(120).default(24),
  }),
} as const;

export type SettingsSection = keyof typeof settingsSchema;
export type Settings = { [K in SettingsSection]: z.infer<(typeof settingsSchema)[K]> };
export const SETTINGS_SECTIONS = Object.keys(settingsSchema) as SettingsSection[];

/** A section's stored JSON read with its schema: the defaults for anything missing or no longer valid. */
export function parseSection<K extends SettingsSection>(section: K, stored: unknown): Settings[K] {
  const schema = settingsSchema[section];
  const parsed = schema.safeParse(stored ?? {});
  return (parsed.success ? parsed.data : schema.parse({})) as Settings[K];
}
