import { z } from 'zod';
import { site } from '@/lib/site';
import { DEFAULT_SCREENING_WORDS } from '@/lib/letters/screening';
import { DEFAULT_BLOCKED_WORDS } from '@/lib/spam/rules';
import { bodyField, EMAIL_WORDING, emailsOf, type EmailSection, subjectField } from '@/lib/mail/wording';
import { US_STATES } from '@/lib/profiles/vocabulary';
import { LISTING_NOTICE_PLACEHOLDERS, type Placeholder, placeholderProblems } from './placeholders';

// What a program's admins can change without a deploy: one section per concern, each a zod schema with its defaults.
// Stored as one JSON row per section (the Setting model); a missing or unreadable row means the defaults, so a
// section added here works on an existing install. The console's settings page (issue 12) edits these.

/** A whole number from `min` to `max`, typed into a form or stored. */
const count = (min: number, max: number) => {
  const message = `Enter a whole number from ${min} to ${max.toLocaleString('en-US')}.`;
  // An emptied field is an error, not a zero.
  return z.preprocess(
    (value) => (value === '' ? Number.NaN : value),
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }),
  );
};
const cents = count(0, 100_000);
const lines = z
  .array(z.string().trim().max(120, 'Keep each line to 120 characters.'))
  .min(1, 'Give at least one line.')
  .max(6, 'Use six lines at most.');
const words = z
  .array(z.string().trim().toLowerCase().max(60, 'Keep each entry to 60 characters.'))
  .max(500, 'Use 500 entries at most.');

/** Text with placeholders (placeholders.ts): every problem reported, none saved. */
const wording = (placeholders: readonly Placeholder[], min: number, max: number, subject = false) =>
  z
    .string()
    .trim()
    .min(min, subject ? 'Give the email a subject.' : `Write at least a few words (${min} characters).`)
    .max(max, `Keep it to ${max.toLocaleString('en-US')} characters.`)
    .refine((text) => !subject || !/[\r\n]/.test(text), 'Keep the subject to one line.')
    .superRefine((text, context) => {
      for (const message of placeholderProblems(text, placeholders, { subject }))
        context.addIssue({ code: 'custom', message });
    });

/** A section of editable emails (lib/mail/wording.ts): a subject and a body for each, today's wording the default. */
function emailSection(section: EmailSection) {
  return z.object(
    Object.fromEntries(
      emailsOf(section).flatMap((key) => {
        const { placeholders, subject, body } = EMAIL_WORDING[key];
        return [
          [subjectField(key), wording(placeholders, 1, 150, true).default(subject)],
          [bodyField(key), wording(placeholders, 20, 4000).default(body)],
        ];
      }),
    ) as Record<string, z.ZodDefault<ReturnType<typeof wording>>>,
  );
}

const STATE_CODES = Object.keys(US_STATES) as [string, ...string[]];

export const settingsSchema = {
  program: z.object({
    name: z.string().trim().min(1, 'Give the program’s name.').max(80, 'Keep it to 80 characters.').default(site.name),
    // Printed on every letter and envelope; the pen pal's own address never is.
    returnAddress: lines.default([...site.returnAddress]),
    contactEmail: z.email('Enter an email address such as name@example.org.').default(site.contactEmail),
  }),
  letters: z.object({
    perDay: count(1, 50).default(3),
    // Letters to someone the pen pal has not written to before.
    firstPerDay: count(0, 50).default(1),
    // Days after posting with no reply before the thread asks, kindly, whether the letter arrived.
    noReplyDays: count(1, 120).default(21),
  }),
  postage: z.object({
    // A #10 envelope with one sheet, each extra sheet, and the flat envelope used above `flatAboveSheets`.
    firstSheetCents: cents.default(76),
    extraSheetCents: cents.default(11),
    flatAboveSheets: count(1, 50).default(6),
    flatEnvelopeCents: cents.default(150),
  }),
  screening: z.object({
    // Words flagged in letters and replies (shown to staff, never acted on silently), and words that send a comment
    // to the spam queue.
    letterWords: words.default([...DEFAULT_SCREENING_WORDS]),
    commentWords: words.default([...DEFAULT_BLOCKED_WORDS]),
  }),
  templates: z.object({
    // Printed for the person inside when a pen pal stops writing. {name} is the person's name, {penPal} the pen
    // pal's display name, {program} the program's name.
    closingLetter: z
      .string()
      .trim()
      .min(20, 'Write at least a few sentences (20 characters).')
      .max(4000, 'Keep it to 4,000 characters.')
      .default(
        'Dear {name},\n\n{penPal} has let us know that they are not able to keep writing. This is about their own ' +
          'circumstances, not about you or anything you wrote. We are sorry for the change, and we wanted you to hear ' +
          'it from us rather than be left wondering.\n\nYour profile stays listed, and new pen pals can still find you ' +
          'and write.\n\nWith warm wishes,\n{program}',
      ),
  }),
  listings: z.object({
    // States whose prisons forbid people held there to advertise for pen pals, as the program reads their rules:
    // profiles of people held there stay out of the public directory and their pages show `notice` instead.
    hiddenStates: z
      .array(z.enum(STATE_CODES, 'Choose states from the list.'))
      .transform((codes) => [...new Set(codes)].sort())
      .default([]),
    notice: wording(LISTING_NOTICE_PLACEHOLDERS, 20, 1000).default(
      'Profiles of people held in {state} are not shown here. {state} does not allow people in its prisons to ' +
        'advertise for pen pals, and we follow that rule. If you already write to someone held there, your ' +
        'conversation carries on as before from your inbox.',
    ),
  }),
  letterEmails: emailSection('letterEmails'),
  submitterEmails: emailSection('submitterEmails'),
  retention: z.object({
    // Letter and reply bodies and scans are erased this many months after the thread's last activity.
    letterMonths: count(1, 120).default(24),
  }),
} as const;

export type SettingsSection = keyof typeof settingsSchema;
export type Settings = { [K in SettingsSection]: z.infer<(typeof settingsSchema)[K]> };
export const SETTINGS_SECTIONS = Object.keys(settingsSchema) as SettingsSection[];

/** Every section's defaults: what a fresh install runs on. */
export function defaultSettings(): Settings {
  return Object.fromEntries(SETTINGS_SECTIONS.map((section) => [section, parseSection(section, {})])) as Settings;
}

/** A section's stored JSON read with its schema: the defaults for anything missing or no longer valid. */
export function parseSection<K extends SettingsSection>(section: K, stored: unknown): Settings[K] {
  const schema = settingsSchema[section];
  const parsed = schema.safeParse(stored ?? {});
  return (parsed.success ? parsed.data : schema.parse({})) as Settings[K];
}
