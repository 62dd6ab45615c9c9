const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** "September 14, 2026"; accepts an ISO date string or a Date. */
export function formatDate(value: string | Date): string {
  return DATE.format(typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
}

export function formatDateTime(value: Date): string {
  return `${DATE_TIME.format(value)} UTC`;
}

export function isoDate(value: string | Date): string {
  return (typeof value === 'string' ? value : value.toISOString()).slice(0, 10);
}
