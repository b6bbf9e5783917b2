/**
 * Every number, amount, date and duration the agent sees is formatted here, through Intl in the
 * active language. Money is formatted from a decimal string built from integer fen, so no
 * floating-point value is ever created for an amount.
 */
import type { Fen } from '@/domain/money';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function fenToDecimalString(amount: Fen): string {
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

export function formatMoney(amount: Fen, language: string): string {
  const formatter = cached(
    `money:${language}`,
    () => new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY' }),
  );
  // Intl accepts exact decimal strings (Intl.NumberFormat v3).
  return formatter.format(fenToDecimalString(amount) as unknown as number);
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 0): string {
  return cached(
    `number:${language}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits }),
  ).format(value);
}

/** `ratio` is a fraction (0.95 → 95 %). */
export function formatPercent(ratio: number, language: string, maximumFractionDigits = 1): string {
  return cached(
    `percent:${language}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits }),
  ).format(ratio);
}

export function formatDate(instant: string | Date, language: string, timeZone: string): string {
  return cached(
    `date:${language}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(language, {
        timeZone,
        weekday: 'short',
        month: 'short',
        day: 'numeric',
      }),
  ).format(new Date(instant));
}

/** A calendar day (`YYYY-MM-DD`), independent of any time zone. */
export function formatDay(day: string, language: string): string {
  return formatDate(`${day}T12:00:00Z`, language, 'UTC');
}

/** A month (`YYYY-MM`). */
export function formatMonth(month: string, language: string): string {
  return cached(
    `month:${language}`,
    () => new Intl.DateTimeFormat(language, { timeZone: 'UTC', year: 'numeric', month: 'long' }),
  ).format(new Date(`${month}-15T12:00:00Z`));
}

export function formatTime(instant: string | Date, language: string, timeZone: string): string {
  return cached(
    `time:${language}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(language, {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(new Date(instant));
}

/** Whole minutes as hours and minutes, e.g. "4 hr, 30 min" / "4小时30分钟". */
export function formatDurationMinutes(totalMinutes: number, language: string): string {
  const hours = Math.trunc(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    cached(
      `unit:${language}:${name}`,
      () => new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }),
    ).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  if (minutes === 0) return unit(hours, 'hour');
  return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

export function formatBytes(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  return cached(
    `bytes:${language}`,
    () =>
      new Intl.NumberFormat(language, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }),
  ).format(megabytes);
}

/** The zone the agent's device is in: times the agent lived (an escalation sent) are shown in it. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
