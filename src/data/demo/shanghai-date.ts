/**
 * Calendar arithmetic on `YYYY-MM-DD` days and `YYYY-MM` months as lived in Asia/Shanghai. Every
 * computation goes through `Date.UTC` with a fixed +8 h offset (China has had no daylight saving
 * since 1991), so the machine's own time zone never changes a result.
 */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export class DemoDateError extends Error {
  constructor(
    readonly code: 'demo/invalid-day' | 'demo/invalid-month',
    readonly value: string,
  ) {
    super(`${code}: ${value}`);
  }
}

function formatUtcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds of the day's UTC midnight; rejects malformed and impossible days (2026-02-30). */
function utcMidnightOf(day: string): number {
  const match = DAY_PATTERN.exec(day);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || formatUtcDay(ms) !== day)
    throw new DemoDateError('demo/invalid-day', day);
  return ms;
}

/** Returns `day` unchanged when it is a real calendar day, otherwise throws `demo/invalid-day`. */
export function assertDay(day: string): string {
  utcMidnightOf(day);
  return day;
}

export function addDays(day: string, days: number): string {
  return formatUtcDay(utcMidnightOf(day) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function weekdayOf(day: string): number {
  return new Date(utcMidnightOf(day)).getUTCDay();
}

/** Every day from `from` to `to`, both included, oldest first. */
export function eachDay(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, index) => addDays(from, index));
}

export function monthOf(day: string): string {
  return assertDay(day).slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    throw new DemoDateError('demo/invalid-month', month);
  }
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDayOf(month: string): string {
  return assertDay(`${month}-01`);
}

export function lastDayOf(month: string): string {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

/**
 * The ISO UTC instant of a Shanghai wall-clock time, given as minutes after the day's local
 * midnight; values past 1 440 run into the next day.
 * @example shanghaiInstant('2026-11-22', 22 * 60) // '2026-11-22T14:00:00.000Z'
 */
export function shanghaiInstant(day: string, minutesAfterMidnight: number): string {
  const ms = utcMidnightOf(day) + (minutesAfterMidnight - SHANGHAI_OFFSET_MINUTES) * MS_PER_MINUTE;
  return new Date(ms).toISOString();
}

/** The Shanghai calendar day an ISO instant falls on. */
export function shanghaiDayOf(instant: string): string {
  return formatUtcDay(Date.parse(instant) + SHANGHAI_OFFSET_MINUTES * MS_PER_MINUTE);
}
