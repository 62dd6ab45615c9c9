import { currentUser } from '@/lib/auth/session';
import { ResendVerificationForm } from './ResendVerificationForm';

/**
 * For a signed-in pen pal whose email address is not confirmed yet: what waits on it, and a way to get a new link.
 * Renders nothing for anyone else, so a page can include it unconditionally.
 */
export async function VerifyEmailBanner() {
  const user = await currentUser();
  if (!user || user.emailVerified) return null;
  return (
    <section
      aria-labelledby="verify-email-banner-title"
      className="space-y-3 rounded-lg border-l-4 border-amber bg-white p-4 shadow-sm"
    >
      <h2 id="verify-email-banner-title" className="text-lg font-bold">
        Please confirm your email address
      </h2>
      <p>
        We sent a link to <strong className="break-all">{user.email}</strong>. Until you open it you can browse profiles
        and save favourites, but your letters wait. The link works for 24 hours.
      </p>
      <ResendVerificationForm />
    </section>
  );
}
