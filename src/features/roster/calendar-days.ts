/**
 * Calendar arithmetic on `YYYY-MM-DD` days and `YYYY-MM` months for the roster views. Days are
 * zone-free labels: which instants belong to a day is decided by the project's zone elsewhere.
 */

import { addDays, eachDay, firstDayOf, lastDayOf, monthOf, weekdayOf } from '@/domain/calendar-day';

export { addDays, addMonths, eachDay, firstDayOf, lastDayOf, monthOf } from '@/domain/calendar-day';

export function isDay(text: string | null): text is string {
  return (
    text !== null &&
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`))
  );
}

/** 0 = Monday … 6 = Sunday: weeks start on Monday in the project's calendar. */
export function weekdayIndexOf(day: string): number {
  return (weekdayOf(day) + 6) % 7;
}

export function mondayOf(day: string): string {
  return addDays(day, -weekdayIndexOf(day));
}

/** The month as weeks of seven days, Monday first; days outside the month are `null`. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const weeks: (string | null)[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(
      eachDay(monday, addDays(monday, 6)).map((day) => (monthOf(day) === month ? day : null)),
    );
  }
  return weeks;
}

/**
 * Instants that cover every record of the days [first, last] in any zone: a day more on each
 * side (zones run from UTC−12 to UTC+14). Callers keep only what falls on their days.
 */
export function queryRangeOf(first: string, last: string): { from: string; to: string } {
  return {
    from: `${addDays(first, -2)}T00:00:00.000Z`,
    to: `${addDays(last, 2)}T00:00:00.000Z`,
  };
}
