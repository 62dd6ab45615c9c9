import { z } from 'zod';
import { LETTER_MAX_LENGTH } from './text-limits';

// What a pen pal's letter forms send: the letter's id and its text.

const TOO_LONG = `Keep your letter to ${LETTER_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`;

const letterId = z.string({ error: 'That letter could not be found.' }).min(1).max(40);

export const startLetterSchema = z.object({ profileId: z.string().min(1).max(40) });
export const letterIdSchema = z.object({ letterId });

/** Saving keeps anything, even an empty draft; only the length is limited. */
export const saveLetterSchema = z.object({
  letterId,
  body: z.string().max(LETTER_MAX_LENGTH, TOO_LONG).default(''),
});

export const submitLetterSchema = z.object({
  letterId,
  body: z
    .string({ error: 'Please write your letter first.' })
    .trim()
    .min(1, 'Please write your letter first.')
    .max(LETTER_MAX_LENGTH, TOO_LONG),
});
