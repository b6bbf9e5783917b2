/**
 * Checks a pay policy before it is used, so a bad policy is shown as such (codes, translated by
 * the feature) instead of producing wrong pay. The engine never throws on these; it reports what it
 * cannot compute (`PayEngineIssue`), but a policy with issues here should be flagged to the agent.
 */
import type { WorkPattern } from '../agent/agent-profile';
import type { Grade, ProjectPolicy } from '../policy/project-policy';
import { minutesOfClock } from './calculate-pay';

export type PayPolicyIssue =
  /** Scores from `from` (inclusive) to `to` (exclusive) reach no band (no band starts at 0). */
  | { code: 'policy/band-gap'; from: number; to: number }
  | { code: 'policy/duplicate-band-threshold'; minScorePercent: number }
  | { code: 'policy/duplicate-band-grade'; grade: Grade }
  /** A band's lower bound is not a number from 0 to 100. */
  | { code: 'policy/band-out-of-range'; grade: Grade; minScorePercent: number }
  /** `grade` needs a higher score than `lowerGrade` but pays less. */
  | { code: 'policy/band-pays-less'; grade: Grade; lowerGrade: Grade }
  | {
      code: 'policy/invalid-divisor';
      workPattern: WorkPattern;
      field: 'monthlyWorkdaysHundredths' | 'hoursPerDay';
      value: number;
    }
  /** A money amount (in fen) below zero or not a whole number of fen; `field` is a dotted path. */
  | { code: 'policy/negative-amount'; field: string; value: number }
  | { code: 'policy/amount-not-integer'; field: string; value: number }
  | { code: 'policy/negative-percent'; field: string; value: number }
  | { code: 'policy/invalid-pay-day'; field: 'payDayOfMonth' | 'monthsAfterPeriod'; value: number }
  /** Two rewards, penalties or per-result rates share an id. */
  | { code: 'policy/duplicate-rule-id'; ruleId: string }
  | { code: 'policy/invalid-unpaid-window'; start: string; end: string };

/** Every problem of a policy's pay part; an empty list means the engine can use it as is. */
export function checkPayPolicy(policy: ProjectPolicy): PayPolicyIssue[] {
  const issues: PayPolicyIssue[] = [];
  checkBands(policy, issues);

  const rules = policy.payRules;
  for (const [workPattern, rates] of Object.entries(rules.workPatterns) as [
    WorkPattern,
    (typeof rules.workPatterns)[WorkPattern],
  ][]) {
    for (const field of ['monthlyWorkdaysHundredths', 'hoursPerDay'] as const) {
      const value = rates[field];
      if (!(Number.isFinite(value) && value > 0)) {
        issues.push({ code: 'policy/invalid-divisor', workPattern, field, value });
      }
    }
  }

  const amounts: [string, number][] = [
    ['basePay', policy.basePay],
    ...Object.entries(policy.postAllowance).map(([level, v]): [string, number] => [
      `postAllowance.${level}`,
      v,
    ]),
    ...Object.entries(policy.subsidy).map(([level, v]): [string, number] => [
      `subsidy.${level}`,
      v,
    ]),
    ...policy.bonusBands.map((b): [string, number] => [`bonusBands.${b.grade}`, b.bonus]),
    ...rules.rewards.map((r): [string, number] => [`rewards.${r.id}`, r.amount]),
    ...rules.penalties.map((p): [string, number] => [`penalties.${p.id}`, p.amount]),
  ];
  const percents: [string, number][] = [
    ['overtimeMultiplierPercent', policy.overtimeMultiplierPercent],
    ['holidayMultiplierPercent', policy.holidayMultiplierPercent],
    ['sickLeaveDeductionPercent', policy.sickLeaveDeductionPercent],
    ['payRules.personalLeaveDeductionPercent', rules.personalLeaveDeductionPercent],
    ['payRules.absenceDeductionPercent', rules.absenceDeductionPercent],
  ];
  if (rules.hourly) {
    amounts.push(['hourly.ratePerHour', rules.hourly.ratePerHour]);
    amounts.push(
      ...rules.hourly.perResult.map((r): [string, number] => [
        `hourly.perResult.${r.id}`,
        r.amount,
      ]),
    );
    percents.push(['hourly.holidayMultiplierPercent', rules.hourly.holidayMultiplierPercent]);
    for (const window of rules.hourly.unpaidWindows) {
      if (minutesOfClock(window.start) === null || minutesOfClock(window.end) === null) {
        issues.push({ code: 'policy/invalid-unpaid-window', start: window.start, end: window.end });
      }
    }
  }
  for (const [field, value] of amounts) {
    if (!Number.isSafeInteger(value))
      issues.push({ code: 'policy/amount-not-integer', field, value });
    else if (value < 0) issues.push({ code: 'policy/negative-amount', field, value });
  }
  for (const [field, value] of percents) {
    if (!(Number.isFinite(value) && value >= 0)) {
      issues.push({ code: 'policy/negative-percent', field, value });
    }
  }

  if (!(
    Number.isInteger(policy.payDayOfMonth) &&
    policy.payDayOfMonth >= 1 &&
    policy.payDayOfMonth <= 31
  )) {
    issues.push({
      code: 'policy/invalid-pay-day',
      field: 'payDayOfMonth',
      value: policy.payDayOfMonth,
    });
  }
  const months = rules.payDay.monthsAfterPeriod;
  if (!(Number.isInteger(months) && months >= 0)) {
    issues.push({ code: 'policy/invalid-pay-day', field: 'monthsAfterPeriod', value: months });
  }

  const ids = [
    ...rules.rewards.map((r) => r.id),
    ...rules.penalties.map((p) => p.id),
    ...(rules.hourly?.perResult.map((r) => r.id) ?? []),
  ];
  for (const ruleId of duplicates(ids)) issues.push({ code: 'policy/duplicate-rule-id', ruleId });
  return issues;
}

function checkBands(policy: ProjectPolicy, issues: PayPolicyIssue[]): void {
  const bands = policy.bonusBands;
  for (const band of bands) {
    const min = band.minScorePercent;
    if (!(Number.isFinite(min) && min >= 0 && min <= 100)) {
      issues.push({ code: 'policy/band-out-of-range', grade: band.grade, minScorePercent: min });
    }
  }
  const lowest = Math.min(...bands.map((b) => b.minScorePercent).filter(Number.isFinite));
  // A band applies from its lower bound up, so the only scores without one lie below the lowest.
  if (bands.length === 0) issues.push({ code: 'policy/band-gap', from: 0, to: 100 });
  else if (lowest > 0) issues.push({ code: 'policy/band-gap', from: 0, to: Math.min(lowest, 100) });

  for (const min of duplicates(bands.map((b) => b.minScorePercent))) {
    issues.push({ code: 'policy/duplicate-band-threshold', minScorePercent: min });
  }
  for (const grade of duplicates(bands.map((b) => b.grade))) {
    issues.push({ code: 'policy/duplicate-band-grade', grade });
  }
  const ascending = [...bands].sort((a, b) => a.minScorePercent - b.minScorePercent);
  for (let i = 1; i < ascending.length; i += 1) {
    const lower = ascending[i - 1]!;
    const higher = ascending[i]!;
    if (higher.minScorePercent > lower.minScorePercent && higher.bonus < lower.bonus) {
      issues.push({ code: 'policy/band-pays-less', grade: higher.grade, lowerGrade: lower.grade });
    }
  }
}

/** Values that occur more than once, each once, in order of their second occurrence. */
function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
