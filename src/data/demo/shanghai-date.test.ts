import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  assertDay,
  daysBetween,
  eachDay,
  lastDayOf,
  shanghaiDayOf,
  shanghaiInstant,
  weekdayOf,
} from './shanghai-date';

describe('shanghai dates', () => {
  it.each([
    { day: '2026-11-22', minutes: 9 * 60, instant: '2026-11-22T01:00:00.000Z' },
    { day: '2026-11-22', minutes: 22 * 60, instant: '2026-11-22T14:00:00.000Z' },
    { day: '2026-11-22', minutes: 31 * 60, instant: '2026-11-22T23:00:00.000Z' },
    { day: '2026-11-22', minutes: 7 * 60, instant: '2026-11-21T23:00:00.000Z' },
    { day: '2026-12-31', minutes: 24 * 60 + 30, instant: '2026-12-31T16:30:00.000Z' },
  ])('puts $minutes minutes after midnight of $day at $instant', ({ day, minutes, instant }) => {
    expect(shanghaiInstant(day, minutes)).toBe(instant);
  });

  it.each([
    { instant: '2026-11-21T16:00:00.000Z', day: '2026-11-22' },
    { instant: '2026-11-21T15:59:59.999Z', day: '2026-11-21' },
    { instant: '2026-11-22T23:00:00.000Z', day: '2026-11-23' },
  ])('reads $instant as the Shanghai day $day', ({ instant, day }) => {
    expect(shanghaiDayOf(instant)).toBe(day);
  });

  it.each([
    { day: '2026-02-28', days: 1, result: '2026-03-01' },
    { day: '2028-02-28', days: 1, result: '2028-02-29' },
    { day: '2026-01-01', days: -1, result: '2025-12-31' },
    { day: '2026-11-22', days: -90, result: '2026-08-24' },
  ])('adds $days days to $day', ({ day, days, result }) => {
    expect(addDays(day, days)).toBe(result);
    expect(daysBetween(day, result)).toBe(days);
  });

  it.each([
    { month: '2026-01', months: -1, result: '2025-12', lastDay: '2025-12-31' },
    { month: '2026-03', months: -1, result: '2026-02', lastDay: '2026-02-28' },
    { month: '2028-03', months: -1, result: '2028-02', lastDay: '2028-02-29' },
    { month: '2026-11', months: 2, result: '2027-01', lastDay: '2027-01-31' },
  ])('moves $month by $months months to $result', ({ month, months, result, lastDay }) => {
    expect(addMonths(month, months)).toBe(result);
    expect(lastDayOf(result)).toBe(lastDay);
  });

  it('names weekdays from Sunday = 0 and lists days inclusively', () => {
    expect(weekdayOf('2026-11-22')).toBe(0);
    expect(weekdayOf('2026-11-25')).toBe(3);
    expect(eachDay('2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
  });

  it.each(['2026-02-30', '2026-13-01', '26-11-22', '2026-11-22T00:00', ''])(
    'refuses %j as a day',
    (day) => {
      expect(() => assertDay(day)).toThrow('demo/invalid-day');
    },
  );
});
