import { firstParam, type SearchParam } from '@/lib/pagination';

// The audit log's filters, read from the URL the same way by the page and by its CSV export. Client-safe.

export type AuditFilters = {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  /** Inclusive days, YYYY-MM-DD in UTC. */
  from: string;
  to: string;
};

export const AUDIT_FILTER_KEYS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Any text is accepted and trimmed to a sane length; a malformed date is ignored rather than an error. */
export function parseAuditFilters(params: Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], SearchParam>>) {
  const text = (value: SearchParam) => (firstParam(value) ?? '').trim().slice(0, 200);
  const day = (value: SearchParam) => {
    const candidate = text(value);
    return DAY.test(candidate) && !Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) ? candidate : '';
  };
  return {
    actor: text(params.actor),
    action: text(params.action),
    targetType: text(params.targetType),
    targetId: text(params.targetId),
    from: day(params.from),
    to: day(params.to),
  } satisfies AuditFilters;
}

/** The filters as URL parameters, empty ones left out. */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, value]) => value !== ''));
  return params.toString();
}

/** Where an entry's target is looked at in the console, if anywhere. */
export function auditTargetHref(targetType: string, targetId: string): string | null {
  switch (targetType) {
    case 'profile':
      return `/admin/profiles/${targetId}`;
    case 'comment':
      return `/admin/comments/${targetId}`;
    case 'user':
      return `/admin/users/${targetId}`;
    case 'report':
      return '/admin/reports?tab=resolved';
    case 'setting':
      return '/admin/settings';
    case 'letter':
      return `/admin/letters/${targetId}`;
    default:
      return null;
  }
}

/** One CSV cell: quoted, and a leading = + - @ defused so a spreadsheet does not run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
