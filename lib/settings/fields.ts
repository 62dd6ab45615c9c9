import { bodyField, EMAIL_WORDING, emailsOf, type EmailSection, subjectField } from '@/lib/mail/wording';
import { LISTING_NOTICE_PLACEHOLDERS, type Placeholder } from './placeholders';
import type { SettingsSection } from './schema';

// How the settings page shows each section: its fields in order, with labels and hints. `lines` fields are edited as
// one entry per line and stored as a list. Client-safe: the form renders from it.

export type SettingField = {
  name: string;
  label: string;
  hint?: string;
  /** `states`: a checkbox for each US state, stored as a list of two-letter codes. */
  kind: 'text' | 'email' | 'number' | 'lines' | 'textarea' | 'states';
  /** A subheading shown before the field: each email's subject and body sit under its name. */
  heading?: string;
};

/** "{name} is the pen pal's display name, …": the placeholders a text may use, for the field's hint. */
function placeholderHint(placeholders: readonly Placeholder[], subject = false): string {
  const usable = placeholders.filter((placeholder) => !subject || placeholder.inSubject);
  if (usable.length === 0) return 'No placeholders: names stay out of subjects.';
  const described = usable.map(
    ({ key, means, required }) => `{${key}} ${means}${required && !subject ? ' (must stay)' : ''}`,
  );
  return `${subject ? 'May use' : 'Placeholders'}: ${described.join('; ')}.`;
}

function emailFields(section: EmailSection): SettingField[] {
  return emailsOf(section).flatMap((key) => {
    const { title, when, placeholders } = EMAIL_WORDING[key];
    return [
      {
        name: subjectField(key),
        label: `${title}: subject`,
        heading: title,
        hint: `${when} ${placeholderHint(placeholders, true)}`,
        kind: 'text' as const,
      },
      {
        name: bodyField(key),
        label: `${title}: message`,
        hint: `Paragraphs separated by a blank line; the same text makes the plain and the HTML email. ${placeholderHint(placeholders)}`,
        kind: 'textarea' as const,
      },
    ];
  });
}

export const SETTINGS_PAGE: Record<SettingsSection, { title: string; intro: string; fields: SettingField[] }> = {
  program: {
    title: 'Program',
    intro: 'Printed on every letter and envelope. A pen pal’s own address never is.',
    fields: [
      { name: 'name', label: 'Program name', kind: 'text' },
      { name: 'returnAddress', label: 'Return address', hint: 'One line per line of the envelope.', kind: 'lines' },
      { name: 'contactEmail', label: 'Contact email', kind: 'email' },
    ],
  },
  letters: {
    title: 'Letter limits',
    intro: 'Each pen pal, counted over the last 24 hours.',
    fields: [
      { name: 'perDay', label: 'Letters a day', kind: 'number' },
      { name: 'firstPerDay', label: 'First letters a day to someone new', kind: 'number' },
      {
        name: 'noReplyDays',
        label: 'Days without a reply before a thread asks whether the letter arrived',
        kind: 'number',
      },
    ],
  },
  postage: {
    title: 'Postage',
    intro: 'In cents. A batch’s postage is worked out from these when it is created.',
    fields: [
      { name: 'firstSheetCents', label: 'A letter of one sheet', hint: 'For example 76 for $0.76.', kind: 'number' },
      { name: 'extraSheetCents', label: 'Each extra sheet', kind: 'number' },
      { name: 'flatAboveSheets', label: 'Flat envelope above this many sheets', kind: 'number' },
      { name: 'flatEnvelopeCents', label: 'Flat envelope surcharge', kind: 'number' },
    ],
  },
  screening: {
    title: 'Screening words',
    intro: 'One word or phrase per line.',
    fields: [
      {
        name: 'letterWords',
        label: 'Flag in letters and replies',
        hint: 'Shown to staff when screening; a letter is never held back by a word alone.',
        kind: 'lines',
      },
      { name: 'commentWords', label: 'Send comments to spam', kind: 'lines' },
    ],
  },
  templates: {
    title: 'Closing letter',
    intro: 'Printed for the person inside when a pen pal stops writing, so nobody is left wondering.',
    fields: [
      {
        name: 'closingLetter',
        label: 'Closing letter',
        hint: '{name} becomes the person’s name, {penPal} the pen pal’s display name, {program} the program’s name.',
        kind: 'textarea',
      },
    ],
  },
  listings: {
    title: 'Listing rules by state',
    intro:
      'Some states forbid people in their prisons to advertise for pen pals. Profiles of people held in a state ' +
      'ticked here stay out of the public directory, and their pages show the notice instead. Staff still see them, ' +
      'and pen pals already writing to them carry on from their inbox; nobody can start writing to them.',
    fields: [
      { name: 'hiddenStates', label: 'Do not show listings from people held in', kind: 'states' },
      {
        name: 'notice',
        label: 'Notice shown instead',
        hint: `On the profile page and when the directory is filtered by the state. ${placeholderHint(LISTING_NOTICE_PLACEHOLDERS)}`,
        kind: 'textarea',
      },
    ],
  },
  letterEmails: {
    title: 'Emails to pen pals',
    intro: 'What pen pals hear about their letters. Subjects never carry a name: they show on lock screens.',
    fields: emailFields('letterEmails'),
  },
  submitterEmails: {
    title: 'Emails to profile submitters',
    intro: 'What the family member or advocate who sent a profile in hears about it.',
    fields: emailFields('submitterEmails'),
  },
  retention: {
    title: 'Retention',
    intro: 'Letter and reply texts and scans are erased this long after a thread’s last activity; a record stays.',
    fields: [{ name: 'letterMonths', label: 'Months to keep letters', kind: 'number' }],
  },
};

/** Every field name of every section: what a failed save echoes back. */
export const SETTING_FIELD_NAMES = Object.values(SETTINGS_PAGE).flatMap((section) => section.fields.map((f) => f.name));

/** A stored value as the form shows it: lists one per line, ticked states comma-joined (as a failed save echoes them). */
export function fieldText(field: SettingField, value: unknown): string {
  if (!Array.isArray(value)) return String(value ?? '');
  return value.join(field.kind === 'states' ? ',' : '\n');
}

/** The form's fields for `section` as the section's schema reads them: `lines` fields split into lists. */
export function sectionInput(section: SettingsSection, form: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    SETTINGS_PAGE[section].fields.map(({ name, kind }) => {
      // Ticked checkboxes: none, one (a string) or several (a list).
      if (kind === 'states') return [name, [form[name] ?? []].flat()];
      const raw = typeof form[name] === 'string' ? (form[name] as string) : '';
      return [
        name,
        kind === 'lines'
          ? raw
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
          : raw,
      ];
    }),
  );
}
