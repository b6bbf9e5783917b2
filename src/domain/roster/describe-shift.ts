import type { Shift } from './shift';

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

/** The calendar day (`YYYY-MM-DD`) of an instant in an IANA time zone. */
export function localDayOf(instant: string, timeZone: string): string {
  return dayFormatter(timeZone).format(new Date(instant));
}

/** Building an Intl formatter costs far more than using one: one per time zone, kept. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
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
