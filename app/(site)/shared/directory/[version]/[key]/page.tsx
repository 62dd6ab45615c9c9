import { DirectoryView, directoryMetadata } from '@/components/directory/DirectoryView';
import { directoryPage } from '@/lib/profiles/queries';
import { filtersOfKey } from '@/lib/profiles/shared-pages';

export const metadata = directoryMetadata;

// The directory as every visitor sees it (see lib/profiles/shared-pages.ts), rendered on first request and shared.
// A listing that expires drops out when the copy is regenerated: as often as a cached directory page (DIRECTORY_TTL_MS).
export const revalidate = 30;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ version: string; key: string }> };

export default async function SharedDirectoryPage({ params }: Props) {
  const filters = filtersOfKey((await params).key);
  const now = new Date();
  const { total, profiles, pageCount, notice } = await directoryPage(filters, now, null);
  return (
    <DirectoryView
      filters={filters}
      total={total}
      profiles={profiles}
      pageCount={pageCount}
      notice={notice}
      now={now}
      match={null}
      savedState={() => null}
    />
  );
}
