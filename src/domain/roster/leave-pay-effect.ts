/**
 * What a leave request would do to pay, shown before it is sent (issue #6, item 5): the pay engine
 * recomputes each month the days fall in with and without them, so the figure is exactly what
 * the statement would say ("personal leave on 14 May: −128.74"), full-attendance reward included.
 */
import type { AgentProfile } from '../agent/agent-profile';
import { subtractFen, ZERO_FEN, addFen, type Fen } from '../money';
import { calculatePay } from '../pay/calculate-pay';
import type { PayPeriodInput } from '../pay/pay-input';
import type { ComputedStatement, PayEngineIssue, PayRuleId } from '../pay/pay-line';
import { policyInForce } from '../pay/policy-in-force';
import type { ProjectPolicy } from '../policy/project-policy';
import type { LeaveKind } from './shift';

export interface LeavePayEffectContext {
  /** The project's policy versions; each month uses the one in force for it. */
  policies: readonly ProjectPolicy[];
  agent: AgentProfile;
  /**
   * Each month's engine inputs as they stand without this request, by `YYYY-MM` (for instance
   * `payInputFromRecords(…).input`, which counts leave already approved). A month not given starts
   * from a plain month of the agent's level and pattern: no leave, overtime, score or extras.
   */
  periodInputs?: Readonly<Partial<Record<string, PayPeriodInput>>>;
}

/** One requested day: what its leave line costs (negative) or 0 for paid leave. */
export interface LeaveDayEffect {
  day: string;
  period: string;
  /** The change of the leave-deduction line this day makes, rounded as the engine rounds. */
  amount: Fen;
}

/**
 * The full-attendance reward of the month: `lost` (the request removes it), `kept` (paid either
 * way), `not-earned` (not paid even without the request), `none` (the policy has no such reward).
 */
export type FullAttendanceEffect =
  | { code: 'leave/full-attendance-lost'; amount: Fen }
  | { code: 'leave/full-attendance-kept'; amount: Fen }
  | { code: 'leave/full-attendance-not-earned' }
  | { code: 'leave/no-full-attendance-reward' };

/** The change of one engine line (after minus before). */
export interface LeaveLineChange {
  rule: PayRuleId;
  amount: Fen;
}

export interface LeavePeriodEffect {
  /** `YYYY-MM`. */
  period: string;
  policyVersion: number;
  /** The requested days in this month, sorted. */
  days: string[];
  /** Net pay after minus before: leave lines and full attendance together. */
  netChange: Fen;
  /** Every line that changed: the leave line, then a reward the leave removes. */
  lines: LeaveLineChange[];
  fullAttendance: FullAttendanceEffect;
  /** What the engine reported for the month with the request. */
  engineIssues: PayEngineIssue[];
}

export type LeavePayIssue =
  | { code: 'leave/invalid-day'; day: string }
  /** No policy version was in force for the month: its days have no figure. */
  | { code: 'leave/no-policy'; period: string };

