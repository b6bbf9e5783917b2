/**
 * The scorecard of a period (issue #7): each metric the project reports, measured over the
 * period's records, against the policy's target.
 */
import type { BusinessLine } from '../agent/project';
import {
  KPI_METRICS,
  type KpiMetric,
  type KpiPolicy,
  type KpiTarget,
  type ProjectPolicy,
} from '../policy/project-policy';
import { defaultKpiPolicy } from './default-kpi-policy';
import { definitionOf, type KpiMetricDefinition } from './kpi-catalog';
import type { KpiDaily } from './kpi-daily';
import { isInRange, type DayRange } from './kpi-periods';
import { compareToTarget, targetFor, type TargetComparison } from './kpi-targets';
import { measureMetric, sumFigures } from './measure-kpis';

export interface ScorecardRow {
  metric: KpiMetric;
  definition: KpiMetricDefinition;
  value: number | undefined;
  target: KpiTarget | null;
  comparison: TargetComparison;
}

export interface Scorecard {
  range: DayRange;
  /** Days in the range with a record. */
  dayCount: number;
  rows: ScorecardRow[];
  met: number;
  missed: number;
}

/**
 * The policy's KPI settings; a policy stored before schema 5 that the upgrade has not filled yet
 * falls back to the business line's defaults.
 */
export function kpiPolicyOf(policy: ProjectPolicy, line: BusinessLine): KpiPolicy {
  return (policy as Partial<ProjectPolicy>).kpi ?? defaultKpiPolicy(line);
}

/** The metrics the policy reports and every metric it sets a target on, in catalog order. */
export function metricsShown(policy: ProjectPolicy): KpiMetric[] {
  const shown = new Set<KpiMetric>([
    ...policy.kpi.metrics,
    ...policy.kpiTargets.map((target) => target.metric),
  ]);
  return KPI_METRICS.filter((metric) => shown.has(metric));
}

export function buildScorecard(
  records: readonly KpiDaily[],
  policy: ProjectPolicy,
  range: DayRange,
): Scorecard {
  const inRange = records.filter((record) => isInRange(record.day, range));
  const totals = sumFigures(inRange);
  const rows = metricsShown(policy).map((metric) => {
    const value = measureMetric(totals, metric);
    const target = targetFor(metric, policy.kpiTargets);
    return {
      metric,
      definition: definitionOf(metric),
      value,
      target,
      comparison: compareToTarget(value, target),
    };
  });
  return {
    range,
    dayCount: new Set(inRange.map((record) => record.day)).size,
    rows,
    met: rows.filter((row) => row.comparison.status === 'met').length,
    missed: rows.filter((row) => row.comparison.status === 'missed').length,
  };
}
