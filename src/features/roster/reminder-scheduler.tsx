import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenWorkspace } from '@/data/workspace-context';
import { nextReminders, reminderSupport } from '@/domain/roster/reminders';
import type { Shift } from '@/domain/roster/shift';
import { formatDate, formatTime } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { readReminderCapabilities, showLocalNotification } from './notification-support';
import { useReminderLead } from './reminder-setting';
import { shiftKindOf } from './shift-text';

const HOUR_MS = 60 * 60 * 1000;
/** Only the next day's reminders get timers; the hourly re-plan picks up later ones. */
const PLAN_AHEAD_MS = 24 * HOUR_MS;
const SHOWN_KEY_PREFIX = 'awb.roster.remindersShown.';
const SHOWN_KEPT = 50;

function wasShown(workspaceId: string, reminderId: string): boolean {
  try {
    const shown = JSON.parse(localStorage.getItem(SHOWN_KEY_PREFIX + workspaceId) ?? '[]');
    return Array.isArray(shown) && shown.includes(reminderId);
  } catch {
    return false;
  }
}

function markShown(workspaceId: string, reminderId: string): void {
  try {
    const shown = JSON.parse(localStorage.getItem(SHOWN_KEY_PREFIX + workspaceId) ?? '[]');
    const list = Array.isArray(shown) ? (shown as string[]) : [];
    localStorage.setItem(
      SHOWN_KEY_PREFIX + workspaceId,
      JSON.stringify([...list, reminderId].slice(-SHOWN_KEPT)),
    );
  } catch {
    // Without storage a reminder may repeat after a reload; better than none.
  }
}

/**
 * Schedules local notifications before upcoming shifts while the app is open (issue #6, item 8).
 * Renders nothing; mount it once where it stays mounted (the app layout) so reminders fire on
 * any screen. Each reminder is shown once per device, even across reloads.
 */
export function ShiftReminderScheduler() {
  const { t, i18n } = useTranslation('roster');
  const { workspace, repositories } = useOpenWorkspace();
  const clock = useClock();
  const [lead] = useReminderLead(workspace.id);
  const [tick, setTick] = useState(0);
  const shifts = useLiveQuery(async (): Promise<Shift[]> => {
    if (lead === 0) return [];
    const now = clock().getTime();
    return repositories.shifts.listStartingBetween(
      new Date(now - HOUR_MS).toISOString(),
      new Date(now + PLAN_AHEAD_MS + lead * 60_000).toISOString(),
    );
  }, [repositories, clock, lead, tick]);

  useEffect(() => {
    const replan = window.setTimeout(() => setTick((value) => value + 1), HOUR_MS);
    return () => window.clearTimeout(replan);
  }, [tick]);

  useEffect(() => {
    if (lead === 0 || !shifts || reminderSupport(readReminderCapabilities()) !== 'ready') return;
    const now = clock();
    const timers = nextReminders(shifts, now.toISOString(), lead)
      .filter((reminder) => Date.parse(reminder.remindAt) - now.getTime() <= PLAN_AHEAD_MS)
      .filter((reminder) => !wasShown(workspace.id, reminder.id))
      .map((reminder) => {
        const shift = shifts.find((candidate) => candidate.id === reminder.shiftId);
        const delay = Math.max(0, Date.parse(reminder.remindAt) - now.getTime());
        return window.setTimeout(() => {
          if (!shift || wasShown(workspace.id, reminder.id)) return;
          markShown(workspace.id, reminder.id);
          void showLocalNotification(t('reminders.notificationTitle'), {
            tag: reminder.id,
            body: t('reminders.notificationBody', {
              kind: t(`kind.${shiftKindOf(shift)}`),
              date: formatDate(reminder.shiftStart, i18n.language, shift.timeZone),
              time: formatTime(reminder.shiftStart, i18n.language, shift.timeZone),
            }),
          });
        }, delay);
      });
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [shifts, lead, clock, workspace.id, t, i18n.language]);

  return null;
}
