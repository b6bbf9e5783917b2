/**
 * When the Today screen asks for a readiness report: the next remote shift and the policy's
 * window before it (issue #9). Instants are ISO UTC strings, compared as instants.
 */
import type { ReadinessPolicy } from '../policy/project-policy';
import type { Shift } from '../roster/shift';

/**
 * `not-yet`: before the window; `open`: in the window before the start; `shift-started`: during
 * the shift (a late report is still taken); `ended`: after the shift.
 */
export type ReadinessWindowState = 'not-yet' | 'open' | 'shift-started' | 'ended';

export interface ReadinessWindow {
  opensAt: string;
  shiftStart: string;
  shiftEnd: string;
  state: ReadinessWindowState;
}

const MINUTE_MS = 60_000;

/** The remote shift under way at `now`, or else the next remote one to start; cancelled ones never. */
export function nextRemoteShift(shifts: readonly Shift[], now: Date): Shift | null {
  const at = now.getTime();
  let best: Shift | null = null;
  for (const shift of shifts) {
    if (shift.workMode !== 'remote' || shift.status === 'cancelled') continue;
    if (Date.parse(shift.end) <= at) continue;
    if (best === null || Date.parse(shift.start) < Date.parse(best.start)) best = shift;
  }
  return best;
}

/** The window before `shift` in which the policy asks for a report, and where `now` falls. */
export function readinessWindow(shift: Shift, policy: ReadinessPolicy, now: Date): ReadinessWindow {
  const start = Date.parse(shift.start);
  const end = Date.parse(shift.end);
  const opens = start - Math.max(0, policy.windowMinutesBeforeShift) * MINUTE_MS;
  const at = now.getTime();
  const state: ReadinessWindowState =
    at < opens ? 'not-yet' : at < start ? 'open' : at < end ? 'shift-started' : 'ended';
  return {
    opensAt: new Date(opens).toISOString(),
    shiftStart: new Date(start).toISOString(),
    shiftEnd: new Date(end).toISOString(),
    state,
  };
}
