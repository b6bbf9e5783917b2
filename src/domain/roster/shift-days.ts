/**
 * Where shifts fall on the calendar of a zone: the days a shift touches (a shift crossing midnight
 * shows on both), its wall-clock times on each, and a note when the agent's own zone reads the
 * clock differently from the project's.
 */
import { localDayOf, wallClockOf } from '../zoned-time';
import type { Shift } from './shift';

const DAY_MS = 86_400_000;
/** No zone in use is further than this from UTC (Pacific/Kiritimati is +14:00). */
const MAX_OFFSET_MS = 14 * 3_600_000;

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The local day of the last moment of a half-open span ending at `end` (an ISO instant). */
function lastDayOf(end: string, timeZone: string): string {
  return wallClockOf(Date.parse(end) - 1, timeZone).day;
}

/**
 * The calendar days (`YYYY-MM-DD`, ascending) a shift's span touches in a zone. A shift ending at
 * midnight exactly does not touch the next day.
 *
 * @example 22:00–07:00 Shanghai on 20 Nov → ['2026-11-20', '2026-11-21'].
 */
export function daysOfShift(shift: Shift, timeZone: string = shift.timeZone): string[] {
  const first = localDayOf(shift.start, timeZone);
  const last = lastDayOf(shift.end, timeZone);
  const days = [first];
  for (let day = first; day < last;) {
    day = nextDay(day);
    days.push(day);
  }
  return days;
}

/** A span's wall-clock reading on one day: `00:00` or `24:00` where it runs over midnight. */
export interface WallClockSpan {
  /** `HH:mm`; `00:00` when the span began on an earlier day. */
  start: string;
  /** `HH:mm`; `24:00` when the span goes on into the next day. */
  end: string;
  continuesFromPreviousDay: boolean;
  continuesToNextDay: boolean;
}

/** A shift as it shows on one calendar day of a zone. */
export interface ShiftOnDay extends WallClockSpan {
  shift: Shift;
  day: string;
  /** The segments that touch this day, clipped to it, in order. */
  segments: WallClockSpan[];
}

function spanOnDay(
  start: string,
  end: string,
  day: string,
  timeZone: string,
): WallClockSpan | null {
  const from = wallClockOf(Date.parse(start), timeZone);
  const to = wallClockOf(Date.parse(end), timeZone);
  const lastDay = lastDayOf(end, timeZone);
  if (from.day > day || lastDay < day || Date.parse(end) <= Date.parse(start)) return null;
  const continuesFromPreviousDay = from.day < day;
  const continuesToNextDay = lastDay > day;
  return {
    start: continuesFromPreviousDay ? '00:00' : from.time,
    end: continuesToNextDay || to.day > day ? '24:00' : to.time,
    continuesFromPreviousDay,
    continuesToNextDay,
  };
}

/** How a shift shows on `day` in a zone, or `null` when its span does not touch that day. */
export function shiftOnDay(shift: Shift, day: string, timeZone: string): ShiftOnDay | null {
  const span = spanOnDay(shift.start, shift.end, day, timeZone);
  if (!span) return null;
  const segments = [...shift.segments]
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((segment) => spanOnDay(segment.start, segment.end, day, timeZone))
    .filter((segment): segment is WallClockSpan => segment !== null);
  return { ...span, shift, day, segments };
}

/** The shifts that show on `day` in a zone, in start order, with their times on that day. */
export function shiftsOnDay(shifts: readonly Shift[], day: string, timeZone: string): ShiftOnDay[] {
  return shifts
    .map((shift) => shiftOnDay(shift, day, timeZone))
    .filter((entry): entry is ShiftOnDay => entry !== null)
    .sort((a, b) => Date.parse(a.shift.start) - Date.parse(b.shift.start));
}

/**
 * Shifts by the days they show on, for a week or month view: each shift's days are worked out
 * once, so a month of five years' shifts is one pass. Days without shifts are absent.
 * With `fromDay`/`toDay` (inclusive), days outside are left out.
 */
export function shiftsByDay(
  shifts: readonly Shift[],
  timeZone: string,
  fromDay?: string,
  toDay?: string,
): Map<string, ShiftOnDay[]> {
  const byDay = new Map<string, ShiftOnDay[]>();
  // Cheap cut on instants first: no zone is more than 14 h from UTC, so a shift ending before
  // UTC midnight of `fromDay` less 14 h cannot touch the range (and likewise after `toDay`).
  const earliestEnd =
    fromDay === undefined ? -Infinity : Date.parse(`${fromDay}T00:00:00Z`) - MAX_OFFSET_MS;
  const latestStart =
    toDay === undefined ? Infinity : Date.parse(`${toDay}T00:00:00Z`) + DAY_MS + MAX_OFFSET_MS;
  const sorted = shifts
    .filter((shift) => Date.parse(shift.end) > earliestEnd && Date.parse(shift.start) < latestStart)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const shift of sorted) {
    for (const day of daysOfShift(shift, timeZone)) {
      if ((fromDay !== undefined && day < fromDay) || (toDay !== undefined && day > toDay))
        continue;
      const entry = shiftOnDay(shift, day, timeZone);
      if (!entry) continue;
      const list = byDay.get(day);
      if (list) list.push(entry);
      else byDay.set(day, [entry]);
    }
  }
  return byDay;
}

/** The two readings of the clock when the agent's zone differs from the shift's. */

export { zoneNote, type ZoneNote } from '../zoned-time';
