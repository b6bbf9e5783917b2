/**
 * The metric catalog (issue #7): for every metric the unit it is shown in, which way is better,
 * whether it depends on the queue rather than the agent, the business lines that report it by
 * default (DOMAIN.md "KPIs and targets", source 000) and the daily figures its formula reads.
 * The formulas themselves are in `measure-kpis.ts`; their plain words are translations.
 */
import type { BusinessLine } from '../agent/project';
import { KPI_METRICS, type KpiMetric } from '../policy/project-policy';
import type { KpiFigure } from './kpi-daily';

/**
 * `count-per-day`: an average per worked day; `percent`: a rate 0–100; `seconds`: an average
 * duration; `sessions`: a ratio of chat sessions open at once.
 */
export type KpiUnit = 'count-per-day' | 'percent' | 'seconds' | 'sessions';

/** Which way is better; `range` metrics are good inside their target range only. */
export type KpiDirection = 'higher' | 'lower' | 'range';

export interface KpiMetricDefinition {
  metric: KpiMetric;
  unit: KpiUnit;
  better: KpiDirection;
  /** The queue (staffing, call volume) drives it more than the agent does. */
  isQueueDependent: boolean;
  /** Business lines that report it by default. */
  lines: BusinessLine[];
  /** The daily-record fields the formula reads. */
  figures: KpiFigure[];
}

const ALL_LINES: BusinessLine[] = ['inbound', 'outbound', 'chat'];

type Entry = Omit<KpiMetricDefinition, 'metric' | 'isQueueDependent'> & {
  isQueueDependent?: boolean;
};

const ENTRIES: Record<KpiMetric, Entry> = {
  contactsHandled: {
    unit: 'count-per-day',
    better: 'higher',
    lines: ['inbound'],
    figures: ['contactsHandled'],
  },
  abandonRate: {
    unit: 'percent',
    better: 'lower',
    isQueueDependent: true,
    lines: ['inbound'],
    figures: ['contactsOffered', 'contactsHandled'],
  },
  averageTalkSeconds: {
    unit: 'seconds',
    better: 'range',
    lines: ['inbound'],
    figures: ['talkSeconds', 'contactsHandled'],
  },
  afterCallWorkSeconds: {
    unit: 'seconds',
    better: 'lower',
    lines: ['inbound'],
    figures: ['afterCallWorkSeconds', 'contactsHandled'],
  },
  averageSpeedOfAnswerSeconds: {
    unit: 'seconds',
    better: 'lower',
    isQueueDependent: true,
    lines: ['inbound'],
    figures: ['answerWaitSeconds', 'contactsHandled'],
  },
  scheduleAdherence: {
    unit: 'percent',
    better: 'higher',
    lines: ALL_LINES,
    figures: ['adheredSeconds', 'scheduledSeconds'],
  },
  utilisation: {
    unit: 'percent',
    better: 'higher',
    lines: ALL_LINES,
    figures: ['productiveSeconds', 'loggedInSeconds'],
  },
  auxShare: {
    unit: 'percent',
    better: 'lower',
    lines: ALL_LINES,
    figures: ['auxSeconds', 'loggedInSeconds'],
  },
  firstContactResolution: {
    unit: 'percent',
    better: 'higher',
    lines: ['inbound'],
    figures: ['resolvedFirstContact', 'contactsHandled'],
  },
  fatalErrorAccuracy: {
    unit: 'percent',
    better: 'higher',
    lines: ALL_LINES,
    figures: ['fatalErrors', 'contactsHandled'],
  },
  nonFatalErrorAccuracy: {
    unit: 'percent',
    better: 'higher',
    lines: ALL_LINES,
    figures: ['nonFatalErrors', 'contactsHandled'],
  },
  monitoredCalls: {
    unit: 'count-per-day',
    better: 'higher',
    lines: ALL_LINES,
    figures: ['monitoredCalls'],
  },
  satisfaction: {
    unit: 'percent',
    better: 'higher',
    lines: ['inbound'],
    figures: ['satisfiedResponses', 'satisfactionResponses'],
  },
  escalations: {
    unit: 'count-per-day',
    better: 'lower',
    lines: [],
    figures: ['escalations'],
  },
  validComplaintRate: {
    unit: 'percent',
    better: 'lower',
    lines: ALL_LINES,
    figures: ['validComplaints', 'contactsHandled'],
  },
  escalationRate: {
    unit: 'percent',
    better: 'lower',
    lines: ['inbound', 'chat'],
    figures: ['escalations', 'contactsHandled'],
  },
  dialsPerDay: {
    unit: 'count-per-day',
    better: 'higher',
    lines: ['outbound'],
    figures: ['dials'],
  },
  connectRate: {
    unit: 'percent',
    better: 'higher',
    lines: ['outbound'],
    figures: ['connects', 'dials'],
  },
  conversionRate: {
    unit: 'percent',
    better: 'higher',
    lines: ['outbound'],
    figures: ['conversions', 'connects'],
  },
  concurrentSessions: {
    unit: 'sessions',
    better: 'higher',
    lines: ['chat'],
    figures: ['chatSessionSeconds', 'loggedInSeconds'],
  },
  firstReplySeconds: {
    unit: 'seconds',
    better: 'lower',
    lines: ['chat'],
    figures: ['firstReplySeconds', 'chatSessions'],
  },
  chatSessions: {
    unit: 'count-per-day',
    better: 'higher',
    lines: ['chat'],
    figures: ['chatSessions'],
  },
};

/** Every metric's definition, keyed by metric, in the order of `KPI_METRICS`. */
export const KPI_CATALOG: Readonly<Record<KpiMetric, KpiMetricDefinition>> = Object.fromEntries(
  KPI_METRICS.map((metric) => [
    metric,
    { metric, ...ENTRIES[metric], isQueueDependent: ENTRIES[metric].isQueueDependent ?? false },
  ]),
) as Record<KpiMetric, KpiMetricDefinition>;

export function definitionOf(metric: KpiMetric): KpiMetricDefinition {
  return KPI_CATALOG[metric];
}
