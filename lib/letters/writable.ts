import { isListed } from '@/lib/profiles/listing';
import { US_STATES } from '@/lib/profiles/vocabulary';
import { PERSON_ASKED_REASON } from './threads';
import type { ProfileStatus } from '@/lib/db/generated/sqlite/enums';

// Whether a pen pal may write to a person now: the one answer the profile's button, the composer and the send action
// share, so none of them lets through a letter the others would refuse.

export type WritingTarget = {
  displayName: string;
  state: string;
  status: ProfileStatus;
  expiresAt: Date | null;
  lettersPausedAt: Date | null;
  facility: { postcardsOnly: boolean };
};

export type WritingBlock = {
  reason: 'unlisted' | 'hidden-state' | 'paused' | 'stopped' | 'postcards-only';
  message: string;
};

/**
 * `thread.opened`: a letter of the thread has been sent. `hiddenStates`: the listing rules by state (settings): nobody
 * starts writing to a person held there, as the listing that brought them is not shown; a conversation already under
 * way carries on, as any letter would.
 */
export function writingBlock(
  profile: WritingTarget,
  thread: { stoppedAt: Date | null; stopReason?: string | null; opened?: boolean } | null,
  now = new Date(),
  hiddenStates: readonly string[] = [],
): WritingBlock | null {
  const name = profile.displayName;
  if (!isListed(profile, now))
    return {
      reason: 'unlisted',
      message: `${name} is no longer listed in the directory, so we cannot post letters to them now.`,
    };
  if (hiddenStates.includes(profile.state) && !thread?.opened)
    return {
      reason: 'hidden-state',
      message: `${name} is held in ${US_STATES[profile.state] ?? profile.state}, where we do not list people for pen pals, so we cannot start a new conversation with them.`,
    };
  if (profile.lettersPausedAt)
    return {
      reason: 'paused',
      message: `Letters to ${name} are paused while we check their address. Your draft is kept; we will let you know.`,
    };
  if (thread?.stoppedAt)
    return {
      reason: 'stopped',
      message:
        thread.stopReason === PERSON_ASKED_REASON
          ? `${name} asked us to stop the letters, so we cannot send new ones to them.`
          : `You stopped writing to ${name}. Restart writing from your conversation to send letters again.`,
    };
  if (profile.facility.postcardsOnly)
    return {
      reason: 'postcards-only',
      message: `${name}'s facility accepts postcards only, so we cannot post a letter there.`,
    };
  return null;
}
