/**
 * Fewer shifts or fewer scheduled hours after an escalation. Rates are per week so a short "after"
 * window compares fairly with four weeks before; a drop must be large in share and in absolute
 * terms, so one missing shift of a part-timer is not an alarm.
 */
import type { Shift } from '../roster/shift';
import { productAtLeast, type WatchEvidence, type WatchWindow } from './watch-window';

const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;

/** Shifts (or scheduled hours) per week down by at least this share… */
export const SHIFT_DROP_PERCENT = 25;
/** …and by at least a whole shift, or this many minutes, below what the old rate predicts. */
export const MIN_SHORTFALL_SHIFTS = 1;
export const MIN_SHORTFALL_MINUTES = 4 * 60;

export type WatchedShift = Pick<Shift, 'id' | 'status' | 'segments'>;

/** Shifts starting in `[from, to)`; cancelled shifts are not counted. */
export interface ShiftRate {
  from: string;
  to: string;
  shifts: number;
  scheduledMinutes: number;
  shiftsPerWeek: number;
  scheduledMinutesPerWeek: number;
}

export interface ShiftFinding {
  kind: 'fewer-shifts' | 'fewer-hours';
  before: ShiftRate;
  after: ShiftRate;
  /** The shifts in each window, cancelled ones included: a cancellation is evidence too. */
  evidence: WatchEvidence;
}

/** Compares shifts per week and scheduled minutes per week across the two windows. */
export function compareShifts(
  shifts: readonly WatchedShift[],
  window: WatchWindow,
): ShiftFinding[] {
  const before = shiftRate(shifts, window.beforeFromMs, window.raisedMs);
  const after = shiftRate(shifts, window.raisedMs, window.afterToMs);
  const evidence = { before: before.ids, after: after.ids };
  const findings: ShiftFinding[] = [];
  if (hasDropped(before.rate.shifts, after.rate.shifts, window, MIN_SHORTFALL_SHIFTS)) {
    findings.push({ kind: 'fewer-shifts', before: before.rate, after: after.rate, evidence });
  }
  const minutesBefore = before.rate.scheduledMinutes;
  if (hasDropped(minutesBefore, after.rate.scheduledMinutes, window, MIN_SHORTFALL_MINUTES)) {
    findings.push({ kind: 'fewer-hours', before: before.rate, after: after.rate, evidence });
  }
  return findings;
}

/**
 * True when the after rate is at least `SHIFT_DROP_PERCENT` below the before rate and the shortfall
 * against the before rate comes to at least `minShortfall` (in the unit of the totals).
 */
function hasDropped(
  totalBefore: number,
  totalAfter: number,
  window: WatchWindow,
  minShortfall: number,
): boolean {
  const beforeMs = window.raisedMs - window.beforeFromMs;
  const afterMs = window.afterToMs - window.raisedMs;
  // after / afterMs ≤ (100 − drop)% · before / beforeMs
  const droppedEnough = productAtLeast(
    (100 - SHIFT_DROP_PERCENT) * totalBefore,
    afterMs,
    100 * totalAfter,
    beforeMs,
  );
  // before · afterMs / beforeMs − after ≥ minShortfall
  const shortfall = BigInt(totalBefore) * BigInt(afterMs) - BigInt(totalAfter) * BigInt(beforeMs);
  return totalBefore > 0 && droppedEnough && shortfall >= BigInt(minShortfall) * BigInt(beforeMs);
}

function shiftRate(
  shifts: readonly WatchedShift[],
  fromMs: number,
  toMs: number,
): { rate: ShiftRate; ids: string[] } {
  const ids: string[] = [];
  let count = 0;
  let minutes = 0;
  for (const shift of shifts) {
    // The first segment's start places the shift: an instant, unlike `day` (a local date).
    const startMs = Math.min(...shift.segments.map((segment) => Date.parse(segment.start)));
    if (!(startMs >= fromMs && startMs < toMs)) continue;
    ids.push(shift.id);
    if (shift.status === 'cancelled') continue;
    count += 1;
    for (const segment of shift.segments) {
      minutes += Math.round((Date.parse(segment.end) - Date.parse(segment.start)) / MINUTE_MS);
    }
  }
  const weeks = (toMs - fromMs) / WEEK_MS;
  return {
    rate: {
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      shifts: count,
      scheduledMinutes: minutes,
      shiftsPerWeek: count / weeks,
      scheduledMinutesPerWeek: minutes / weeks,
    },
    ids,
  };
}
