/**
 * Schedule adherence for a working day: how much of the scheduled time the agent spent as the
 * schedule said (working in segments, away during scheduled breaks), read from their own clock
 * records, with late starts, early ends, long breaks and missing records as codes (issue #6).
 */
import type { ClockRecord, Shift } from './shift';
import { segmentIntervalsOf } from './shift-gaps';
import {
  intervalOf,
  intersectIntervals,
  minutesOfMs,
  subtractIntervals,
  totalMs,
  type Interval,
} from './time-intervals';

export type AdherenceIssue =
  /** The shift has begun and the agent recorded nothing for it. */
  | { code: 'adherence/no-records'; shiftId: string }
  /** A record of `kind` should have come before the record at `at` (or, at the end, after it). */
  | { code: 'adherence/missing-record'; shiftId: string; kind: ClockRecord['kind']; at: string }
  | { code: 'adherence/late-start'; shiftId: string; segmentIndex: number; minutes: number }
  | { code: 'adherence/early-end'; shiftId: string; segmentIndex: number; minutes: number }
  /** Records exist, but none shows work inside this (elapsed part of a) segment. */
  | { code: 'adherence/segment-not-worked'; shiftId: string; segmentIndex: number; minutes: number }
  | {
      code: 'adherence/break-over-schedule';
      shiftId: string;
      scheduledMinutes: number;
      takenMinutes: number;
      overMinutes: number;
    };

export interface ShiftAdherence {
  shiftId: string;
  /** Elapsed scheduled time: the shift's segments up to `now`, breaks included. */
  scheduledMinutes: number;
  adherentMinutes: number;
  /** Clocked work less clocked breaks, up to `now`. */
  workedMinutes: number;
  /** Clocked breaks, up to `now`. */
  breakMinutes: number;
}

export interface DayAdherence {
  day: string;
  scheduledMinutes: number;
  adherentMinutes: number;
  /** Adherent / scheduled time, 0–1; `null` when nothing was scheduled yet. */
  ratio: number | null;
  shifts: ShiftAdherence[];
  issues: AdherenceIssue[];
}

interface ClockReading {
  work: Interval[];
  breaks: Interval[];
  missing: { kind: ClockRecord['kind']; at: number }[];
}

/**
 * Reads a shift's clock records forgivingly: a missing record is noted and only time the records
 * prove is credited (an unclosed stretch ends at its last record). A stretch still open while the
 * shift runs (`now` before its end) is ongoing and counted up to `now`.
 */
