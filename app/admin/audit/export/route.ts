import { auditEntriesForExport } from '@/lib/audit/queries';
import { AUDIT_FILTER_KEYS, csvCell, parseAuditFilters } from '@/lib/audit/filters';
import { AuthorizationError } from '@/lib/auth/errors';

// The audit log as CSV, with the filters of the page it was downloaded from. Admins only, never cached.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const filters = parseAuditFilters(
    Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, url.searchParams.get(key) ?? undefined])),
  );
  let entries;
  try {
    entries = await auditEntriesForExport(filters);
  } catch (error) {
    if (error instanceof AuthorizationError) return new Response('Not found', { status: 404 });
    throw error;
  }
  const header = ['when', 'who', 'action', 'target_type', 'target_id', 'detail'];
  const rows = entries.map((entry) =>
    [entry.createdAt.toISOString(), entry.actorEmail, entry.action, entry.targetType, entry.targetId, entry.detail]
      .map(csvCell)
      .join(','),
  );
  return new Response(`${[header.join(','), ...rows].join('\r\n')}\r\n`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
