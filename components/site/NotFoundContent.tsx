import Link from 'next/link';
import { site } from '@/lib/site';

/** The same title in every section, whatever title template the section's layout sets. */
export const NOT_FOUND_TITLE = { absolute: `Page not found · ${site.name}` };

/** The body of every "Page not found": the layouts around it give the header and footer. */
export function NotFoundContent() {
  return (
    <div className="mx-auto w-full max-w-3xl py-8">
      <h1 className="text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">We could not find that page. It may have moved, or the link may be mistyped.</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link href="/" className="btn-primary">
          Home
        </Link>
        <Link href="/articles" className="btn-secondary">
          Articles
        </Link>
      </p>
    </div>
  );
}
