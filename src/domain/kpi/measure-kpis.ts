/**
 * Measuring metrics over any set of days (issue #7): the days' figures are summed first (exact
 * integer sums), then divided, so a month's rate is its total rate and not an average of daily
 * rates. Rates are percentages; a metric whose divisor is zero cannot be measured (`undefined`).
 */
import { KPI_METRICS, type KpiMetric } from '../policy/project-policy';
import { KPI_FIGURES, type KpiDaily, type KpiFigure } from './kpi-daily';

/** Re-exported for callers that measure; the list lives with the record's type. */
export { KPI_FIGURES };

/** The sums of every figure over a set of days, and how many days (records) there were. */
export type KpiTotals = Record<KpiFigure, number> & { days: number };

export function sumFigures(records: readonly KpiDaily[]): KpiTotals {
  const totals = { days: records.length } as KpiTotals;
  for (const figure of KPI_FIGURES) totals[figure] = 0;
  for (const record of records) {
    for (const figure of KPI_FIGURES) totals[figure] += record[figure];
  }
  return totals;
}

/** `part ÷ whole`, or `undefined` when the whole is 0. */
function ratio(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

function percent(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : (part / whole) * 100;
}

/** `(1 − errors ÷ whole)` in percent: the accuracy left after the errors. */
function accuracy(errors: number, whole: number): number | undefined {
  return whole === 0 ? undefined : (1 - errors / whole) * 100;
}

/** One metric over the totals; `undefined` when its divisor is 0. */
export function measureMetric(totals: KpiTotals, metric: KpiMetric): number | undefined {
  const t = totals;
  switch (metric) {
    case 'contactsHandled':
      return ratio(t.contactsHandled, t.days);
    case 'abandonRate':
      return percent(t.contactsOffered - t.contactsHandled, t.contactsOffered);
    case 'averageTalkSeconds':
      return ratio(t.talkSeconds, t.contactsHandled);
    case 'afterCallWorkSeconds':
      return ratio(t.afterCallWorkSeconds, t.contactsHandled);
    case 'averageSpeedOfAnswerSeconds':
      return ratio(t.answerWaitSeconds, t.contactsHandled);
    case 'scheduleAdherence':
      return percent(t.adheredSeconds, t.scheduledSeconds);
    case 'utilisation':
      return percent(t.productiveSeconds, t.loggedInSeconds);
    case 'auxShare':
      return percent(t.auxSeconds, t.loggedInSeconds);
    case 'firstContactResolution':
      return percent(t.resolvedFirstContact, t.contactsHandled);
    case 'fatalErrorAccuracy':
      return accuracy(t.fatalErrors, t.contactsHandled);
    case 'nonFatalErrorAccuracy':
      return accuracy(t.nonFatalErrors, t.contactsHandled);
    case 'monitoredCalls':
      return ratio(t.monitoredCalls, t.days);
    case 'satisfaction':
      return percent(t.satisfiedResponses, t.satisfactionResponses);
    case 'escalations':
      return ratio(t.escalations, t.days);
    case 'validComplaintRate':
      return percent(t.validComplaints, t.contactsHandled);
    case 'escalationRate':
      return percent(t.escalations, t.contactsHandled);
    case 'dialsPerDay':
      return ratio(t.dials, t.days);
    case 'connectRate':
      return percent(t.connects, t.dials);
    case 'conversionRate':
      return percent(t.conversions, t.connects);
    case 'concurrentSessions':
      return ratio(t.chatSessionSeconds, t.loggedInSeconds);
    case 'firstReplySeconds':
      return ratio(t.firstReplySeconds, t.chatSessions);
    case 'chatSessions':
      return ratio(t.chatSessions, t.days);
  }
}

/** Every metric the records can measure (rates as percentages); unmeasurable ones are absent. */
export function measureKpis(records: readonly KpiDaily[]): Partial<Record<KpiMetric, number>> {
  const totals = sumFigures(records);
  const measured: Partial<Record<KpiMetric, number>> = {};
  for (const metric of KPI_METRICS) {
    const value = measureMetric(totals, metric);
    if (value !== undefined) measured[metric] = value;
  }
  return measured;
}
