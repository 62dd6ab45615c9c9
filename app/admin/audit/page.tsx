import type { Metadata } from 'next';
import { Pagination } from '@/components/articles/Pagination';
import { pageRequireRole } from '@/lib/auth/guard';
import { listAuditEntries } from '@/lib/audit/queries';
import { formatDateTime } from '@/lib/format/date';
import { pageParam, type SearchParam } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<{ page?: SearchParam }> };

export default async function AuditPage({ searchParams }: Props) {
  await pageRequireRole('/admin/audit', 'admin');
  const page = pageParam((await searchParams).page);
  const { entries, pageCount } = await listAuditEntries(page);
  return (
    <>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-1 mb-6 text-gray-700">
        Every moderation action, newest first. Entries are never edited or removed. Times in UTC.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b-2 border-gray-300">
              <th scope="col" className="p-2">
                When
              </th>
              <th scope="col" className="p-2">
                Who
              </th>
              <th scope="col" className="p-2">
                Action
              </th>
              <th scope="col" className="p-2">
                Target
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-gray-200">
                <td className="p-2 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                <td className="p-2">{entry.actorEmail}</td>
                <td className="p-2 font-mono">{entry.action}</td>
                <td className="p-2 font-mono">
                  {entry.targetType}:{entry.targetId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} href={(n) => `/admin/audit?page=${n}`} />
    </>
  );
}
