/**
 * Which metrics a project reports by business line (DOMAIN.md "KPIs and targets", source 000),
 * used when a policy does not say (policies stored before schema 5). Owned by the KPI domain.
 */
import type { BusinessLine } from '../agent/project';
import type { KpiMetric, KpiPolicy } from '../policy/project-policy';

const SHARED: KpiMetric[] = [
  'scheduleAdherence',
  'utilisation',
  'auxShare',
  'fatalErrorAccuracy',
  'nonFatalErrorAccuracy',
  'monitoredCalls',
  'validComplaintRate',
];

const BY_LINE: Record<BusinessLine, KpiMetric[]> = {
  inbound: [
    'contactsHandled',
    'abandonRate',
    'averageTalkSeconds',
    'afterCallWorkSeconds',
    'averageSpeedOfAnswerSeconds',
    'satisfaction',
    'firstContactResolution',
    ...SHARED,
    'escalationRate',
  ],
  outbound: ['dialsPerDay', 'connectRate', 'conversionRate', ...SHARED],
  chat: ['chatSessions', 'concurrentSessions', 'firstReplySeconds', ...SHARED, 'escalationRate'],
};

export function defaultKpiPolicy(line: BusinessLine): KpiPolicy {
  return { metrics: [...BY_LINE[line]], scoreWeights: null };
}
