/**
 * Local shift reminders (issue #6, item 8): when to remind the agent before each upcoming shift,
 * and whether this browser can show a reminder at all. No push service: the app schedules the
 * reminders itself while it runs, so both answers are plain data for the feature to act on.
 */
import type { Shift } from './shift';

export interface ShiftReminder {
  /** `${shiftId}:${remindAt}`: a moved shift gets a new reminder, a repeated run the same one. */
  id: string;
  shiftId: string;
  revision: number;
  /** ISO instant the shift's first segment starts. */
  shiftStart: string;
  /** ISO instant to remind: the first segment's start less the lead time. */
  remindAt: string;
  /** The lead time has already begun (`remindAt` is not after `now`): remind at once. */
  isDue: boolean;
}

const MINUTE_MS = 60_000;

/** When the shift's first segment starts (the shift's `start` when it has no segments). */
function firstStart(shift: Shift): number {
  const starts = shift.segments.map((segment) => Date.parse(segment.start));
  return starts.length > 0 ? Math.min(...starts) : Date.parse(shift.start);
}

/**
 * A reminder for each shift that starts after `now` and is not cancelled, `leadMinutes` before
 * its first segment, soonest first. A lead that is negative or not a number counts as 0.
 * @example nextReminders(shifts, '2026-11-22T00:00:00Z', 30) // 08:30 for a 09:00 start
 */
export function nextReminders(
  shifts: readonly Shift[],
  now: string,
  leadMinutes: number,
): ShiftReminder[] {
  const nowMs = Date.parse(now);
  const leadMs = (Number.isFinite(leadMinutes) ? Math.max(0, leadMinutes) : 0) * MINUTE_MS;
  return shifts
    .filter((shift) => shift.status !== 'cancelled')
    .map((shift) => ({ shift, startMs: firstStart(shift) }))
    .filter(({ startMs }) => startMs > nowMs)
    .map(({ shift, startMs }) => {
      const remindAt = new Date(startMs - leadMs).toISOString();
      return {
        id: `${shift.id}:${remindAt}`,
        shiftId: shift.id,
        revision: shift.revision,
        shiftStart: new Date(startMs).toISOString(),
        remindAt,
        isDue: startMs - leadMs <= nowMs,
      };
    })
    .sort((a, b) => a.remindAt.localeCompare(b.remindAt) || a.shiftId.localeCompare(b.shiftId));
}

/** The browser's notification permission (`Notification.permission`). */
export type NotificationPermissionState = 'default' | 'granted' | 'denied';

/**
 * Whether reminders can be shown: `ready`; `permission-needed` (ask first); `denied` (the agent
 * or the browser refused: only the browser's site settings can undo it); `unsupported`.
 */
export type ReminderSupport = 'ready' | 'permission-needed' | 'denied' | 'unsupported';

export interface ReminderCapabilities {
  /** `'Notification' in window`. */
  hasNotification: boolean;
  permission: NotificationPermissionState;
  /** A service worker registration is available (`'serviceWorker' in navigator`). */
  hasServiceWorker: boolean;
}

/**
 * What the reminder settings can offer on this browser. A service worker is required because
 * the app shows reminders through `registration.showNotification`: mobile Chrome rejects
 * `new Notification()`, and iOS offers notifications only to an installed web app.
 */
export function reminderSupport(capabilities: ReminderCapabilities): ReminderSupport {
  if (!capabilities.hasNotification || !capabilities.hasServiceWorker) return 'unsupported';
  if (capabilities.permission === 'denied') return 'denied';
  if (capabilities.permission === 'default') return 'permission-needed';
  return 'ready';
}
