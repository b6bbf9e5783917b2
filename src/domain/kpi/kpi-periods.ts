/**
 * The scorecard's periods and the trend chart's spans as day ranges, in the agent's own zone:
 * today, this week (Monday first, as in China), this month so far; and the 7, 30 or 90 days
 * that end yesterday (the employer's figures for a day arrive after it ends).
 */
import { addDays, weekdayOf } from '../calendar-day';
import { localDayOf } from '../zoned-time';

export type KpiPeriod = 'today' | 'week' | 'month';
export const KPI_PERIODS: readonly KpiPeriod[] = ['today', 'week', 'month'];

/** `YYYY-MM-DD` days, both included. */
export interface DayRange {
  from: string;
  to: string;
}

export const TREND_SPANS = [7, 30, 90] as const;
export type TrendSpan = (typeof TREND_SPANS)[number];

/** The agent's local day at `now`. */
export function todayIn(now: Date, timeZone: string): string {
  return localDayOf(now.toISOString(), timeZone);
}

export function periodRange(period: KpiPeriod, today: string): DayRange {
  switch (period) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      // weekdayOf: 0 Sunday … 6 Saturday; Monday is the week's first day.
      return { from: addDays(today, -((weekdayOf(today) + 6) % 7)), to: today };
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
  }
}

/** The `span` days that end yesterday. */
export function trendRange(span: TrendSpan, today: string): DayRange {
  return { from: addDays(today, -span), to: addDays(today, -1) };
}

export function isInRange(day: string, { from, to }: DayRange): boolean {
  return day >= from && day <= to;
}
