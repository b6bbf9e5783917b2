/**
 * KPI drops after an escalation, on measures KpiDaily gives exactly (sums of whole seconds and
 * counts, divided once). KPI rows are calendar days in the project's zone; the escalation's own
 * day mixes before and after, so it counts on neither side.
 */
import type { KpiDaily } from '../kpi/kpi-daily';
import { localDayOf } from '../roster/describe-shift';
import type { WatchEvidence, WatchWindow } from './watch-window';

/** A KPI percentage down by at least this many points… */
export const KPI_DROP_POINTS = 10;
/** …with figures for at least this many days on each side. */
export const MIN_KPI_DAYS = 3;

export type KpiMeasure = 'adherence' | 'satisfaction';

/** Numerator and denominator of each measure in one day's figures. */
const KPI_MEASURES: Record<KpiMeasure, (day: KpiDaily) => [number, number]> = {
  adherence: (day) => [day.adheredSeconds, day.scheduledSeconds],
  satisfaction: (day) => [day.satisfiedResponses, day.satisfactionResponses],
};

/** A measure over the days `fromDay`…`toDay` that have figures for it (denominator above 0). */
export interface KpiRate {
  fromDay: string;
  toDay: string;
  days: number;
  numerator: number;
  denominator: number;
  /** For display only; the threshold is checked on numerator and denominator. */
  percent: number;
}

export interface KpiFinding {
  kind: 'kpi-drop';
  measure: KpiMeasure;
  before: KpiRate;
  after: KpiRate;
  /** The KPI days on each side. */
  evidence: WatchEvidence;
}

/** Compares schedule adherence and satisfaction across the two windows. */
export function compareKpis(
  kpiDays: readonly KpiDaily[],
  timeZone: string,
  window: WatchWindow,
): KpiFinding[] {
  const dayOf = (ms: number) => localDayOf(new Date(ms).toISOString(), timeZone);
  const [fromDay, raisedDay, toDay] = [window.beforeFromMs, window.raisedMs, window.afterToMs].map(
    dayOf,
  ) as [string, string, string];
  const beforeRows = kpiDays.filter((row) => row.day >= fromDay && row.day < raisedDay);
  const afterRows = kpiDays.filter((row) => row.day > raisedDay && row.day <= toDay);
  return (Object.keys(KPI_MEASURES) as KpiMeasure[]).flatMap((measure): KpiFinding[] => {
    const before = kpiRate(beforeRows, measure);
    const after = kpiRate(afterRows, measure);
    if (!before || !after || !hasDropped(before.rate, after.rate)) return [];
    const evidence = { before: before.ids, after: after.ids };
    return [{ kind: 'kpi-drop', measure, before: before.rate, after: after.rate, evidence }];
  });
}

/** before% − after% ≥ points  ⇔  100 · (nb · da − na · db) ≥ points · db · da */
function hasDropped(before: KpiRate, after: KpiRate): boolean {
  if (before.days < MIN_KPI_DAYS || after.days < MIN_KPI_DAYS) return false;
  const [nb, db, na, da] = [
    before.numerator,
    before.denominator,
    after.numerator,
    after.denominator,
  ].map(BigInt) as [bigint, bigint, bigint, bigint];
  return 100n * (nb * da - na * db) >= BigInt(KPI_DROP_POINTS) * db * da;
}

function kpiRate(
  rows: readonly KpiDaily[],
  measure: KpiMeasure,
): { rate: KpiRate; ids: string[] } | null {
  const counted = rows
    .filter((row) => KPI_MEASURES[measure](row)[1] > 0)
    .sort((a, b) => a.day.localeCompare(b.day));
  const first = counted[0];
  const last = counted.at(-1);
  if (!first || !last) return null;
  let numerator = 0;
  let denominator = 0;
  for (const row of counted) {
    const [n, d] = KPI_MEASURES[measure](row);
    numerator += n;
    denominator += d;
  }
  const rate = {
    fromDay: first.day,
    toDay: last.day,
    days: counted.length,
    numerator,
    denominator,
  };
  return {
    rate: { ...rate, percent: (100 * numerator) / denominator },
    ids: counted.map(({ id }) => id),
  };
}
