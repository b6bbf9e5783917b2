/**
 * The month's assessment score: each KPI target measured over the month's daily records, and the
 * share of the policy's targets met, in percent. The score picks the performance-bonus band.
 * Pay and the KPI screens score through `scoreFromRecords` (`kpi-score.ts`), which is this score
 * when the policy sets no weights and the weighted one when it does.
 */
import type { KpiTarget } from '../policy/project-policy';
import type { KpiDaily } from './kpi-daily';
import { measureKpis } from './measure-kpis';
import { meetsTarget } from './kpi-targets';

export { measureKpis } from './measure-kpis';
export { meetsTarget } from './kpi-targets';

/**
 * The assessment score: the share of `targets` the records' figures meet, in percent (eleven
 * targets, one missed: 90.9…). A metric the records cannot measure counts as missed; no targets
 * scores 0.
 */
export function assessKpis(records: readonly KpiDaily[], targets: readonly KpiTarget[]): number {
  if (targets.length === 0) return 0;
  const measured = measureKpis(records);
  const met = targets.filter((target) => meetsTarget(measured[target.metric], target));
  return (met.length / targets.length) * 100;
}
