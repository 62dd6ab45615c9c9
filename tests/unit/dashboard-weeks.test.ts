import { describe, expect, it } from 'vitest';
import { countByWeek, median, medianByWeek, monthStarts, sumByMonth, weekStarts } from '@/lib/dashboard/weeks';

const at = (iso: string) => new Date(iso);

describe('dashboard weeks', () => {
  it('start on Mondays, oldest first, ending with the current week', () => {
    const weeks = weekStarts(at('2026-11-29T15:00:00Z'), 3); // a Sunday
    expect(weeks.map((week) => week.toISOString().slice(0, 10))).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    expect(weekStarts(at('2026-11-30T00:00:00Z'), 1)[0]!.toISOString().slice(0, 10)).toBe('2026-11-30');
  });

  it('count dates into their week and leave out the rest', () => {
    const weeks = weekStarts(at('2026-11-29T12:00:00Z'), 2);
    const dates = ['2026-11-16T00:00:00Z', '2026-11-22T23:59:59Z', '2026-11-23T00:00:00Z', '2026-11-15T23:59:59Z'];
    expect(countByWeek(weeks, dates.map(at))).toEqual([2, 1]);
  });

  it('take medians per week, null for an empty one', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const weeks = weekStarts(at('2026-11-29T12:00:00Z'), 2);
    expect(
      medianByWeek(weeks, [
        { at: at('2026-11-24T00:00:00Z'), value: 6 },
        { at: at('2026-11-25T00:00:00Z'), value: 2 },
      ]),
    ).toEqual([null, 4]);
  });

  it('sum values into calendar months', () => {
    const months = monthStarts(at('2026-11-29T12:00:00Z'), 3);
    expect(months.map((month) => month.toISOString().slice(0, 7))).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(
      sumByMonth(months, [
        { at: at('2026-10-31T23:00:00Z'), value: 150 },
        { at: at('2026-11-01T00:00:00Z'), value: 76 },
        { at: at('2026-08-31T00:00:00Z'), value: 999 },
      ]),
    ).toEqual([0, 150, 76]);
  });
});
