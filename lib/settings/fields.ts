import type { SettingsSection } from './schema';

// How the settings page shows each section: its fields in order, with labels and hints. `lines` fields are edited as
// one entry per line and stored as a list. Client-safe: the form renders from it.

export type SettingField = {
  name: string;
  label: string;
  hint?: string;
  kind: 'text' | 'email' | 'number' | 'lines' | 'textarea';
};

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
  retention: {
    title: 'Retention',
    intro: 'Letter and reply texts and scans are erased this long after a thread’s last activity; a record stays.',
    fields: [{ name: 'letterMonths', label: 'Months to keep letters', kind: 'number' }],
  },
};

/** Every field name of every section: what a failed save echoes back. */
export const SETTING_FIELD_NAMES = Object.values(SETTINGS_PAGE).flatMap((section) => section.fields.map((f) => f.name));

/** A stored value as the form shows it: lists one per line. */
export function fieldText(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : String(value ?? '');
}

/** The form's fields for `section` as the section's schema reads them: `lines` fields split into lists. */
export function sectionInput(section: SettingsSection, form: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    SETTINGS_PAGE[section].fields.map(({ name, kind }) => {
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
