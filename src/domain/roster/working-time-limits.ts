/**
 * The working-time limits a project's policy sets (schema 4, issue #6). Defaults are mainland
 * China's statutory figures: 8 h a day, 44 h a week, 36 h of overtime a month, and the product's
 * choices of an 11 h rest between shifts and a 2 h idle gap inside a split shift.
 */
export interface WorkingTimeLimits {
  dailyMinutes: number;
  weeklyMinutes: number;
  monthlyOvertimeMinutes: number;
  minRestMinutes: number;
  /** A gap between a split shift's segments longer than this is flagged as idle time. */
  maxSplitGapMinutes: number;
}

export function defaultWorkingTimeLimits(): WorkingTimeLimits {
  return {
    dailyMinutes: 8 * 60,
    weeklyMinutes: 44 * 60,
    monthlyOvertimeMinutes: 36 * 60,
    minRestMinutes: 11 * 60,
    maxSplitGapMinutes: 2 * 60,
  };
}