function readClock(records: readonly ClockRecord[], shiftEnd: number, now: number): ClockReading {
  const sorted = [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const reading: ClockReading = { work: [], breaks: [], missing: [] };
  let state: 'off' | 'working' | 'on-break' = 'off';
  let workOpenedAt = 0;
  let breakOpenedAt = 0;
  let lastWorkingAt = 0;
  const closeWork = (at: number) => {
    reading.work.push({ start: workOpenedAt, end: at });
    state = 'off';
  };
  for (const record of sorted) {
    const at = Date.parse(record.at);
    switch (record.kind) {
      case 'work-start':
        if (state === 'on-break') {
          reading.missing.push({ kind: 'break-end', at });
          closeWork(breakOpenedAt);
        }
        if (state === 'working') {
          reading.missing.push({ kind: 'work-end', at });
          closeWork(lastWorkingAt);
        }
        state = 'working';
        workOpenedAt = at;
        lastWorkingAt = at;
        break;
      case 'work-end':
        if (state === 'off') reading.missing.push({ kind: 'work-start', at });
        if (state === 'on-break') {
          reading.missing.push({ kind: 'break-end', at });
          reading.breaks.push({ start: breakOpenedAt, end: at });
        }
        if (state !== 'off') closeWork(at);
        break;
      case 'break-start':
        if (state === 'off') reading.missing.push({ kind: 'work-start', at });
        if (state === 'on-break') reading.missing.push({ kind: 'break-end', at });
        if (state === 'working') {
          state = 'on-break';
          breakOpenedAt = at;
        }
        break;
      case 'break-end':
        if (state !== 'on-break') reading.missing.push({ kind: 'break-start', at });
        else {
          reading.breaks.push({ start: breakOpenedAt, end: at });
          state = 'working';
          lastWorkingAt = at;
        }
        break;
    }
  }
  if (state !== 'off' && now < shiftEnd) {
    if (state === 'on-break') reading.breaks.push({ start: breakOpenedAt, end: now });
    closeWork(now);
  } else if (state === 'on-break') {
    reading.missing.push({ kind: 'break-end', at: breakOpenedAt });
    reading.missing.push({ kind: 'work-end', at: breakOpenedAt });
    closeWork(breakOpenedAt);
  } else if (state === 'working') {
    reading.missing.push({ kind: 'work-end', at: lastWorkingAt });
    closeWork(lastWorkingAt);
  }
  return reading;
}

function isoOf(time: number): string {
  return new Date(time).toISOString();
}

function measureShift(
  shift: Shift,
  records: readonly ClockRecord[],
  now: number,
): {
  adherence: ShiftAdherence;
  scheduledMs: number;
  adherentMs: number;
  issues: AdherenceIssue[];
} {
  const shiftId = shift.id;
  const elapsed: Interval = { start: Number.NEGATIVE_INFINITY, end: now };
  const segments = intersectIntervals(segmentIntervalsOf(shift), [elapsed]);
  const scheduledBreaks = shift.breaks.map((entry) => intervalOf(entry.start, entry.end));
  const scheduledWork = subtractIntervals(segments, scheduledBreaks);
  const scheduledAway = intersectIntervals(segments, scheduledBreaks);

  const reading = readClock(records, Date.parse(shift.end), now);
  const clockedBreaks = intersectIntervals(reading.breaks, [elapsed]);
  const working = subtractIntervals(intersectIntervals(reading.work, [elapsed]), clockedBreaks);

  const adherentMs =
    totalMs(intersectIntervals(scheduledWork, working)) +
    totalMs(subtractIntervals(scheduledAway, working));
  const scheduledMs = totalMs(segments);

  const issues: AdherenceIssue[] = [];
  if (records.length === 0) issues.push({ code: 'adherence/no-records', shiftId });
  for (const { kind, at } of reading.missing)
    issues.push({ code: 'adherence/missing-record', shiftId, kind, at: isoOf(at) });

  if (records.length > 0) {
    const ordered = [...shift.segments]
      .map((segment, segmentIndex) => ({ segmentIndex, ...intervalOf(segment.start, segment.end) }))
      .sort((a, b) => a.start - b.start);
    for (const { segmentIndex, start, end } of ordered) {
      if (start >= now) continue;
      const inSegment = intersectIntervals(working, [{ start, end: Math.min(end, now) }]);
      const first = inSegment[0];
      const last = inSegment.at(-1);
      if (!first || !last) {
        const minutes = minutesOfMs(Math.min(end, now) - start);
        issues.push({ code: 'adherence/segment-not-worked', shiftId, segmentIndex, minutes });
        continue;
      }
      const lateMinutes = minutesOfMs(first.start - start);
      if (lateMinutes > 0)
        issues.push({ code: 'adherence/late-start', shiftId, segmentIndex, minutes: lateMinutes });
      const earlyMinutes = end <= now ? minutesOfMs(end - last.end) : 0;
      if (earlyMinutes > 0)
        issues.push({ code: 'adherence/early-end', shiftId, segmentIndex, minutes: earlyMinutes });
    }
  }

  const scheduledBreakMinutes = minutesOfMs(totalMs(scheduledBreaks));
  const takenMinutes = minutesOfMs(totalMs(clockedBreaks));
  if (takenMinutes > scheduledBreakMinutes)
    issues.push({
      code: 'adherence/break-over-schedule',
      shiftId,
      scheduledMinutes: scheduledBreakMinutes,
      takenMinutes,
      overMinutes: takenMinutes - scheduledBreakMinutes,
    });

  return {
    adherence: {
      shiftId,
      scheduledMinutes: minutesOfMs(scheduledMs),
      adherentMinutes: minutesOfMs(adherentMs),
      workedMinutes: minutesOfMs(totalMs(working)),
      breakMinutes: takenMinutes,
    },
    scheduledMs,
    adherentMs,
    issues,
  };
}

/**
 * Adherence for one working day (`shift.day`, so an overnight shift counts whole on the day it
 * starts) up to `now`: of the scheduled time elapsed, the part where the agent was working inside
 * a segment or away during a scheduled break. Uses the agent's own clock records bound to each
 * shift (rejected ones and other agents' left out). Cancelled shifts, shifts marked absent (that
 * is attendance, not adherence) and shifts not yet begun take no part.
 */
export function measureAdherence(
  day: string,
  shifts: readonly Shift[],
  clockRecords: readonly ClockRecord[],
  now: string,
): DayAdherence {
  const nowMs = Date.parse(now);
  const dayShifts = shifts
    .filter(
      (shift) =>
        shift.day === day &&
        shift.status !== 'cancelled' &&
        shift.status !== 'absent' &&
        Date.parse(shift.start) < nowMs,
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  let scheduledMs = 0;
  let adherentMs = 0;
  const result: DayAdherence = {
    day,
    scheduledMinutes: 0,
    adherentMinutes: 0,
    ratio: null,
    shifts: [],
    issues: [],
  };
  for (const shift of dayShifts) {
    const records = clockRecords.filter(
      (record) =>
        record.shiftId === shift.id &&
        record.agentId === shift.agentId &&
        record.syncState !== 'rejected',
    );
    const measured = measureShift(shift, records, nowMs);
    scheduledMs += measured.scheduledMs;
    adherentMs += measured.adherentMs;
    result.shifts.push(measured.adherence);
    result.issues.push(...measured.issues);
  }
  result.scheduledMinutes = minutesOfMs(scheduledMs);
  result.adherentMinutes = minutesOfMs(adherentMs);
  result.ratio = scheduledMs > 0 ? adherentMs / scheduledMs : null;
  return result;
}
