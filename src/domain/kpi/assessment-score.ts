/**
 * The month's assessment score: each KPI target measured over the month's daily records, and the
 * share of the policy's targets met, in percent. The score picks the performance-bonus band.
 */
import type { KpiMetric, KpiTarget } from '../policy/project-policy';
import type { KpiDaily } from './kpi-daily';

type KpiFigure = keyof Omit<KpiDaily, 'id' | 'agentId' | 'day'>;

/** Each target metric measured over a set of daily records (rates as percentages). */
export function measureKpis(records: readonly KpiDaily[]): Partial<Record<KpiMetric, number>> {
  const sum = (field: KpiFigure) => records.reduce((total, record) => total + record[field], 0);
  const handled = sum('contactsHandled');
  const offered = sum('contactsOffered');
  const loggedIn = sum('loggedInSeconds');
  if (records.length === 0 || handled === 0 || loggedIn === 0) return {};
  return {
    contactsHandled: handled / records.length,
    abandonRate: ((offered - handled) / offered) * 100,
    averageTalkSeconds: sum('talkSeconds') / handled,
    afterCallWorkSeconds: sum('afterCallWorkSeconds') / handled,
    averageSpeedOfAnswerSeconds: sum('answerWaitSeconds') / handled,
    scheduleAdherence: (sum('adheredSeconds') / sum('scheduledSeconds')) * 100,
    utilisation: (sum('productiveSeconds') / loggedIn) * 100,
    auxShare: (sum('auxSeconds') / loggedIn) * 100,
    firstContactResolution: (sum('resolvedFirstContact') / handled) * 100,
    fatalErrorAccuracy: (1 - sum('fatalErrors') / handled) * 100,
    nonFatalErrorAccuracy: (1 - sum('nonFatalErrors') / handled) * 100,
    monitoredCalls: sum('monitoredCalls') / records.length,
    satisfaction: (sum('satisfiedResponses') / Math.max(sum('satisfactionResponses'), 1)) * 100,
  };
}

/** True when the value lies inside the target's closed range (an open bound is no limit). */
export function meetsTarget(value: number | undefined, { min, max }: KpiTarget): boolean {
  return value !== undefined && (min === null || value >= min) && (max === null || value <= max);
}

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
