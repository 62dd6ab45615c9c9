import Link from 'next/link';
import { pageItems } from '@/lib/pagination';

const item = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 font-semibold no-underline';

/**
 * Previous, the page numbers (pageItems) and next, as links that work without JavaScript. On a phone the numbers take
 * the first row and previous/next the second, so seven items fit in 390 px.
 */
export function NumberedPagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-10 grid grid-cols-2 items-center gap-2 sm:flex sm:justify-between">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary justify-self-start sm:order-first" rel="prev">
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span className="sm:order-first" />
      )}
      <ul className="order-first col-span-2 flex flex-wrap justify-center gap-1 sm:order-none">
        {pageItems(page, pageCount).map((n, index) =>
          n === 'gap' ? (
            <li key={`gap-${index}`} className="inline-flex min-h-11 min-w-6 items-center justify-center text-gray-700">
              <span aria-hidden="true">…</span>
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page ? 'page' : undefined}
                className={
                  n === page
                    ? `${item} bg-brand-700 text-white hover:text-white`
                    : `${item} text-brand-700 hover:bg-brand-50`
                }
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="btn-secondary justify-self-end" rel="next">
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
