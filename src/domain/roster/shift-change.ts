/**
 * A change to a published shift as the device saw it arrive by sync: the shift before and after
 * (`null` before: a new shift; `null` after: removed), whether it came inside the project's notice
 * period, and when the agent acknowledged it. Device-only: the acknowledgement itself is synced as
 * a `ShiftAcknowledgement` (agent-owned).
 */
import type { Shift } from './shift';

export interface ShiftChange {
  /** `${shiftId}:${revision}` of the new version (`…:removed` for a removal). */
  id: string;
  shiftId: string;
  previous: Shift | null;
  current: Shift | null;
  /** ISO instant the pull applied it. */
  detectedAt: string;
  /** Inside the notice period: less than `changeNoticeHours` before the (earlier) start. */
  isLate: boolean;
  acknowledgedAt: string | null;
}

/** The revision a change concerns: the new version's, or the removed one's. */
export function revisionOf(change: ShiftChange): number {
  return (change.current ?? change.previous)?.revision ?? 0;
}
