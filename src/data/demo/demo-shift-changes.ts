/**
 * The demo's shift change (issue #6): the split shift was first published as an ordinary day
 * shift (revision 1) and re-published split (revision 2). `ShiftChange` rows are device-only and
 * the pull applier records none on a first pull (a reset), so the demo workspace gets this one
 * written directly after its first sync, unacknowledged, as if a later pull had brought it.
 * Whether it is late follows the notice rule: it is when the split shift starts within the
 * policy's notice period of `now`.
 */
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { buildShiftChange } from '@/domain/roster/shift-diff';
import type { WorkbenchDb } from '../db';
import { shanghaiInstant } from './shanghai-date';

const HOUR = 60;

/** The split shift as first published: one segment 09:00–18:00 with a meal and a rest break. */
export function firstPublishedVersionOf(split: Shift): Shift {
  const at = (minutes: number) => shanghaiInstant(split.day, minutes);
  return {
    ...split,
    start: at(9 * HOUR),
    end: at(18 * HOUR),
    segments: [{ start: at(9 * HOUR), end: at(18 * HOUR) }],
    breaks: [
      { start: at(12 * HOUR), end: at(13 * HOUR), kind: 'meal' },
      { start: at(15.5 * HOUR), end: at(15.75 * HOUR), kind: 'rest' },
    ],
    revision: 1,
  };
}

/** The demo's change to its split shift, detected at `detectedAt`; `null` without a split shift. */
export function buildDemoShiftChange(
  shifts: readonly Shift[],
  policy: Pick<ProjectPolicy, 'changeNoticeHours'>,
  detectedAt: string,
): ShiftChange | null {
  const split = shifts.find((shift) => shift.segments.length > 1 && shift.revision > 1);
  if (!split) return null;
  return buildShiftChange(firstPublishedVersionOf(split), split, detectedAt, policy);
}

/**
 * Writes the demo's shift change into a demo workspace that has had its first sync, once: a
 * workspace that already has it (acknowledged or not) is left as it is.
 */
export async function seedDemoShiftChange(db: WorkbenchDb, now: Date): Promise<void> {
  await db.transaction('rw', [db.shifts, db.policies, db.shiftChanges], async () => {
    const [shifts, policy] = await Promise.all([
      db.shifts.toArray(),
      db.policies.orderBy('effectiveFrom').last(),
    ]);
    if (!policy) return;
    const change = buildDemoShiftChange(shifts, policy, now.toISOString());
    if (!change || (await db.shiftChanges.get(change.id))) return;
    await db.shiftChanges.add(change);
  });
}
