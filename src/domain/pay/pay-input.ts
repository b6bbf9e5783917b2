/** The inputs of one pay period, as the pay engine takes them (no records, no clock). */
import type { AgentLevel, EmploymentKind, WorkPattern } from '../agent/agent-profile';

/** A stretch of hourly work, in the project's wall-clock time; `end` before `start` crosses midnight. */
export interface HourlyRecord {
  /** `YYYY-MM-DD` on which the stretch starts. */
  day: string;
  /** `HH:mm`. */
  start: string;
  end: string;
}

export interface PayPeriodInput {
  /** `YYYY-MM`. */
  period: string;
  level: AgentLevel;
  workPattern: WorkPattern;
  employment: EmploymentKind;
  /** Employment began on or before the period's first day and did not end before its last. */
  coversWholePeriod: boolean;
  daysWorked: number;
  /** Approved overtime, meal time excluded, summed over the period before rounding. */
  overtimeMinutes: number;
  /** Statutory holidays (not bridging rest days) worked in the period. */
  statutoryHolidaysWorked: number;
  /** Whole days by kind; annual leave is paid and deducts nothing. */
  leaveDays: { personal: number; sick: number; annual: number; absence: number };
  /** The month's assessment score in percent; `null` when there is none (no bonus line). */
  assessmentScore: number | null;
  /** Crowdsourced agents: stretches of hourly work. */
  hourlyRecords: HourlyRecord[];
  /** Crowdsourced agents: counts by per-result rate id. */
  results: { rateId: string; count: number }[];
  /** Per-occurrence rewards granted (full attendance is decided by the engine). */
  rewards: { ruleId: string; count: number }[];
  penalties: { ruleId: string; count: number }[];
}
