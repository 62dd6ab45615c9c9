import type { Metadata } from 'next';
import { DirectoryView, directoryMetadata } from '@/components/directory/DirectoryView';
import { interestCounts } from '@/lib/profiles/interest-counts';
import { directoryPageInRange, filtersInRange } from '@/lib/profiles/queries';
import { filtersOfKey } from '@/lib/profiles/shared-pages';

// The directory as every visitor sees it (see lib/profiles/shared-pages.ts), rendered on first request and shared.
// A listing that expires drops out when the copy is regenerated: as often as a cached directory page (DIRECTORY_TTL_MS).
export const revalidate = 30;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ version: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return directoryMetadata(await filtersInRange(filtersOfKey((await params).key)));
}

export default async function SharedDirectoryPage({ params }: Props) {
  const now = new Date();
  const [{ filters, total, profiles, pageCount, notice }, interests] = await Promise.all([
    directoryPageInRange(filtersOfKey((await params).key), now, null),
    interestCounts(now),
  ]);
  return (
    <DirectoryView
      filters={filters}
      total={total}
      profiles={profiles}
      pageCount={pageCount}
      interests={interests}
      notice={notice}
      now={now}
      match={null}
      savedState={() => null}
    />
  );
}
