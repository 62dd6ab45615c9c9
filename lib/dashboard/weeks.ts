// Pure arithmetic for the dashboard's charts: weeks (Monday to Sunday, UTC), counting into them, medians.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Mondays (00:00 UTC) of the `count` weeks up to and including the week of `now`, oldest first. */
export function weekStarts(now: Date, count: number): Date[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: count }, (_, i) => new Date(monday - (count - 1 - i) * 7 * DAY_MS));
}

/** Index of the week `date` falls in, or -1 outside them. */
function weekIndex(weeks: readonly Date[], date: Date): number {
  const first = weeks[0]!.getTime();
  const index = Math.floor((date.getTime() - first) / (7 * DAY_MS));
  return index >= 0 && index < weeks.length ? index : -1;
}

/** How many of `dates` fall in each week. */
export function countByWeek(weeks: readonly Date[], dates: readonly Date[]): number[] {
  const counts = weeks.map(() => 0);
  for (const date of dates) {
    const index = weekIndex(weeks, date);
    if (index >= 0) counts[index]! += 1;
  }
  return counts;
}

/** The median of `values`, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Per week, the median of the values whose date falls in it (null for a week without any). */
export function medianByWeek(weeks: readonly Date[], items: readonly { at: Date; value: number }[]): (number | null)[] {
  const buckets = weeks.map(() => [] as number[]);
  for (const item of items) {
    const index = weekIndex(weeks, item.at);
    if (index >= 0) buckets[index]!.push(item.value);
  }
  return buckets.map(median);
}

/** The first days (UTC) of the `count` months up to and including the month of `now`, oldest first. */
export function monthStarts(now: Date, count: number): Date[] {
  return Array.from(
    { length: count },
    (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1)),
  );
}

/** Sums `items` into the months starting at `months`. */
export function sumByMonth(months: readonly Date[], items: readonly { at: Date; value: number }[]): number[] {
  const sums = months.map(() => 0);
  for (const item of items) {
    const key = item.at.getUTCFullYear() * 12 + item.at.getUTCMonth();
    const index = months.findIndex((month) => month.getUTCFullYear() * 12 + month.getUTCMonth() === key);
    if (index >= 0) sums[index]! += item.value;
  }
  return sums;
}

export const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;
