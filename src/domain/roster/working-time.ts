/**
 * The working-time check (issue #6): one agent's paid time per working day, ISO week and month
 * against the policy's limits, the rest between consecutive stretches of work, and the idle gaps
 * inside split shifts. Time comes from the agent's own clock records where complete, else from
 * the schedule, by the same rule as pay reconciliation (`paidTimeOf`).
 */
import { localDayOf } from '../zoned-time';
import type { ClockRecord, Shift } from './shift';
import { clockedTimeOf, paidTimeOf, workGapsOf } from './shift-gaps';
import { minutesOfMs, totalMs, type Interval } from './time-intervals';
import type { WorkingTimeLimits } from './working-time-limits';

export type WorkingTimeFinding =
  | {
      code: 'working-time/day-over-limit';
      day: string;
      minutes: number;
      limitMinutes: number;
      /** The shifts worked that day (empty when only unscheduled clocked work). */
      shiftIds: string[];
    }
  | {
      code: 'working-time/week-over-limit';
      /** ISO week, `YYYY-Www`. */
      week: string;
      minutes: number;
      limitMinutes: number;
    }
  | {
      code: 'working-time/month-overtime-over-limit';
      /** `YYYY-MM`. */
      month: string;
      overtimeMinutes: number;
      limitMinutes: number;
    }
  | {
      code: 'working-time/rest-too-short';
      /** The stretch of work after the rest and the one before (`null`: unscheduled clocked work). */
      shiftId: string | null;
      previousShiftId: string | null;
      /** ISO instants: end of the earlier stretch of work, start of the next. */
      start: string;
      end: string;
      minutes: number;
      limitMinutes: number;
    }
  | {
      code: 'working-time/split-gap-too-long';
      shiftId: string;
      day: string;
      start: string;
      end: string;
      minutes: number;
      limitMinutes: number;
    };

export type WorkingTimeCode = WorkingTimeFinding['code'];

