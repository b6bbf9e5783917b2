/**
 * Working days by an official calendar: Saturdays and Sundays are rest days unless the calendar
 * lists them as make-up workdays (调休上班); every day of a holiday block is a rest day. Days are
 * `YYYY-MM-DD` strings; the arithmetic is on the proleptic Gregorian calendar (UTC), never the clock.
 */
import type { ProjectPolicy } from '../policy/project-policy';
import { CN_MAINLAND_CALENDAR } from './cn-mainland-calendar';
import type { HolidayBlock, HolidayCalendar, HolidayName } from './pay-rules';

export { CN_MAINLAND_CALENDAR } from './cn-mainland-calendar';

import { weekdayOf } from '../calendar-day';

export { addDays, addMonths, daysInMonth, weekdayOf } from '../calendar-day';

/** The calendar a policy uses: its own, else the shipped official calendar of mainland China. */
export function calendarOf(policy: ProjectPolicy): HolidayCalendar {
  return policy.payRules.holidayCalendar ?? CN_MAINLAND_CALENDAR;
}

interface CalendarIndex {
  blockOf: Map<string, HolidayBlock>;
  statutory: Set<string>;
  makeUp: Set<string>;
}

const indexes = new WeakMap<HolidayCalendar, CalendarIndex>();

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  const cached = indexes.get(calendar);
  if (cached) return cached;
  const index: CalendarIndex = { blockOf: new Map(), statutory: new Set(), makeUp: new Set() };
  for (const year of calendar.years) {
    for (const block of year.blocks) {
      for (const day of block.days) index.blockOf.set(day, block);
      for (const day of block.statutoryDays) index.statutory.add(day);
    }
    for (const day of year.makeUpWorkdays) index.makeUp.add(day);
  }
  indexes.set(calendar, index);
  return index;
}

/** A make-up workday works; a holiday-block day rests; otherwise Monday to Friday work. */
export function isWorkingDay(day: string, calendar: HolidayCalendar): boolean {
  const index = indexOf(calendar);
  if (index.makeUp.has(day)) return true;
  if (index.blockOf.has(day)) return false;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

/** The holiday block the day belongs to, or `null`. */
export function holidayBlockOn(day: string, calendar: HolidayCalendar): HolidayName | null {
  return indexOf(calendar).blockOf.get(day)?.name ?? null;
}

/** True on a statutory holiday (法定节假日), the days whose work pays the holiday multiplier. */
export function isStatutoryHoliday(day: string, calendar: HolidayCalendar): boolean {
  return indexOf(calendar).statutory.has(day);
}
