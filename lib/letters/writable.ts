import { isListed } from '@/lib/profiles/listing';
import { PERSON_ASKED_REASON } from './threads';
import type { ProfileStatus } from '@/lib/db/generated/sqlite/enums';

// Whether a pen pal may write to a person now: the one answer the profile's button, the composer and the send action
// share, so none of them lets through a letter the others would refuse.

export type WritingTarget = {
  displayName: string;
  status: ProfileStatus;
  expiresAt: Date | null;
  lettersPausedAt: Date | null;
  facility: { postcardsOnly: boolean };
};

export type WritingBlock = { reason: 'unlisted' | 'paused' | 'stopped' | 'postcards-only'; message: string };

export function writingBlock(
  profile: WritingTarget,
  thread: { stoppedAt: Date | null; stopReason?: string | null } | null,
  now = new Date(),
): WritingBlock | null {
  const name = profile.displayName;
  if (!isListed(profile, now))
    return {
      reason: 'unlisted',
      message: `${name} is no longer listed in the directory, so we cannot post letters to them now.`,
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