/** One stretch of work: a shift's paid time, or a session clocked with no shift. */
interface WorkPeriod {
  shiftId: string | null;
  day: string;
  paidMinutes: number;
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

function isoOf(time: number): string {
  return new Date(time).toISOString();
}

/** The ISO 8601 week (`YYYY-Www`, weeks start on Monday) a `YYYY-MM-DD` day falls in. */
export function isoWeekOf(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  const weekday = new Date(time).getUTCDay() || 7;
  const thursday = new Date(time + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Unscheduled clocked sessions: records naming no shift, cut at each `work-start`. */
function unscheduledSessions(records: readonly ClockRecord[], timeZone: string): WorkPeriod[] {
  const sorted = [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const chunks: ClockRecord[][] = [];
  for (const record of sorted) {
    if (record.kind === 'work-start') chunks.push([record]);
    else chunks.at(-1)?.push(record);
  }
  return chunks.flatMap((chunk) => {
    const clocked = clockedTimeOf(chunk);
    const first = clocked?.work[0];
    const last = clocked?.work.at(-1);
    if (!clocked || !first || !last) return [];
    return [
      {
        shiftId: null,
        day: localDayOf(isoOf(first.start), timeZone),
        // No meal break is scheduled, so clocked breaks are paid rest, as in pay reconciliation.
        paidMinutes: minutesOfMs(totalMs(clocked.work)),
        start: first.start,
        end: last.end,
      },
    ];
  });
}

function addTo(map: Map<string, number>, key: string, minutes: number): void {
  map.set(key, (map.get(key) ?? 0) + minutes);
}

/**
 * Findings against the limits, each with its figures, in order: days, weeks, months, rests,
 * split gaps, each chronological. Counts one agent's shifts that are not cancelled or absent
 * (future ones by their schedule, so a roster that breaks the limits shows before it is worked),
 * their clock records that were not rejected, and sessions clocked with no shift, which fall on
 * their local day in `timeZone`. A shift's time belongs to its working day (`shift.day`), so an
 * overnight shift counts whole on the day it starts; overtime is paid time beyond `dailyMinutes`
 * on a day. Shifts that overlap have no rest between them and are left to shift validation.
 */
export function checkWorkingTime(
  shifts: readonly Shift[],
  clockRecords: readonly ClockRecord[],
  limits: WorkingTimeLimits,
  timeZone: string,
): WorkingTimeFinding[] {
  const counted = shifts.filter(
    (shift) => shift.status !== 'cancelled' && shift.status !== 'absent',
  );
  const countedIds = new Set(counted.map((shift) => shift.id));
  const recordsByShift = new Map<string, ClockRecord[]>();
  const unscheduled: ClockRecord[] = [];
  for (const record of clockRecords) {
    if (record.syncState === 'rejected') continue;
    if (record.shiftId === null) unscheduled.push(record);
    else if (countedIds.has(record.shiftId)) {
      const list = recordsByShift.get(record.shiftId);
      if (list) list.push(record);
      else recordsByShift.set(record.shiftId, [record]);
    }
  }

  const findings: WorkingTimeFinding[] = [];
  const periods: WorkPeriod[] = [];
  const gapFindings: Extract<WorkingTimeFinding, { code: 'working-time/split-gap-too-long' }>[] =
    [];
  for (const shift of counted) {
    const own = (recordsByShift.get(shift.id) ?? []).filter(
      (record) => record.agentId === shift.agentId,
    );
    const paid = paidTimeOf(shift, own);
    const first = paid.workIntervals[0];
    const last = paid.workIntervals.at(-1);
    if (!first || !last) continue;
    periods.push({
      shiftId: shift.id,
      day: shift.day,
      paidMinutes: paid.minutes,
      start: first.start,
      end: last.end,
    });
    for (const gap of workGapsOf(paid)) {
      if (gap.minutes > limits.maxSplitGapMinutes)
        gapFindings.push({
          code: 'working-time/split-gap-too-long',
          shiftId: shift.id,
          day: shift.day,
          start: gap.start,
          end: gap.end,
          minutes: gap.minutes,
          limitMinutes: limits.maxSplitGapMinutes,
        });
    }
  }
  periods.push(...unscheduledSessions(unscheduled, timeZone));
  periods.sort((a, b) => a.start - b.start || a.end - b.end);

  const minutesByDay = new Map<string, number>();
  const shiftIdsByDay = new Map<string, string[]>();
  for (const period of periods) {
    addTo(minutesByDay, period.day, period.paidMinutes);
    if (period.shiftId !== null) {
      const ids = shiftIdsByDay.get(period.day);
      if (ids) ids.push(period.shiftId);
      else shiftIdsByDay.set(period.day, [period.shiftId]);
    }
  }
  const days = [...minutesByDay.keys()].sort();
  const minutesByWeek = new Map<string, number>();
  const overtimeByMonth = new Map<string, number>();
  for (const day of days) {
    const minutes = minutesByDay.get(day)!;
    addTo(minutesByWeek, isoWeekOf(day), minutes);
    addTo(overtimeByMonth, day.slice(0, 7), Math.max(minutes - limits.dailyMinutes, 0));
    if (minutes > limits.dailyMinutes)
      findings.push({
        code: 'working-time/day-over-limit',
        day,
        minutes,
        limitMinutes: limits.dailyMinutes,
        shiftIds: shiftIdsByDay.get(day) ?? [],
      });
  }
  for (const week of [...minutesByWeek.keys()].sort()) {
    const minutes = minutesByWeek.get(week)!;
    if (minutes > limits.weeklyMinutes)
      findings.push({
        code: 'working-time/week-over-limit',
        week,
        minutes,
        limitMinutes: limits.weeklyMinutes,
      });
  }
  for (const month of [...overtimeByMonth.keys()].sort()) {
    const overtimeMinutes = overtimeByMonth.get(month)!;
    if (overtimeMinutes > limits.monthlyOvertimeMinutes)
      findings.push({
        code: 'working-time/month-overtime-over-limit',
        month,
        overtimeMinutes,
        limitMinutes: limits.monthlyOvertimeMinutes,
      });
  }

  let previous: WorkPeriod | undefined;
  for (const period of periods) {
    if (previous && period.start >= previous.end) {
      const rest: Interval = { start: previous.end, end: period.start };
      const minutes = minutesOfMs(rest.end - rest.start);
      if (minutes < limits.minRestMinutes)
        findings.push({
          code: 'working-time/rest-too-short',
          shiftId: period.shiftId,
          previousShiftId: previous.shiftId,
          start: isoOf(rest.start),
          end: isoOf(rest.end),
          minutes,
          limitMinutes: limits.minRestMinutes,
        });
    }
    if (!previous || period.end > previous.end) previous = period;
  }

  gapFindings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return [...findings, ...gapFindings];
}
