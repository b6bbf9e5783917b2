import { formatDate, formatTime } from '@/i18n/format';

/** Date and time of an instant, e.g. "Sun, Nov 22 10:00" / "11月22日周日 10:00". */
export function formatInstant(instant: string | Date, language: string, timeZone: string): string {
  return `${formatDate(instant, language, timeZone)} ${formatTime(instant, language, timeZone)}`;
}
