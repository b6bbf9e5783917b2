import { localDayOf } from '../zoned-time';
import type { Shift } from './shift';

/** The calendar day of an instant in a zone, kept here for the screens that import it from here. */
export { localDayOf };

export interface ShiftSummary {
  /** Minutes inside segments, breaks included (breaks are paid or not per policy, later). */
  workMinutes: number;
  /** Idle minutes between consecutive segments of a split shift, in order. */
  gapMinutes: number[];
  isSplit: boolean;
  /** True when the shift ends on a later calendar day than it starts, in the shift's zone. */
  endsNextDay: boolean;
}

const MINUTE_MS = 60_000;

function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / MINUTE_MS);
}

/** Summarises a shift's segments: worked minutes, idle gaps of a split shift, overnight. */
export function describeShift(shift: Shift): ShiftSummary {
  const segments = [...shift.segments].sort((a, b) => a.start.localeCompare(b.start));
  const workMinutes = segments.reduce(
    (total, segment) => total + minutesBetween(segment.start, segment.end),
    0,
  );
  const gapMinutes = segments
    .slice(1)
    .map((segment, index) => minutesBetween(segments[index]!.end, segment.start));
  return {
    workMinutes,
    gapMinutes,
    isSplit: segments.length > 1,
    endsNextDay: localDayOf(shift.end, shift.timeZone) > localDayOf(shift.start, shift.timeZone),
  };
}
