import Link from 'next/link';
import { ResendVerificationForm } from '@/components/account/ResendVerificationForm';
import type { SessionUser } from '@/lib/auth/session';
import { threadWithProfile } from '@/lib/letters/composer-queries';
import { FINAL_STOP_REASONS } from '@/lib/letters/threads';
import { writingBlock, type WritingTarget } from '@/lib/letters/writable';
import { listingRules } from '@/lib/profiles/listing-rules';
import { StartLetterForm } from './StartLetterForm';

type Props = { user: SessionUser | null; profile: WritingTarget & { id: string; slug: string } };

/**
 * The profile page's way to write: a button for a pen pal (with the email confirmation for an unverified one, who may
 * draft but not send), sign-in for a visitor, and the reason when letters cannot go to this person now. Staff see nothing.
 */
export async function WriteLetter({ user, profile }: Props) {
  const name = profile.displayName;
  if (!user)
    return (
      <Link href={`/signin?next=${encodeURIComponent(`/profiles/${profile.slug}`)}`} className="btn-primary">
        Sign in to write to {name}
      </Link>
    );
  if (user.role !== 'penpal') return null;
  const thread = await threadWithProfile(user, profile.id);
  const { hiddenStates } = await listingRules();
  const block = writingBlock(
    profile,
    thread && { ...thread, opened: thread._count.letters > 0 },
    undefined,
    hiddenStates,
  );
  // Stopped by the pen pal: they may start again. Stopped at the person's own request: they may not.
  if (block?.reason === 'stopped' && !FINAL_STOP_REASONS.includes(thread?.stopReason ?? ''))
    return (
      <div className="space-y-2">
        <p>{block.message}</p>
        <Link prefetch={false} href={`/inbox/${thread!.id}`} className="btn-secondary">
          Restart writing to {name}
        </Link>
      </div>
    );
  if (block) return <p className="rounded-md border-l-4 border-amber bg-amber-50 px-4 py-3">{block.message}</p>;
  const start = <StartLetterForm profileId={profile.id} name={name} hasDraft={(thread?.letters.length ?? 0) > 0} />;
  // An unconfirmed pen pal may write and keep drafts; only sending waits for the confirmed address.
  if (!user.emailVerified)
    return (
      <div className="space-y-3">
        {start}
        <p>
          <strong>Confirm your email address to send letters to {name}.</strong> You can write now and keep it as a
          draft. We sent a link to <span className="break-all">{user.email}</span>.
        </p>
        <ResendVerificationForm />
      </div>
    );
  return start;
}
