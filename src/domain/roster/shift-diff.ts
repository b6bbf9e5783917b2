/**
 * What changed between two versions of a published shift, whether the change came inside the
 * project's notice period, and the device's `ShiftChange` record for it (issue #6, "changes").
 */
import type { ProjectPolicy } from '../policy/project-policy';
import type { Shift, ShiftBreak, ShiftSegment, ShiftStatus } from './shift';
import type { ShiftChange } from './shift-change';

export type ShiftChangeField =
  | 'start'
  | 'end'
  | 'segments'
  | 'breaks'
  | 'status'
  | 'queue'
  | 'workMode'
  | 'cancelled'
  | 'new'
  | 'removed';

/** One changed field with its value before and after, for the side-by-side view. */
export type ShiftFieldChange =
  | { field: 'start' | 'end'; before: string; after: string }
  | { field: 'segments'; before: ShiftSegment[]; after: ShiftSegment[] }
  | { field: 'breaks'; before: ShiftBreak[]; after: ShiftBreak[] }
  | { field: 'status'; before: ShiftStatus; after: ShiftStatus }
  | { field: 'cancelled'; before: ShiftStatus; after: 'cancelled' }
  | { field: 'queue'; before: string; after: string }
  | { field: 'workMode'; before: Shift['workMode']; after: Shift['workMode'] }
  | { field: 'new'; before: null; after: Shift }
  | { field: 'removed'; before: Shift; after: null };

const HOUR_MS = 3_600_000;

/** Instants compared as instants: `…T01:00:00Z` and `…T01:00:00.000Z` are the same time. */
function isSameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

function byStart<T extends { start: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

function isSameSegments(a: readonly ShiftSegment[], b: readonly ShiftSegment[]): boolean {
  const left = byStart(a);
  const right = byStart(b);
  return (
    left.length === right.length &&
    left.every(
      (segment, index) =>
        isSameInstant(segment.start, right[index]!.start) &&
        isSameInstant(segment.end, right[index]!.end),
    )
  );
}

function isSameBreaks(a: readonly ShiftBreak[], b: readonly ShiftBreak[]): boolean {
  const left = byStart(a);
  const right = byStart(b);
  return (
    left.length === right.length &&
    left.every(
      (entry, index) =>
        entry.kind === right[index]!.kind &&
        isSameInstant(entry.start, right[index]!.start) &&
        isSameInstant(entry.end, right[index]!.end),
    )
  );
}

/**
 * The fields that differ between two versions of one shift, in a fixed order (start, end,
 * segments, breaks, status or cancelled, queue, work mode). `new` when there was no previous
 * version, `removed` when there is no current one, `[]` when nothing the agent sees changed (a
 * bare revision bump). Segments are reported only when either version is split: a one-segment
 * shift's segment is its start and end. A move to `cancelled` is reported as `cancelled`, not
 * as a status change.
 */
export function diffShift(previous: Shift | null, current: Shift | null): ShiftFieldChange[] {
  if (previous === null && current === null) return [];
  if (previous === null) return [{ field: 'new', before: null, after: current! }];
  if (current === null) return [{ field: 'removed', before: previous, after: null }];

  const changes: ShiftFieldChange[] = [];
  if (!isSameInstant(previous.start, current.start))
    changes.push({ field: 'start', before: previous.start, after: current.start });
  if (!isSameInstant(previous.end, current.end))
    changes.push({ field: 'end', before: previous.end, after: current.end });
  const isSplit = previous.segments.length > 1 || current.segments.length > 1;
  if (isSplit && !isSameSegments(previous.segments, current.segments))
    changes.push({
      field: 'segments',
      before: byStart(previous.segments),
      after: byStart(current.segments),
    });
  if (!isSameBreaks(previous.breaks, current.breaks))
    changes.push({
      field: 'breaks',
      before: byStart(previous.breaks),
      after: byStart(current.breaks),
    });
  if (previous.status !== current.status) {
    if (current.status === 'cancelled')
      changes.push({ field: 'cancelled', before: previous.status, after: 'cancelled' });
    else changes.push({ field: 'status', before: previous.status, after: current.status });
  }
  if (previous.queue !== current.queue)
    changes.push({ field: 'queue', before: previous.queue, after: current.queue });
  if (previous.workMode !== current.workMode)
    changes.push({ field: 'workMode', before: previous.workMode, after: current.workMode });
  return changes;
}

/**
 * Whether a change arrived inside the notice period: less than `changeNoticeHours` before the
 * earlier of the old and new start (so moving a shift earlier is judged by its new start). A
 * change that arrives after that start is late too. `false` when neither version exists.
 *
 * @example notice 48 h, old start Fri 09:00, new start Thu 09:00, detected Tue 10:00 → 47 h → late.
 */
export function isLateChange(
  previous: Shift | null,
  current: Shift | null,
  detectedAt: string,
  changeNoticeHours: number,
): boolean {
  const starts = [previous, current]
    .filter((shift): shift is Shift => shift !== null)
    .map((shift) => Date.parse(shift.start));
  if (starts.length === 0) return false;
  const earliestStart = Math.min(...starts);
  return earliestStart - Date.parse(detectedAt) < changeNoticeHours * HOUR_MS;
}

/** Changes that tell the agent nothing new: the employer recording that the shift was worked. */
function isRecordKeepingOnly(changes: readonly ShiftFieldChange[]): boolean {
  return changes.every((change) => change.field === 'status' && change.after === 'worked');
}

/**
 * The device's record of a change a sync brought, or `null` when there is nothing to show: no
 * field the agent sees changed, or only the status moved to `worked`. The id is
 * `${shiftId}:${revision}` of the new version, or `${shiftId}:removed`.
 */
export function buildShiftChange(
  previous: Shift | null,
  current: Shift | null,
  detectedAt: string,
  policy: Pick<ProjectPolicy, 'changeNoticeHours'>,
): ShiftChange | null {
  const shift = current ?? previous;
  if (shift === null) return null;
  const changes = diffShift(previous, current);
  if (isRecordKeepingOnly(changes)) return null;
  return {
    id: current ? `${current.id}:${current.revision}` : `${shift.id}:removed`,
    shiftId: shift.id,
    previous,
    current,
    detectedAt,
    isLate: isLateChange(previous, current, detectedAt, policy.changeNoticeHours),
    acknowledgedAt: null,
  };
}
