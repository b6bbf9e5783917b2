/**
 * Time inside one shift: the idle gaps between a split shift's segments, and its paid time, from
 * the schedule or, when the agent's own clock records for it are complete, from those (their own
 * record wins, as in pay reconciliation).
 */
import type { ClockRecord, Shift } from './shift';
import {
  intervalOf,
  intersectIntervals,
  mergeIntervals,
  minutesOfMs,
  subtractIntervals,
  totalMs,
  type Interval,
} from './time-intervals';

/** Idle time between two consecutive segments of a split shift. */
export interface ShiftGap {
  /** ISO instants: the end of the earlier segment and the start of the next. */
  start: string;
  end: string;
  minutes: number;
}

function isoOf(time: number): string {
  return new Date(time).toISOString();
}

/** Segments as sorted, disjoint intervals. */
export function segmentIntervalsOf(shift: Shift): Interval[] {
  return mergeIntervals(shift.segments.map((segment) => intervalOf(segment.start, segment.end)));
}

function gapsBetween(intervals: readonly Interval[]): ShiftGap[] {
  return intervals.slice(1).map((next, index) => {
    const start = intervals[index]!.end;
    return {
      start: isoOf(start),
      end: isoOf(next.start),
      minutes: minutesOfMs(next.start - start),
    };
  });
}

/**
 * The gaps between a shift's segments, in order: none for a one-segment shift.
 *
 * @example 08:00–12:00 and 16:00–20:00 → one gap 12:00–16:00 of 240 minutes.
 */
export function segmentGapsOf(shift: Shift): ShiftGap[] {
  return gapsBetween(segmentIntervalsOf(shift));
}

function mealIntervalsOf(shift: Shift): Interval[] {
  return shift.breaks
    .filter((entry) => entry.kind === 'meal')
    .map((entry) => intervalOf(entry.start, entry.end));
}

/**
 * Paid minutes of a shift by its schedule: its segments less meal breaks (rest breaks are paid).
 * A meal break counts only where it lies inside a segment.
 */
export function paidMinutesOf(shift: Shift): number {
  return minutesOfMs(totalMs(subtractIntervals(segmentIntervalsOf(shift), mealIntervalsOf(shift))));
}

/** Work and break time read from clock records. */
export interface ClockedTime {
  work: Interval[];
  breaks: Interval[];
}

/**
 * Work and break intervals from one shift's clock records when they are complete: every
 * `work-start` closed by a `work-end`, every `break-start` by a `break-end` inside work, nothing
 * out of order. `null` otherwise, or when there are none (the schedule then stands).
 */
export function clockedTimeOf(records: readonly ClockRecord[]): ClockedTime | null {
  if (records.length === 0) return null;
  const sorted = [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const work: Interval[] = [];
  const breaks: Interval[] = [];
  let state: 'off' | 'working' | 'on-break' = 'off';
  let openedAt = 0;
  let breakOpenedAt = 0;
  for (const record of sorted) {
    const at = Date.parse(record.at);
    if (record.kind === 'work-start' && state === 'off') {
      state = 'working';
      openedAt = at;
    } else if (record.kind === 'work-end' && state === 'working') {
      state = 'off';
      work.push({ start: openedAt, end: at });
    } else if (record.kind === 'break-start' && state === 'working') {
      state = 'on-break';
      breakOpenedAt = at;
    } else if (record.kind === 'break-end' && state === 'on-break') {
      state = 'working';
      breaks.push({ start: breakOpenedAt, end: at });
    } else {
      return null;
    }
  }
  return state === 'off' ? { work, breaks } : null;
}

/** A shift's paid time and where it came from. */
export interface PaidTime {
  /** Sorted, disjoint paid intervals (epoch ms). */
  intervals: Interval[];
  minutes: number;
  /** Work intervals before breaks come off, for the gaps between them. */
  workIntervals: Interval[];
  timeSource: 'clock' | 'schedule';
  /** The clock records used, when `timeSource` is `clock`. */
  clockRecordIds?: string[];
}

/**
 * A shift's paid time: segments less meal breaks, or, when the agent's own clock records for the
 * shift (`clock`: that shift's, not rejected) are complete, their work less the clocked breaks
 * that overlap a scheduled meal break (other clocked breaks are paid rest).
 */
export function paidTimeOf(shift: Shift, clock: readonly ClockRecord[]): PaidTime {
  const meals = mealIntervalsOf(shift);
  const clocked = clockedTimeOf(clock);
  if (clocked) {
    const clockedMeals = clocked.breaks.filter(
      (entry) => intersectIntervals([entry], meals).length > 0,
    );
    const workIntervals = mergeIntervals(clocked.work);
    const intervals = subtractIntervals(workIntervals, clockedMeals);
    return {
      intervals,
      minutes: minutesOfMs(totalMs(intervals)),
      workIntervals,
      timeSource: 'clock',
      clockRecordIds: clock.map((record) => record.id),
    };
  }
  const workIntervals = segmentIntervalsOf(shift);
  const intervals = subtractIntervals(workIntervals, meals);
  return {
    intervals,
    minutes: minutesOfMs(totalMs(intervals)),
    workIntervals,
    timeSource: 'schedule',
  };
}

/** The idle gaps between the stretches of work a paid time was read from. */
export function workGapsOf(paid: PaidTime): ShiftGap[] {
  return gapsBetween(paid.workIntervals);
}
