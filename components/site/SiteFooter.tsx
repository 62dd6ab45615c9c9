import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-gray-300 bg-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-serif text-lg font-bold">{site.name}</p>
          <p className="mt-2 text-gray-700">{site.tagline}</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2">
            <li>
              <Link href="/articles">Articles</Link>
            </li>
            <li>
              <Link href="/profiles">Profiles</Link>
            </li>
            <li>
              <Link href="/about">About the program</Link>
            </li>
            <li>
              <Link href="/safety">Safety</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/feed.xml">RSS feed</Link>
            </li>
          </ul>
        </nav>
        <address className="not-italic text-gray-700">
          <span className="font-semibold text-ink">Write to us</span>
          <br />
          {site.returnAddress.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
          <a href={`mailto:${site.contactEmail}`} className="mt-2 inline-block">
            {site.contactEmail}
          </a>
        </address>
      </div>
      <p className="border-t border-gray-200 py-4 text-center text-xs text-gray-600">
        No trackers, no analytics, no third-party scripts.
      </p>
    </footer>
  );
}
