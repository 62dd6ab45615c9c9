import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Profiles', alternates: { canonical: '/profiles' } };

// The directory itself arrives with the profiles feature; until then this page says what is coming.
export default function ProfilesPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-4xl font-bold">Profiles</h1>
      <p className="mt-4 text-lg">
        The directory of people inside who would like a pen pal is opening soon. Each profile will show when it was last
        verified, the facility&apos;s mail rules and how to write through our program.
      </p>
      <p className="mt-4">
        In the meantime, read <Link href="/articles/how-to-write-your-first-letter">how to write your first letter</Link> and{' '}
        <Link href="/safety">how we keep pen pals safe</Link>.
      </p>
    </div>
  );
}
