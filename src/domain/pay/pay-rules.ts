/**
 * The pay rules of a project's policy beyond the monthly amounts (which sit on `ProjectPolicy`
 * itself): work-pattern divisors, leave, the pay-day rule, the holiday calendar, rewards,
 * penalties and the hourly model of crowdsourced agents. Plain data, versioned with the policy.
 * Defaults are DOMAIN.md's figures (`defaultPayRules`).
 */
import type { WorkPattern } from '../agent/agent-profile';
import type { LocalizedText } from '../localized-text';
import type { Fen } from '../money';

/**
 * The divisors of a work pattern: daily rate = base ÷ (monthlyWorkdaysHundredths ÷ 100), hourly
 * rate = daily rate ÷ hoursPerDay. Five on, two off: 2175 (21.75 days) and 8 h; one on, one off:
 * 1550 (15.5 days) and 12 h.
 */
export interface WorkPatternRates {
  monthlyWorkdaysHundredths: number;
  hoursPerDay: number;
}

/** The official name of a statutory holiday block (mainland China). */
export type HolidayName =
  | 'new-year'
  | 'spring-festival'
  | 'qingming'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day';

/** One holiday block of a year: every rest day of the block, and which of them are statutory. */
export interface HolidayBlock {
  name: HolidayName;
  /** `YYYY-MM-DD`, every day off in the block (statutory days, weekends and swapped days). */
  days: string[];
  /** The statutory holidays (法定节假日) inside `days`: work on these pays 3 × the daily rate. */
  statutoryDays: string[];
}

/** One year of the official calendar: holiday blocks and weekend make-up workdays (调休上班). */
export interface HolidayCalendarYear {
  year: number;
  blocks: HolidayBlock[];
  /** `YYYY-MM-DD` Saturdays and Sundays that are working days. */
  makeUpWorkdays: string[];
  /** True when the year's arrangement was not yet published and the days are an estimate. */
  isProvisional: boolean;
}

export interface HolidayCalendar {
  /** e.g. `'cn-mainland'`, or the employer's own calendar id. */
  id: string;
  years: HolidayCalendarYear[];
}

/** Pay day: `dayOfMonth` (on `ProjectPolicy.payDayOfMonth`) of the month `monthsAfterPeriod` after. */
export interface PayDayRule {
  monthsAfterPeriod: number;
  /** A pay day that is not a working day moves to the nearest working day, the earlier on a tie. */
  roll: 'nearest-working-day-earlier-on-tie';
}

/** A reward the policy publishes: a fixed amount per occurrence, with its rule text. */
export interface RewardRule {
  id: string;
  /** `full-attendance` is granted by the engine when the period qualifies; others per occurrence. */
  kind: 'full-attendance' | 'per-occurrence';
  amount: Fen;
  text: LocalizedText;
}

/** A penalty the policy publishes: a fixed deduction (positive amount) per occurrence. */
export interface PenaltyRule {
  id: string;
  amount: Fen;
  text: LocalizedText;
}

/** Per-result pay of crowdsourced agents, e.g. per connected call or per WeChat contact added. */
export interface PerResultRate {
  id: string;
  amount: Fen;
  text: LocalizedText;
}

/** Clock window (`HH:mm`, project time) that is never paid, such as the 18:00-19:00 dinner. */
export interface UnpaidWindow {
  start: string;
  end: string;
}

/** The hourly plus commission model of crowdsourced agents (DOMAIN.md, source 002). */
export interface HourlyPayRules {
  ratePerHour: Fen;
  unpaidWindows: UnpaidWindow[];
  perResult: PerResultRate[];
  /** Hours worked on days of these holiday blocks are paid at `holidayMultiplierPercent`. */
  upliftHolidays: HolidayName[];
  holidayMultiplierPercent: number;
}

export interface PayRules {
  workPatterns: Record<WorkPattern, WorkPatternRates>;
  /** Share of a day's pay deducted per personal-leave day (100) and per day absent without leave. */
  personalLeaveDeductionPercent: number;
  absenceDeductionPercent: number;
  /** No performance bonus for a period employment did not cover in full. */
  bonusRequiresFullPeriod: boolean;
  payDay: PayDayRule;
  /** `null`: the shipped official calendar of mainland China. */
  holidayCalendar: HolidayCalendar | null;
  rewards: RewardRule[];
  penalties: PenaltyRule[];
  /** `null` for projects that pay monthly only. */
  hourly: HourlyPayRules | null;
}
