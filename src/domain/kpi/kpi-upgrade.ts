/**
 * The fields schema 5 (issue #7) added to KPI data stored before it: a daily record gets zero
 * outbound and chat figures (the employer reported none), a policy the metrics its project's
 * business line reports and no score weights. Shared by the server's migration `0007`, its import
 * and the device's database upgrade, so both hold the same rows (like `pay-upgrade.ts`).
 */
import type { BusinessLine } from '../agent/project';
import type { KpiPolicy } from '../policy/project-policy';
import { defaultKpiPolicy } from './default-kpi-policy';
import type { KpiDaily } from './kpi-daily';

/** The figures schema 5 added to a daily record. */
export const SCHEMA_5_KPI_FIGURES = [
  'dials',
  'connects',
  'conversions',
  'chatSessions',
  'chatSessionSeconds',
  'firstReplySeconds',
] as const satisfies readonly (keyof KpiDaily)[];

type Schema5Figures = Record<(typeof SCHEMA_5_KPI_FIGURES)[number], number>;

/** The record itself when it already has every schema 5 figure, else a copy with the missing ones 0. */
export function upgradeKpiDailyFields<T extends object>(record: T): T & Schema5Figures {
  const missing = SCHEMA_5_KPI_FIGURES.filter((figure) => !(figure in record));
  if (missing.length === 0) return record as T & Schema5Figures;
  return { ...record, ...Object.fromEntries(missing.map((figure) => [figure, 0])) } as T &
    Schema5Figures;
}

/**
 * The policy itself when it already has `kpi`, else a copy with the metrics `businessLine`
 * reports (inbound when the project is unknown) and no score weights.
 */
export function upgradePolicyKpi<T extends object>(
  policy: T,
  businessLine: BusinessLine = 'inbound',
): T & { kpi: KpiPolicy } {
  return 'kpi' in policy
    ? (policy as T & { kpi: KpiPolicy })
    : { ...policy, kpi: defaultKpiPolicy(businessLine) };
}
