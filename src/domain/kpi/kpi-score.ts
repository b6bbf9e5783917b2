/**
 * The assessment score built from metrics, and the month-to-date projection (issue #7). With
 * `policy.kpi.scoreWeights` each weighted metric that meets its target earns its full weight and
 * a missed one none (a weighted metric without a target can never be met); without weights the
 * score is the share of the policy's targets met (`assessKpis`). Pay's expected score is this one.
 */
import type { KpiMetric, ProjectPolicy } from '../policy/project-policy';
import type { KpiDaily } from './kpi-daily';
import { gradeFor, type GradeResult } from './kpi-grade';
import { isInRange, periodRange, type DayRange } from './kpi-periods';
import { meetsTarget, targetFor } from './kpi-targets';
import type { KpiTarget } from '../policy/project-policy';
import { measureKpis } from './measure-kpis';

export type KpiValues = Partial<Record<KpiMetric, number>>;

export interface MetricContribution {
  metric: KpiMetric;
  /** The policy's weight, or an equal share of 100 for each target without weights. */
  weightPercent: number;
  value: number | undefined;
  target: KpiTarget | null;
  isMet: boolean;
  /** `weightPercent` when met, else 0. */
  points: number;
}

export interface ScoreBreakdown {
  score: number;
  isWeighted: boolean;
  contributions: MetricContribution[];
}

export function scoreFromValues(values: KpiValues, policy: ProjectPolicy): ScoreBreakdown {
  const weights = policy.kpi.scoreWeights;
  if (weights && weights.length > 0) {
    const contributions = weights.map(({ metric, weightPercent }) => {
      const target = targetFor(metric, policy.kpiTargets);
      const value = values[metric];
      const isMet = target !== null && meetsTarget(value, target);
      return { metric, weightPercent, value, target, isMet, points: isMet ? weightPercent : 0 };
    });
    const score = contributions.reduce((total, item) => total + item.points, 0);
    return { score, isWeighted: true, contributions };
  }
  const targets = policy.kpiTargets;
  const share = targets.length === 0 ? 0 : 100 / targets.length;
  const contributions = targets.map((target) => {
    const value = values[target.metric];
    const isMet = meetsTarget(value, target);
    return {
      metric: target.metric,
      weightPercent: share,
      value,
      target,
      isMet,
      points: isMet ? share : 0,
    };
  });
  const met = contributions.filter((item) => item.isMet).length;
  // Divided once, as `assessKpis` does, so that both give exactly the same number.
  const score = targets.length === 0 ? 0 : (met / targets.length) * 100;
  return { score, isWeighted: false, contributions };
}

export function scoreFromRecords(
  records: readonly KpiDaily[],
  policy: ProjectPolicy,
): ScoreBreakdown {
  return scoreFromValues(measureKpis(records), policy);
}

export interface MonthProjection {
  /** `YYYY-MM`. */
  month: string;
  range: DayRange;
  daysWithRecords: number;
  breakdown: ScoreBreakdown;
  grade: GradeResult;
}

/** The month so far (its first day to `today`) scored and graded as if the month ended now. */
export function projectMonth(
  records: readonly KpiDaily[],
  policy: ProjectPolicy,
  today: string,
): MonthProjection {
  const range = periodRange('month', today);
  const inMonth = records.filter((record) => isInRange(record.day, range));
  const breakdown = scoreFromRecords(inMonth, policy);
  return {
    month: today.slice(0, 7),
    range,
    daysWithRecords: new Set(inMonth.map((record) => record.day)).size,
    breakdown,
    grade: gradeFor(breakdown.score, policy.bonusBands),
  };
}
