import { z } from 'zod';

// The save button's form. `save` says which way, so a double click or a second tab cannot undo a save.

/** Pages the save button is on; a form may ask to be sent back to one of these, and nowhere else. */
const RETURN_PATH = /^\/(profiles(\/[a-z0-9-]+)?|account\/favourites)$/;
const ANCHOR = /^#[a-z0-9-]*$/;

/**
 * The same-site page (with its query and anchor) a form without JavaScript goes back to after saving, or undefined
 * for anything else, so the form cannot be used to send someone to another site.
 */
export function favouriteReturnPath(value: string | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return undefined;
  const base = 'http://return.invalid';
  const url = new URL(value, base);
  if (url.origin !== base || !RETURN_PATH.test(url.pathname) || (url.hash && !ANCHOR.test(url.hash))) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

export const favouriteSchema = z.object({
  profileId: z.string().min(1).max(64),
  save: z.enum(['1', '0']).transform((value) => value === '1'),
  // Sent only by a browser without JavaScript, which then needs a page to go back to.
  returnTo: z.string().max(2000).optional().transform(favouriteReturnPath),
});
