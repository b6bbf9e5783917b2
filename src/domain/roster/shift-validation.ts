/**
 * Checks a published shift before it is stored (wire schemas, employer import, pull applier):
 * codes, not sentences, so the screen can say what was wrong (issue #6, "bad input"). Pure and
 * linear in the number of segments and breaks; overlaps between shifts by one sort per agent.
 */
import { isKnownTimeZone } from '../zoned-time';
import type { Shift } from './shift';

export type ShiftProblemCode =
  | 'shift/invalid-instant'
  | 'shift/ends-before-start'
  | 'shift/no-segments'
  | 'shift/segment-ends-before-start'
  | 'shift/segments-overlap'
  | 'shift/segment-outside-shift'
  | 'shift/break-ends-before-start'
  | 'shift/break-outside-segments'
  | 'shift/breaks-overlap'
  | 'shift/unknown-time-zone'
  | 'shift/overlaps-another';

export interface ShiftProblem {
  code: ShiftProblemCode;
  shiftId: string;
  /** The segment or break concerned (its index in the shift's list), where one is. */
  index?: number;
  /** `shift/overlaps-another`: the earlier shift it overlaps. */
  otherShiftId?: string;
}

function isInstant(value: string): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/**
 * Everything wrong with one shift on its own: unreadable instants, an end not after the start
 * (zero length included), segments that run backwards, overlap or leave the shift's span, breaks
 * that run backwards, overlap or fall outside every segment, and a zone the runtime does not know.
 * Segments that touch (one ends as the next starts) are fine. `[]` when the shift is sound.
 */
export function checkShift(shift: Shift): ShiftProblem[] {
  const problems: ShiftProblem[] = [];
  const report = (code: ShiftProblemCode, index?: number) =>
    problems.push(
      index === undefined ? { code, shiftId: shift.id } : { code, shiftId: shift.id, index },
    );

  if (!isKnownTimeZone(shift.timeZone)) report('shift/unknown-time-zone');

  const instants = [
    shift.start,
    shift.end,
    ...shift.segments.flatMap((segment) => [segment.start, segment.end]),
    ...shift.breaks.flatMap((entry) => [entry.start, entry.end]),
  ];
  if (!instants.every(isInstant)) {
    report('shift/invalid-instant');
    return problems;
  }

  const start = Date.parse(shift.start);
  const end = Date.parse(shift.end);
  if (end <= start) report('shift/ends-before-start');
  if (shift.segments.length === 0) report('shift/no-segments');

  const segments = shift.segments.map((segment, index) => ({
    index,
    start: Date.parse(segment.start),
    end: Date.parse(segment.end),
  }));
  for (const segment of segments) {
    if (segment.end <= segment.start) report('shift/segment-ends-before-start', segment.index);
    else if (segment.start < start || segment.end > end)
      report('shift/segment-outside-shift', segment.index);
  }
  const sortedSegments = segments
    .filter((segment) => segment.end > segment.start)
    .sort((a, b) => a.start - b.start);
  sortedSegments.slice(1).forEach((segment, position) => {
    if (segment.start < sortedSegments[position]!.end)
      report('shift/segments-overlap', segment.index);
  });

  const breaks = shift.breaks.map((entry, index) => ({
    index,
    start: Date.parse(entry.start),
    end: Date.parse(entry.end),
  }));
  for (const entry of breaks) {
    if (entry.end <= entry.start) report('shift/break-ends-before-start', entry.index);
    else if (!sortedSegments.some((s) => s.start <= entry.start && entry.end <= s.end))
      report('shift/break-outside-segments', entry.index);
  }
  const sortedBreaks = breaks
    .filter((entry) => entry.end > entry.start)
    .sort((a, b) => a.start - b.start);
  sortedBreaks.slice(1).forEach((entry, position) => {
    if (entry.start < sortedBreaks[position]!.end) report('shift/breaks-overlap', entry.index);
  });

  return problems;
}

/**
 * `checkShift` for each shift, then `shift/overlaps-another` for every pair of one agent's shifts
 * whose spans overlap (reported on the later-starting one). Cancelled shifts, and shifts whose own
 * span is unreadable or reversed, take no part in the overlap check.
 */
export function checkShifts(shifts: readonly Shift[]): ShiftProblem[] {
  const problems = shifts.flatMap(checkShift);

  const byAgent = new Map<string, { id: string; start: number; end: number }[]>();
  for (const shift of shifts) {
    if (shift.status === 'cancelled') continue;
    const start = Date.parse(shift.start);
    const end = Date.parse(shift.end);
    if (!(end > start)) continue;
    const list = byAgent.get(shift.agentId);
    const span = { id: shift.id, start, end };
    if (list) list.push(span);
    else byAgent.set(shift.agentId, [span]);
  }
  for (const spans of byAgent.values()) {
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    // Spans still open at the current start; most rosters keep this at zero or one.
    let open: typeof spans = [];
    for (const span of spans) {
      open = open.filter((earlier) => earlier.end > span.start);
      for (const earlier of open) {
        problems.push({
          code: 'shift/overlaps-another',
          shiftId: span.id,
          otherShiftId: earlier.id,
        });
      }
      open.push(span);
    }
  }
  return problems;
}
