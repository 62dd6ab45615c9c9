import { z } from 'zod';
import { slugify } from '@/lib/format/slug';
import { many } from '@/lib/forms/values';
import { ageOn } from './age';
import { GENDERS, INTERESTS, LANGUAGES, MESSAGING_VENDORS, RELATIONSHIPS, SEEKING, US_STATES } from './vocabulary';
import { interestBitsOf } from './interest-bits';
import { BIO_MAX_LENGTH, OWN_INTERESTS_MAX } from './limits';
import { looksLikePhoneNumber, PHONE_NUMBER_MESSAGE } from './phone-number';

// The profile fields, parsed the same way for a representative's submission and for staff edits.

const text = (label: string, max: number, min = 1) =>
  z
    .string({ error: `Please enter ${label}.` })
    .trim()
    .min(min, min === 1 ? `Please enter ${label}.` : `Please enter ${label} (at least ${min} characters).`)
    .max(max, `Keep ${label} to ${max.toLocaleString('en-US')} characters or fewer.`);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer.`)
    .optional()
    .transform((value) => value || null);

const choices = <T extends readonly [string, ...string[]]>(options: T, emptyMessage: string) =>
  many(z.enum(options)).refine((list) => list.length > 0, emptyMessage);

// Typed as day, month and year (components/ui/DateParts.tsx, joined by formDataToObject) or sent as YYYY-MM-DD.
const date = (label: string) =>
  z
    .string({ error: `Please enter ${label}.` })
    .min(1, { error: `Please enter ${label}.`, abort: true })
    .refine((value) => !value.startsWith('missing:'), {
      error: (issue) =>
        `${capitalise(label)} must include a ${String(issue.input).slice('missing:'.length).split(',').join(' and ')}.`,
      abort: true,
    })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${label} as a real date, such as 23 4 1985.`)
    .refine((value) => isRealDate(value), `Enter ${label} as a real date, such as 23 4 1985.`)
    .transform((value) => new Date(`${value}T00:00:00Z`));

const capitalise = (text: string) => text.replace(/^the /, '').replace(/^./, (first) => first.toUpperCase());

/** 1985-02-31 is not a date, although Date would roll it over into March. */
function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** "Beekeeping, Tai chi" → ['beekeeping', 'tai-chi']: the person's own interests sit beside the curated ones. */
const ownInterests = z
  .string()
  .optional()
  .transform((value) => [...new Set((value ?? '').split(',').map(slugify).filter(Boolean))])
  .refine((list) => list.length <= OWN_INTERESTS_MAX, `List up to ${OWN_INTERESTS_MAX} of their own interests.`)
  .refine((list) => list.every((item) => item.length <= 30), 'Keep each interest to 30 characters or fewer.');

export const profileFieldsSchema = z.object({
  displayName: text('the name to show', 60),
  legalName: text('the name as on facility records', 120, 2),
  inmateNumber: text('the inmate number', 40),
  housingUnit: optionalText('the housing unit', 40),
  facilityId: z.string({ error: 'Choose the facility.' }).min(1, 'Choose the facility.'),
  birthDate: date('the date of birth').refine((value) => {
    const age = ageOn(value, new Date());
    return age >= 18 && age <= 110;
  }, 'Only adults can be listed: check the date of birth.'),
  gender: z.enum(GENDERS, { error: 'Choose a gender.' }),
  raceEthnicity: optionalText('race or ethnicity', 60),
  releaseDate: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(date('the release date').optional())
    .transform((value) => value ?? null),
  offense: text('the offense disclosure', 300),
  bio: text('a bio', BIO_MAX_LENGTH, 50).refine((value) => !looksLikePhoneNumber(value), PHONE_NUMBER_MESSAGE),
  interests: choices(INTERESTS, 'Choose at least one interest.'),
  ownInterests,
  seeking: choices(SEEKING, 'Choose what they are looking for.'),
  languages: choices(LANGUAGES, 'Choose at least one language they write in.'),
});

/** Only read when facilityId is NEW_FACILITY. */
export const newFacilitySchema = z.object({
  facilityName: text('the facility name', 120, 3),
  facilityState: z.string({ error: 'Choose the state.' }).refine((value) => value in US_STATES, 'Choose the state.'),
  facilityAddress: text('the facility mailing address', 300, 5).refine(
    (value) => value.split('\n').filter((line) => line.trim()).length >= 2,
    'Give the street or PO box and the town on separate lines.',
  ),
  facilityMailScanned: z
    .string()
    .optional()
    .transform((value) => value === 'on'),
  facilityScanAddress: optionalText('the scanning address', 300),
  facilityPhotoRules: optionalText('the photo rules', 500),
  facilityVendor: z.enum(MESSAGING_VENDORS, { error: 'Choose the e-messaging service, or none.' }).default('none'),
});

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on');

