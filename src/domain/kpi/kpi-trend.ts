/** A metric's trend: one point per calendar day of a range, and the range's overall value. */
import { eachDay } from '../calendar-day';
import type { KpiMetric } from '../policy/project-policy';
import type { KpiDaily } from './kpi-daily';
import { type DayRange, isInRange } from './kpi-periods';
import { measureMetric, sumFigures } from './measure-kpis';

export interface TrendPoint {
  day: string;
  /** `undefined`: no record that day, or the day's figures cannot measure the metric. */
  value: number | undefined;
}

export interface TrendSeries {
  metric: KpiMetric;
  range: DayRange;
  points: TrendPoint[];
  /** The metric over the whole range (sums first), not an average of the points. */
  overall: number | undefined;
}

export function trendSeries(
  records: readonly KpiDaily[],
  metric: KpiMetric,
  range: DayRange,
): TrendSeries {
  const inRange = records.filter((record) => isInRange(record.day, range));
  const byDay = new Map<string, KpiDaily[]>();
  for (const record of inRange) byDay.set(record.day, [...(byDay.get(record.day) ?? []), record]);
  const points = eachDay(range.from, range.to).map((day) => {
    const held = byDay.get(day);
    return { day, value: held ? measureMetric(sumFigures(held), metric) : undefined };
  });
  return { metric, range, points, overall: measureMetric(sumFigures(inRange), metric) };
}
