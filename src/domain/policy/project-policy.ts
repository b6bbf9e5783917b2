import type { AgentLevel } from '../agent/agent-profile';
import type { LocalizedText } from '../localized-text';
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

/** Every metric the workbench can compute from daily records (issue #7 added the last eight). */
export const KPI_METRICS = [
  'contactsHandled',
  'abandonRate',
  'averageTalkSeconds',
  'afterCallWorkSeconds',
  'averageSpeedOfAnswerSeconds',
  'scheduleAdherence',
  'utilisation',
  'auxShare',
  'firstContactResolution',
  'fatalErrorAccuracy',
  'nonFatalErrorAccuracy',
  'monitoredCalls',
  'satisfaction',
  'escalations',
  'validComplaintRate',
  'escalationRate',
  'dialsPerDay',
  'connectRate',
  'conversionRate',
  'concurrentSessions',
  'firstReplySeconds',
  'chatSessions',
] as const;

export type KpiMetric = (typeof KPI_METRICS)[number];

/**
 * How the month's assessment score is built from metrics (schema 5), when the policy says so:
 * each metric's weight in percent (weights sum to 100); a metric meeting its target earns its
 * full weight, a missed one none. `null` weights: the score is the share of targets met.
 */
export interface KpiScoreWeight {
  metric: KpiMetric;
  weightPercent: number;
}

/** Which metrics the project reports (by business line by default) and how the score is built. */
export interface KpiPolicy {
  metrics: KpiMetric[];
  scoreWeights: KpiScoreWeight[] | null;
}

/** One item of the readiness checklist the agent answers (schema 5). */
export interface ReadinessChecklistItem {
  id: string;
  label: LocalizedText;
  isRequired: boolean;
  /** Whether the agent may (not must) attach a photo as evidence. */
  allowsPhoto: boolean;
}

/** Limits the automatic checks are judged against (schema 5; defaults from pre-call tests). */
export interface ReadinessThresholds {
  maxRoundTripMs: number;
  maxJitterMs: number;
  maxLossPercent: number;
  minDownloadKbps: number;
  /** Loudest acceptable noise floor of a quiet room, in dBFS (e.g. -50). */
  maxNoiseFloorDbfs: number;
  minBatteryPercent: number;
}

/** Equipment readiness for remote work (schema 5, issue #9). */
export interface ReadinessPolicy {
  checklist: ReadinessChecklistItem[];
  thresholds: ReadinessThresholds;
  /** How long before a remote shift the Today screen asks for a report. */
  windowMinutesBeforeShift: number;
}

/** One rung of the career ladder and what reaching it requires (schema 5, issue #8). */
export interface CareerLevel {
  id: string;
  title: LocalizedText;
  /** Certificates the agent must hold (exam ids). */
  requiredExamIds: string[];
  /** Metrics over the last full month that must meet these targets. */
  requiredMetrics: KpiTarget[];
}

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
  /** Reported metrics and score weights (schema 5). */
  kpi: KpiPolicy;
  /** Readiness checklist, thresholds and window before a shift (schema 5). */
  readiness: ReadinessPolicy;
  /** The career ladder, lowest level first (schema 5). */
  careerPath: CareerLevel[];
  escalationRoutes: EscalationRoute[];
  emergencyNumbers: EmergencyNumber[];
}