/** Staff correct a facility with the same fields, plus the notes shown to pen pals and the mail rules letters follow. */
export const facilityEditSchema = newFacilitySchema.extend({
  facilityId: z.string().min(1),
  facilityNotes: optionalText('the notes', 500),
  facilityPostcardsOnly: checkbox,
  facilityMaxPages: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d+$/.test(value), 'Enter the most pages as a whole number, such as 5.')
    .transform((value) => (value ? Number(value) : null))
    .refine(
      (value) => value === null || (value >= 1 && value <= 50),
      'Enter between 1 and 50 pages, or leave it empty for no limit.',
    ),
  facilityNoGreetingCards: checkbox,
  facilityNoPhotos: checkbox,
  facilityRulesCheckedAt: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      date('the date the rules were checked')
        .refine((value) => value.getTime() <= Date.now(), 'The rules cannot have been checked in the future.')
        .optional(),
    )
    .transform((value) => value ?? null),
  facilityRulesSource: z
    .string()
    .trim()
    .max(300, 'Keep the source link to 300 characters or fewer.')
    .optional()
    .transform((value) => value ?? '')
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/.test(value),
      'Enter the source as a web address starting with https://, or leave it empty.',
    ),
});

/** The mail-rule columns a facility stores for the staff form's fields (lib/letters/facility-rules.ts reads them). */
export function facilityRuleColumns(fields: z.infer<typeof facilityEditSchema>) {
  return {
    postcardsOnly: fields.facilityPostcardsOnly,
    maxPages: fields.facilityMaxPages,
    noGreetingCards: fields.facilityNoGreetingCards,
    photosAccepted: !fields.facilityNoPhotos,
    rulesCheckedAt: fields.facilityRulesCheckedAt,
    rulesSource: fields.facilityRulesSource,
  };
}

/** The columns a facility stores for its fields. */
export function facilityColumns(fields: NewFacility) {
  return {
    name: fields.facilityName,
    state: fields.facilityState,
    addressLines: fields.facilityAddress
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    mailScanned: fields.facilityMailScanned,
    scanAddressLines: fields.facilityScanAddress,
    photoRules: fields.facilityPhotoRules ?? '',
    messagingVendor: fields.facilityVendor,
  };
}

export const submitterSchema = z.object({
  submitterName: text('your name', 100),
  submitterEmail: z
    .string({ error: 'Please enter your email address.' })
    .trim()
    .min(1, 'Please enter your email address.')
    .pipe(z.email('Enter an email address such as name@example.org.'))
    .transform((value) => value.toLowerCase()),
  submitterRelationship: z.enum(RELATIONSHIPS, { error: 'Choose how you know them.' }),
  consent: z.literal('on', { error: 'We can only list someone who has agreed to it. Tick the box once they have.' }),
});

export type ProfileFields = z.infer<typeof profileFieldsSchema>;
export type NewFacility = z.infer<typeof newFacilitySchema>;

/** Every form field the profile form echoes back on an error, so nothing typed is lost. */
export const PROFILE_FORM_FIELDS = [
  ...Object.keys(profileFieldsSchema.shape),
  // The dates' three boxes, so a failed submission keeps what was typed in each.
  ...['birthDate', 'releaseDate'].flatMap((name) => [`${name}Day`, `${name}Month`, `${name}Year`]),
  ...Object.keys(newFacilitySchema.shape),
  ...Object.keys(submitterSchema.shape),
] as const;

/** The columns a profile stores for its fields, and the tag rows the directory filters on. */
export function profileColumns(fields: ProfileFields) {
  const interests = [
    ...fields.interests,
    ...fields.ownInterests.filter((own) => !(fields.interests as string[]).includes(own)),
  ];
  return {
    data: {
      displayName: fields.displayName,
      legalName: fields.legalName,
      inmateNumber: fields.inmateNumber,
      housingUnit: fields.housingUnit,
      facilityId: fields.facilityId,
      birthDate: fields.birthDate,
      gender: fields.gender,
      raceEthnicity: fields.raceEthnicity,
      releaseDate: fields.releaseDate,
      offense: fields.offense,
      bio: fields.bio,
      interests: interests.join(','),
      interestBits: interestBitsOf(interests),
      seeking: fields.seeking.join(','),
      languages: fields.languages.join(','),
    },
    tags: [
      ...interests.map((value) => ({ kind: 'interest', value })),
      ...fields.seeking.map((value) => ({ kind: 'seeking', value })),
      ...fields.languages.map((value) => ({ kind: 'language', value })),
    ],
  };
}