export interface LeavePayEffect {
  kind: LeaveKind;
  /** Per valid day, sorted; each month's days sum to its leave-line change. */
  perDay: LeaveDayEffect[];
  periods: LeavePeriodEffect[];
  /** All months' net changes together. */
  total: Fen;
  issues: LeavePayIssue[];
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const LEAVE_RULES: readonly PayRuleId[] = ['personal-leave', 'sick-leave'];
const FULL_ATTENDANCE_PREFIX = 'reward:';

function isCalendarDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** A plain month for `agent` with none of the period's extras. */
function plainPeriod(agent: AgentProfile, period: string): PayPeriodInput {
  return {
    period,
    level: agent.level,
    workPattern: agent.workPattern,
    employment: agent.employment,
    coversWholePeriod: agent.employedFrom <= `${period}-01`,
    daysWorked: 0,
    overtimeMinutes: 0,
    statutoryHolidaysWorked: 0,
    leaveDays: { personal: 0, sick: 0, annual: 0, absence: 0 },
    assessmentScore: null,
    hourlyRecords: [],
    results: [],
    rewards: [],
    penalties: [],
  };
}

function withLeave(input: PayPeriodInput, kind: LeaveKind, extraDays: number): PayPeriodInput {
  return {
    ...input,
    leaveDays: { ...input.leaveDays, [kind]: input.leaveDays[kind] + extraDays },
  };
}

function amountOf(statement: ComputedStatement, rules: readonly PayRuleId[]): Fen {
  return addFen(
    ZERO_FEN,
    ...statement.lines.filter((line) => rules.includes(line.rule)).map((line) => line.amount),
  );
}

/** Line changes by rule: in the order of the statement with the leave, then lines it removes. */
function lineChanges(before: ComputedStatement, after: ComputedStatement): LeaveLineChange[] {
  const rules = [...new Set([...after.lines, ...before.lines].map((line) => line.rule))];
  return rules
    .map((rule) => ({
      rule,
      amount: subtractFen(amountOf(after, [rule]), amountOf(before, [rule])),
    }))
    .filter((change) => change.amount !== 0);
}

function fullAttendanceEffect(
  policy: ProjectPolicy,
  before: ComputedStatement,
  after: ComputedStatement,
): FullAttendanceEffect {
  const rules = policy.payRules.rewards
    .filter((rule) => rule.kind === 'full-attendance')
    .map((rule): PayRuleId => `${FULL_ATTENDANCE_PREFIX}${rule.id}`);
  if (rules.length === 0) return { code: 'leave/no-full-attendance-reward' };
  const paidBefore = amountOf(before, rules);
  const paidAfter = amountOf(after, rules);
  if (paidBefore === 0) return { code: 'leave/full-attendance-not-earned' };
  if (paidAfter === 0) return { code: 'leave/full-attendance-lost', amount: paidBefore };
  return { code: 'leave/full-attendance-kept', amount: paidAfter };
}

/**
 * The pay effect of taking `days` (`YYYY-MM-DD`) of `kind` leave, by month and by day, in fen:
 * each month is computed by the pay engine with and without the days, under the policy in force
 * for it. A day's figure is its own leave line (one personal day on base 2 800 at 21.75 days:
 * −12 874); losing the full-attendance reward is the month's, in `fullAttendance` and `netChange`.
 * Annual leave is paid: 0 a day, and it keeps full attendance. Repeated days count once.
 * @example leavePayEffect('personal', ['2026-05-14'], { policies, agent }).total // −22 874 with a 100 reward
 */
export function leavePayEffect(
  kind: LeaveKind,
  days: readonly string[],
  context: LeavePayEffectContext,
): LeavePayEffect {
  const issues: LeavePayIssue[] = [];
  const byPeriod = new Map<string, string[]>();
  for (const day of [...new Set(days)].sort()) {
    if (!isCalendarDay(day)) {
      issues.push({ code: 'leave/invalid-day', day });
      continue;
    }
    const period = day.slice(0, 7);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), day]);
  }

  const perDay: LeaveDayEffect[] = [];
  const periods: LeavePeriodEffect[] = [];
  for (const [period, periodDays] of byPeriod) {
    const policy = policyInForce(context.policies, context.agent.projectId, period);
    if (policy === null) {
      issues.push({ code: 'leave/no-policy', period });
      continue;
    }
    const base = context.periodInputs?.[period] ?? plainPeriod(context.agent, period);
    const before = calculatePay(policy, base);
    const after = calculatePay(policy, withLeave(base, kind, periodDays.length));

    // Each day is the step from one day fewer to this many, so a month's days add up exactly
    // to its leave line even though the engine rounds the line once.
    let previous = amountOf(before, LEAVE_RULES);
    periodDays.forEach((day, index) => {
      const current = amountOf(calculatePay(policy, withLeave(base, kind, index + 1)), LEAVE_RULES);
      perDay.push({ day, period, amount: subtractFen(current, previous) });
      previous = current;
    });

    periods.push({
      period,
      policyVersion: policy.version,
      days: periodDays,
      netChange: subtractFen(after.net, before.net),
      lines: lineChanges(before, after),
      fullAttendance: fullAttendanceEffect(policy, before, after),
      engineIssues: after.issues,
    });
  }

  return {
    kind,
    perDay,
    periods,
    total: addFen(ZERO_FEN, ...periods.map((period) => period.netChange)),
    issues,
  };
}
