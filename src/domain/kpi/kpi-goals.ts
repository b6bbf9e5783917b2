/**
 * Personal goals (issue #7): checked before they are stored, and the progress towards each,
 * measured over the days from the one the goal was set on to its due day (or today).
 */
import type { KpiMetric } from '../policy/project-policy';
import { localDayOf } from '../zoned-time';
import { definitionOf } from './kpi-catalog';
import type { KpiDaily } from './kpi-daily';
import type { DayRange } from './kpi-periods';
import type { KpiGoal } from './kpi-records';
import { trendSeries } from './kpi-trend';
import { isCalendarDay } from './kpi-validation';

export interface GoalDraft {
  metric: KpiMetric;
  direction: KpiGoal['direction'];
  target: number;
  /** `YYYY-MM-DD` or `null` for an open-ended goal. */
  dueDay: string | null;
}

export type GoalIssue =
  | { code: 'kpiGoal/invalid-target' }
  | { code: 'kpiGoal/over-100-percent' }
  | { code: 'kpiGoal/invalid-due-day' }
  | { code: 'kpiGoal/due-day-past' };

export function validateGoal(draft: GoalDraft, today: string): GoalIssue[] {
  const issues: GoalIssue[] = [];
  if (!Number.isFinite(draft.target) || draft.target < 0) {
    issues.push({ code: 'kpiGoal/invalid-target' });
  } else if (definitionOf(draft.metric).unit === 'percent' && draft.target > 100) {
    issues.push({ code: 'kpiGoal/over-100-percent' });
  }
  if (draft.dueDay !== null) {
    if (!isCalendarDay(draft.dueDay)) issues.push({ code: 'kpiGoal/invalid-due-day' });
    else if (draft.dueDay < today) issues.push({ code: 'kpiGoal/due-day-past' });
  }
  return issues;
}

/** The direction a goal on the metric usually takes: down for lower-is-better metrics. */
export function suggestedDirection(metric: KpiMetric): KpiGoal['direction'] {
  return definitionOf(metric).better === 'lower' ? 'at-most' : 'at-least';
}

/** `no-data` until the records can measure the metric; `missed` once the due day passed unmet. */
export type GoalStatus = 'reached' | 'on-the-way' | 'missed' | 'no-data';

export interface GoalProgress {
  goal: KpiGoal;
  range: DayRange;
  value: number | undefined;
  status: GoalStatus;
  /** 0–100: how close the value is to the target (100 when reached). */
  progressPercent: number;
  /** Days from today to the due day (0 on it, negative after); `null` when open-ended. */
  daysLeft: number | null;
}

function isReached(value: number, goal: KpiGoal): boolean {
  return goal.direction === 'at-least' ? value >= goal.target : value <= goal.target;
}

function progressOf(value: number, goal: KpiGoal): number {
  if (isReached(value, goal)) return 100;
  // Short of the target: at-least as a share of it, at-most as the target's share of the value.
  const share = goal.direction === 'at-least' ? value / goal.target : goal.target / value;
  return Math.max(0, Math.min(100, share * 100));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function goalProgress(
  goal: KpiGoal,
  records: readonly KpiDaily[],
  today: string,
  timeZone: string,
): GoalProgress {
  const setOn = localDayOf(goal.createdAt, timeZone);
  const end = goal.dueDay !== null && goal.dueDay < today ? goal.dueDay : today;
  const range = { from: setOn, to: end < setOn ? setOn : end };
  const value = trendSeries(records, goal.metric, range).overall;
  const daysLeft = goal.dueDay === null ? null : daysBetween(today, goal.dueDay);
  const isOver = goal.dueDay !== null && goal.dueDay < today;
  let status: GoalStatus;
  if (value === undefined) status = isOver ? 'missed' : 'no-data';
  else if (isReached(value, goal)) status = 'reached';
  else status = isOver ? 'missed' : 'on-the-way';
  return {
    goal,
    range,
    value,
    status,
    progressPercent: value === undefined ? 0 : progressOf(value, goal),
    daysLeft,
  };
}
