import 'server-only';
import { cached } from '@/lib/cache/data-cache';
import { db } from '@/lib/db';
import { readSettings } from '@/lib/settings';
import type { Settings } from '@/lib/settings/schema';
import { fillPlaceholders } from '@/lib/settings/placeholders';
import { US_STATES } from './vocabulary';

// Listing rules by state (the settings' `listings` section): some states forbid people in their prisons to advertise
// for pen pals, so the program keeps profiles of people held there out of everything public (the directory, the
// profile page, the photo route) and shows its notice instead. Staff queues ignore the rules: staff still see them.

export type ListingRules = Settings['listings'];

/** Saving the section invalidates the tag (lib/settings/actions.ts), so this only bounds a change made in the database. */
const RULES_TTL_MS = 5 * 60_000;

/** The rules, read once and shared by every request (and by proxy.ts) until an admin saves them. */
export function listingRules(): Promise<ListingRules> {
  return cached('listing-rules', ['listing-rules'], RULES_TTL_MS, async () => (await readSettings(db)).listings);
}

/** Whether profiles of people held in `state` are kept out of public view. */
export function isHiddenState(rules: ListingRules, state: string | null | undefined): boolean {
  return Boolean(state) && rules.hiddenStates.includes(state!);
}

/** The program's notice for a hidden state, with the state's name filled in. */
export function hiddenStateNotice(rules: ListingRules, state: string): string {
  return fillPlaceholders(rules.notice, { state: US_STATES[state] ?? state });
}
