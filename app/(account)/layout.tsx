import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { currentUser } from '@/lib/auth/session';
import { headerAccountWithInbox } from '@/lib/letters/inbox-queries';

// These pages are rendered per request anyway, so the header is told who is signed in (it works without JavaScript).
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const account = await headerAccountWithInbox(await currentUser());
  return (
    <>
      <SiteHeader account={account} />
      {/* Sign-in forms are narrow; the signed-in area (app/(account)/account/layout.tsx) needs the room of its menu. */}
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-10 has-[[data-account-area]]:max-w-5xl">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
