import type { AgentLevel } from '../agent/agent-profile';
import type { Fen } from '../money';
import type { PayRules } from '../pay/pay-rules';
import type { WorkingTimeLimits } from '../roster/working-time-limits';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** A band applies when the score is at least `minScorePercent` (DOMAIN.md product decision). */
export interface BonusBand {
  grade: Grade;
  minScorePercent: number;
  bonus: Fen;
}

export type KpiMetric =
  | 'contactsHandled'
  | 'abandonRate'
  | 'averageTalkSeconds'
  | 'afterCallWorkSeconds'
  | 'averageSpeedOfAnswerSeconds'
  | 'scheduleAdherence'
  | 'utilisation'
  | 'auxShare'
  | 'firstContactResolution'
  | 'fatalErrorAccuracy'
  | 'nonFatalErrorAccuracy'
  | 'monitoredCalls'
  | 'satisfaction'
  | 'escalations';

/** A target is a closed range; either bound may be open (`null`). Rates are percentages. */
export interface KpiTarget {
  metric: KpiMetric;
  min: number | null;
  max: number | null;
}

/** Every escalation category, safety first so it is the easiest to reach in a list. */
export const ESCALATION_CATEGORIES = [
  'safety-emergency',
  'customer-at-risk',
  'system-outage',
  'pay-dispute',
  'workplace-harassment',
  'other',
] as const;

export type EscalationCategory = (typeof ESCALATION_CATEGORIES)[number];

export type EscalationRecipient = 'supervisor' | 'client-channel' | 'safety-line' | 'hr';

export interface EscalationRoute {
  category: EscalationCategory;
  recipients: EscalationRecipient[];
  responseMinutes: number;
}

export interface EmergencyNumber {
  label: string;
  number: string;
}

/** The project's published rules: pay, KPI targets, escalation routing. Versioned data, not code. */
export interface ProjectPolicy {
  id: string;
  projectId: string;
  version: number;
  /** `YYYY-MM-DD` from which this version applies. */
  effectiveFrom: string;
  basePay: Fen;
  postAllowance: Record<AgentLevel, Fen>;
  subsidy: Record<AgentLevel, Fen>;
  bonusBands: BonusBand[];
  overtimeMultiplierPercent: number;
  holidayMultiplierPercent: number;
  sickLeaveDeductionPercent: number;
  payDayOfMonth: number;
  /** Work patterns, leave, pay day, calendar, rewards, penalties, hourly model (schema 4). */
  payRules: PayRules;
  changeNoticeHours: number;
  /** Daily, weekly and monthly limits, rest between shifts, split-shift gaps (schema 4). */
  workingTime: WorkingTimeLimits;
  kpiTargets: KpiTarget[];
  escalationRoutes: EscalationRoute[];
  emergencyNumbers: EmergencyNumber[];
}
