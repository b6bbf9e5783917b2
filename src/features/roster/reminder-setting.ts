/**
 * The reminder lead time, kept in this device's localStorage per workspace (a device setting: a
 * reminder can only fire on the device that schedules it, so it is never synced).
 */
import { useCallback, useSyncExternalStore } from 'react';

export const REMINDER_LEAD_CHOICES = [0, 15, 30, 60, 120] as const;
export type ReminderLeadMinutes = (typeof REMINDER_LEAD_CHOICES)[number];

const STORAGE_PREFIX = 'awb.roster.reminderLeadMinutes.';
const CHANGE_EVENT = 'awb-reminder-lead-change';

function keyOf(workspaceId: string): string {
  return `${STORAGE_PREFIX}${workspaceId}`;
}

export function readReminderLead(workspaceId: string): ReminderLeadMinutes {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(keyOf(workspaceId));
  } catch {
    return 0;
  }
  const value = Number(stored);
  return (REMINDER_LEAD_CHOICES as readonly number[]).includes(value)
    ? (value as ReminderLeadMinutes)
    : 0;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The lead time (0 = off) and a setter; every mounted user sees a change at once. */
export function useReminderLead(
  workspaceId: string,
): [ReminderLeadMinutes, (lead: ReminderLeadMinutes) => void] {
  const lead = useSyncExternalStore(subscribe, () => readReminderLead(workspaceId));
  const setLead = useCallback(
    (next: ReminderLeadMinutes) => {
      try {
        localStorage.setItem(keyOf(workspaceId), String(next));
      } catch {
        // Storage full or blocked: the choice lasts until the page closes.
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [workspaceId],
  );
  return [lead, setLead];
}
