/** What this browser offers for local notifications, read for `reminderSupport` (domain). */
import type { ReminderCapabilities } from '@/domain/roster/reminders';

export function readReminderCapabilities(): ReminderCapabilities {
  const hasNotification = typeof window !== 'undefined' && 'Notification' in window;
  return {
    hasNotification,
    permission: hasNotification ? Notification.permission : 'default',
    hasServiceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
  };
}

/**
 * Shows a notification through the service worker registration (mobile browsers allow only that),
 * else through the page's `Notification`. Resolves false when neither could show it.
 */
export async function showLocalNotification(
  title: string,
  options: NotificationOptions,
): Promise<boolean> {
  try {
    const registration =
      'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    if (registration) {
      await registration.showNotification(title, options);
      return true;
    }
    if ('Notification' in window && Notification.permission === 'granted') {
      new Notification(title, options);
      return true;
    }
  } catch {
    // A browser that refuses at the last moment: nothing to show.
  }
  return false;
}
