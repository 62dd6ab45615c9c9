import Link from 'next/link';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { guardedMetadata, pageRequireRole } from '@/lib/auth/guard';
import { AUDIT_FILTER_KEYS, auditQuery, auditTargetHref, parseAuditFilters } from '@/lib/audit/filters';
import { listAuditEntries } from '@/lib/audit/queries';
import { formatDateTime } from '@/lib/format/date';
import { pageParam, type SearchParam } from '@/lib/pagination';

const guard = () => pageRequireRole('/admin/audit', 'admin');
export const generateMetadata = guardedMetadata(guard, { title: 'Audit log' });

type Props = { searchParams: Promise<Partial<Record<(typeof AUDIT_FILTER_KEYS)[number] | 'page', SearchParam>>> };

const FIELDS = [
  { key: 'actor', label: 'Who (email)', type: 'search' },
  { key: 'action', label: 'Action', hint: 'profile. finds every profile action', type: 'search' },
  { key: 'targetType', label: 'Target type', type: 'search' },
  { key: 'targetId', label: 'Target id', type: 'search' },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
] as const;

export default async function AuditPage({ searchParams }: Props) {
  await guard();
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const page = pageParam(params.page);
  const { total, entries, pageCount } = await listAuditEntries(page, filters);
  return (
    <>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-1 text-gray-700">
        Every staff and account action, newest first. Entries are never edited or removed. Times in UTC.
      </p>
      <form method="get" className="card mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((field) => (
          <div key={field.key}>
            <label htmlFor={`audit-${field.key}`} className="label">
              {field.label}
            </label>
            <input
              id={`audit-${field.key}`}
              name={field.key}
              type={field.type}
              defaultValue={filters[field.key]}
              className="input"
              aria-describedby={'hint' in field ? `audit-${field.key}-hint` : undefined}
            />
            {'hint' in field && (
              <p id={`audit-${field.key}-hint`} className="mt-1 text-sm text-gray-700">
                {field.hint}
              </p>
            )}
          </div>
        ))}
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="btn-primary">
            Filter
          </button>
          <Link href="/admin/audit">Clear filters</Link>
          <a href={`/admin/audit/export?${auditQuery(filters)}`} download>
            Download these entries as CSV
          </a>
        </div>
      </form>
      <p className="mt-4" role="status">
        {total === 1 ? '1 entry' : `${total.toLocaleString('en-US')} entries`}
      </p>
      {/* Scrolls sideways on a phone; focusable so a keyboard can scroll it too. */}
      <div className="mt-2 overflow-x-auto" role="region" aria-label="Audit entries" tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-sm">
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
            {entries.map((entry) => {
              const href = auditTargetHref(entry.targetType, entry.targetId);
              const target = `${entry.targetType}:${entry.targetId}`;
              return (
                <tr key={entry.id} className="border-b border-gray-200">
                  <td className="p-2 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                  <td className="p-2 break-all">{entry.actorEmail}</td>
                  <td className="p-2 font-mono">{entry.action}</td>
                  <td className="p-2 font-mono break-all">{href ? <Link href={href}>{target}</Link> : target}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <NumberedPagination
        page={page}
        pageCount={pageCount}
        href={(n) => `/admin/audit?${auditQuery(filters, { page: String(n) })}`}
      />
    </>
  );
}
