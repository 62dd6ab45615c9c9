import { z } from 'zod';
import { many } from '@/lib/forms/values';
import { INTERESTS, LANGUAGES, SEEKING } from '@/lib/profiles/vocabulary';
import { COUNTRIES } from './countries';
import { ABOUT_MAX, DISPLAY_NAME_MAX } from './limits';

// Pen pal account forms. New passwords are checked against the password policy in the actions (it needs the
// dictionary, which stays on the server); here they are only bounded.

export const RULES_VERSION = '2026-11';

const email = z
  .string()
  .trim()
  .min(1, 'Please enter your email address.')
  .max(254, 'Email addresses are at most 254 characters.')
  .pipe(z.email('Enter an email address such as name@example.org.'))
  .transform((value) => value.toLowerCase());

const newPassword = z.string().min(1, 'Please choose a password.').max(1000, 'Use at most 128 characters.');
const currentPassword = z.string().min(1, 'Please enter your current password.').max(1000);

const displayName = z
  .string()
  .trim()
  .min(2, 'Please enter a display name of at least 2 characters.')
  .max(DISPLAY_NAME_MAX, `Keep your display name to ${DISPLAY_NAME_MAX} characters or fewer.`)
  // People inside see this name on every letter: an address or a handle would put the pen pal in reach.
  .refine((value) => !/@|https?:|www\./i.test(value), 'Use a name, not an email or web address.');

const chosen = <T extends readonly [string, ...string[]]>(options: T) =>
  many(z.enum(options)).transform((list) => [...new Set(list)]);

const profileFields = {
  name: displayName,
  country: z.enum(COUNTRIES, 'Choose the country you live in.'),
  interests: chosen(INTERESTS).refine(
    (list) => list.length > 0,
    'Choose at least one interest: it is how we find you common ground.',
  ),
  languages: chosen(LANGUAGES).refine((list) => list.length > 0, 'Choose at least one language you write in.'),
  offers: chosen(SEEKING),
};

export const signUpSchema = z.object({
  ...profileFields,
  email,
  password: newPassword,
  adult: z.literal('on', 'You must be 18 or older to write to someone through the program.'),
  rules: z.literal('on', 'Please read and accept the program’s rules.'),
  // Spam signals: a field people never see, and the form stamp (checked in the action).
  company: z.string().optional().default(''),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const accountSettingsSchema = z.object({
  ...profileFields,
  about: z
    .string()
    .trim()
    .max(ABOUT_MAX, `Keep this to ${ABOUT_MAX.toLocaleString('en-US')} characters or fewer.`),
});

export const emailOnlySchema = z.object({ email });

export const resetPasswordSchema = z.object({ token: z.string().min(1).max(100), password: newPassword });

export const changePasswordSchema = z.object({ currentPassword, password: newPassword });

export const changeEmailSchema = z.object({ email, currentPassword });

export const confirmWithPasswordSchema = z.object({ currentPassword });

export const tokenSchema = z.object({ token: z.string().min(1).max(100) });

export const sessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });
