import Link from 'next/link';

export function Pagination({
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
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary" rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-gray-700">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="btn-secondary" rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
