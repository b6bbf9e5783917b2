/**
 * Calendar arithmetic on `YYYY-MM-DD` days and `YYYY-MM` months for the roster views. Days are
 * zone-free labels: which instants belong to a day is decided by the project's zone elsewhere.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function isDay(text: string | null): text is string {
  return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(toTime(text));
}

export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * DAY_MS);
}

/** 0 = Monday … 6 = Sunday: weeks start on Monday in the project's calendar. */
export function weekdayIndexOf(day: string): number {
  return (new Date(toTime(day)).getUTCDay() + 6) % 7;
}

export function mondayOf(day: string): string {
  return addDays(day, -weekdayIndexOf(day));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function addMonths(month: string, months: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOf(month: string): string {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
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
