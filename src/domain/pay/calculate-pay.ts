import { addFen, ZERO_FEN, type Fen } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import { bonusBandFor } from './bonus-band';
import { addDays, calendarOf, holidayBlockOn } from './holiday-calendar';
import type { HourlyRecord, PayPeriodInput } from './pay-input';
import { DEDUCTION_SIGN, evaluateFormula } from './pay-formula';
import type {
  ComputedPayLine,
  ComputedStatement,
  FormulaOperand,
  FormulaStep,
  PayEngineIssue,
  PayRuleId,
} from './pay-line';
import type { HourlyPayRules, UnpaidWindow } from './pay-rules';
import type { PayLineKind } from './pay-statement';

const MINUTES_PER_DAY = 24 * 60;

const money = (amount: Fen): FormulaOperand => ({ kind: 'money', amount });
const factor = (hundredths: number): FormulaOperand => ({ kind: 'factor', hundredths });
const percent = (value: number): FormulaOperand => ({ kind: 'percent', percent: value });
const hours = (minutes: number): FormulaOperand => ({ kind: 'hours', minutes });
const days = (value: number): FormulaOperand => ({ kind: 'days', days: value });
const count = (value: number): FormulaOperand => ({ kind: 'count', count: value });

const start = (operand: FormulaOperand): FormulaStep => ({ operator: 'start', operand });
const times = (operand: FormulaOperand): FormulaStep => ({ operator: 'times', operand });
const divide = (operand: FormulaOperand): FormulaStep => ({ operator: 'divide', operand });

/** A quantity that yields a line: a finite number above zero. */
function positive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

interface Builder {
  version: number;
  lines: ComputedPayLine[];
}

/**
 * Adds a line whose amount is its formula evaluated exactly and rounded once, so the two can never
 * disagree. Lines of amount 0 are left out unless `keepZero` (the performance bonus).
 */
function addLine(
  builder: Builder,
  kind: PayLineKind,
  rule: PayRuleId,
  formula: FormulaStep[],
  extra: Pick<ComputedPayLine, 'grade' | 'withheld'> = {},
  keepZero = false,
): void {
  const amount = evaluateFormula(formula);
  if (amount === 0 && !keepZero) return;
  builder.lines.push({ kind, rule, policyVersion: builder.version, amount, formula, ...extra });
}

/** Sums counts by id, keeping the order of first appearance. */
function countsById(entries: readonly { id: string; count: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.id, (counts.get(entry.id) ?? 0) + entry.count);
  return counts;
}

/**
 * The expected statement of one period: one line per component (base, post allowance, subsidy,
 * performance bonus, overtime, statutory holiday, personal leave, sick leave, absence, rewards,
 * penalties; hourly and per-result lines for crowdsourced agents), each rounded half-up to the
 * fen once; `net` is the sum of the lines, `gross` the sum of the positive lines. Lines of
 * amount 0 are left out, except the performance bonus whenever there is a score (grade E, or a
 * bonus withheld for a partial period, stays visible). See `docs/pay.md`.
 */
export function calculatePay(policy: ProjectPolicy, input: PayPeriodInput): ComputedStatement {
  const builder: Builder = { version: policy.version, lines: [] };
  const issues: PayEngineIssue[] = [];

  if (input.employment === 'crowdsourced') {
    addHourlyLines(builder, issues, policy, input);
  } else {
    addMonthlyLines(builder, issues, policy, input);
  }
  addRewardAndPenaltyLines(builder, issues, policy, input);

  const amounts = builder.lines.map((line) => line.amount);
  return {
    period: input.period,
    policyVersion: policy.version,
    lines: builder.lines,
    gross: addFen(...amounts.filter((amount) => amount > 0)),
    net: addFen(ZERO_FEN, ...amounts),
    issues,
  };
}

function addMonthlyLines(
  builder: Builder,
  issues: PayEngineIssue[],
  policy: ProjectPolicy,
  input: PayPeriodInput,
): void {
  const base = policy.basePay;
  addLine(builder, 'base', 'base', [start(money(base))]);
  addLine(builder, 'post-allowance', 'post-allowance', [
    start(money(policy.postAllowance[input.level] ?? ZERO_FEN)),
  ]);
  addLine(builder, 'subsidy', 'subsidy', [start(money(policy.subsidy[input.level] ?? ZERO_FEN))]);

  if (input.assessmentScore !== null) {
    const band = bonusBandFor(input.assessmentScore, policy.bonusBands);
    if (band === null) {
      issues.push({ code: 'pay/no-band-for-score', score: input.assessmentScore });
    } else if (policy.payRules.bonusRequiresFullPeriod && !input.coversWholePeriod) {
      addLine(
        builder,
        'performance-bonus',
        'performance-bonus',
        [start(money(band.bonus)), times(factor(0))],
        { grade: band.grade, withheld: 'partial-period' },
        true,
      );
    } else {
      addLine(
        builder,
        'performance-bonus',
        'performance-bonus',
        [start(money(band.bonus))],
        { grade: band.grade },
        true,
      );
    }
  }

  const rates = policy.payRules.workPatterns[input.workPattern] as
    (typeof policy.payRules.workPatterns)[typeof input.workPattern] | undefined;
  const workdays = rates?.monthlyWorkdaysHundredths ?? 0;
  const hoursPerDay = rates?.hoursPerDay ?? 0;
  const dailyRateValid = positive(workdays);
  const hourlyRateValid = dailyRateValid && positive(hoursPerDay);
  const leave = input.leaveDays;
  const needsDailyRate =
    positive(input.statutoryHolidaysWorked) ||
    positive(leave.personal) ||
    positive(leave.sick) ||
    positive(leave.absence);
  if (
    (positive(input.overtimeMinutes) && !hourlyRateValid) ||
    (needsDailyRate && !dailyRateValid)
  ) {
    issues.push({ code: 'pay/invalid-work-pattern', workPattern: input.workPattern });
  }

  // base ÷ workdays ÷ hours per day × hours × multiplier; minutes are summed by the caller.
  if (hourlyRateValid && positive(input.overtimeMinutes)) {
    addLine(builder, 'overtime', 'overtime', [
      start(money(base)),
      divide(factor(workdays)),
      divide(count(hoursPerDay)),
      times(hours(input.overtimeMinutes)),
      times(factor(policy.overtimeMultiplierPercent)),
    ]);
  }
  if (!dailyRateValid) return;
  const dailyRate = [start(money(base)), divide(factor(workdays))];

  if (positive(input.statutoryHolidaysWorked)) {
    addLine(builder, 'holiday', 'statutory-holiday', [
      ...dailyRate,
      times(days(input.statutoryHolidaysWorked)),
      times(factor(policy.holidayMultiplierPercent)),
    ]);
  }
  const deductions: [PayRuleId, number, number][] = [
    ['personal-leave', leave.personal, policy.payRules.personalLeaveDeductionPercent],
    ['sick-leave', leave.sick, policy.sickLeaveDeductionPercent],
    ['absence', leave.absence, policy.payRules.absenceDeductionPercent],
  ];
  for (const [rule, dayCount, deductionPercent] of deductions) {
    if (!positive(dayCount)) continue;
    addLine(builder, 'leave-deduction', rule, [
      DEDUCTION_SIGN,
      times(money(base)),
      divide(factor(workdays)),
      times(days(dayCount)),
      times(percent(deductionPercent)),
    ]);
  }
}

function addRewardAndPenaltyLines(
  builder: Builder,
  issues: PayEngineIssue[],
  policy: ProjectPolicy,
  input: PayPeriodInput,
): void {
  const { rewards, penalties } = policy.payRules;
  const leave = input.leaveDays;
  const fullAttendance =
    input.coversWholePeriod &&
    !positive(leave.personal) &&
    !positive(leave.sick) &&
    !positive(leave.absence);

  const rewardCounts = countsById(input.rewards.map((r) => ({ id: r.ruleId, count: r.count })));
  for (const rule of rewards) {
    if (rule.kind === 'full-attendance') {
      if (fullAttendance)
        addLine(builder, 'reward', `reward:${rule.id}`, [start(money(rule.amount))]);
      continue;
    }
    const granted = rewardCounts.get(rule.id) ?? 0;
    if (positive(granted)) {
      addLine(builder, 'reward', `reward:${rule.id}`, [
        start(money(rule.amount)),
        times(count(granted)),
      ]);
    }
  }
  for (const ruleId of rewardCounts.keys()) {
    if (!rewards.some((rule) => rule.id === ruleId)) {
      issues.push({ code: 'pay/unknown-reward-rule', ruleId });
    }
  }

  const penaltyCounts = countsById(input.penalties.map((p) => ({ id: p.ruleId, count: p.count })));
  for (const rule of penalties) {
    const occurrences = penaltyCounts.get(rule.id) ?? 0;
    if (positive(occurrences)) {
      addLine(builder, 'penalty', `penalty:${rule.id}`, [
        DEDUCTION_SIGN,
        times(money(rule.amount)),
        times(count(occurrences)),
      ]);
    }
  }
  for (const ruleId of penaltyCounts.keys()) {
    if (!penalties.some((rule) => rule.id === ruleId)) {
      issues.push({ code: 'pay/unknown-penalty-rule', ruleId });
    }
  }
}

function addHourlyLines(
  builder: Builder,
  issues: PayEngineIssue[],
  policy: ProjectPolicy,
  input: PayPeriodInput,
): void {
  const rules = policy.payRules.hourly;
  if (rules === null) {
    if (input.hourlyRecords.length > 0 || input.results.length > 0) {
      issues.push({ code: 'pay/no-hourly-rules' });
    }
    return;
  }
  const calendar = calendarOf(policy);
  let ordinaryMinutes = 0;
  let upliftMinutes = 0;
  for (const record of input.hourlyRecords) {
    const byDay = paidMinutesByDay(record, rules.unpaidWindows);
    if (byDay === null) {
      issues.push({ code: 'pay/invalid-hourly-record', ...record });
      continue;
    }
    for (const [day, minutes] of byDay) {
      const block = holidayBlockOn(day, calendar);
      if (block !== null && rules.upliftHolidays.includes(block)) upliftMinutes += minutes;
      else ordinaryMinutes += minutes;
    }
  }
  if (ordinaryMinutes > 0) {
    addLine(builder, 'hourly', 'hourly', [
      start(money(rules.ratePerHour)),
      times(hours(ordinaryMinutes)),
    ]);
  }
  if (upliftMinutes > 0) {
    addLine(builder, 'hourly', 'hourly-holiday', [
      start(money(rules.ratePerHour)),
      times(hours(upliftMinutes)),
      times(factor(rules.holidayMultiplierPercent)),
    ]);
  }
  addPerResultLines(builder, issues, rules, input);
}

function addPerResultLines(
  builder: Builder,
  issues: PayEngineIssue[],
  rules: HourlyPayRules,
  input: PayPeriodInput,
): void {
  const counts = countsById(input.results.map((r) => ({ id: r.rateId, count: r.count })));
  for (const rate of rules.perResult) {
    const results = counts.get(rate.id) ?? 0;
    if (positive(results)) {
      addLine(builder, 'per-result', `per-result:${rate.id}`, [
        start(money(rate.amount)),
        times(count(results)),
      ]);
    }
  }
  for (const rateId of counts.keys()) {
    if (!rules.perResult.some((rate) => rate.id === rateId)) {
      issues.push({ code: 'pay/unknown-result-rate', rateId });
    }
  }
}

/** Minutes since midnight of `HH:mm` (00:00–24:00), or `null`. */
export function minutesOfClock(clock: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null;
}

/** A day's unpaid minutes as merged `[from, to)` spans; a window past midnight wraps. */
function unpaidSpans(windows: readonly UnpaidWindow[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const window of windows) {
    const from = minutesOfClock(window.start);
    const to = minutesOfClock(window.end);
    if (from === null || to === null || from === to) continue;
    if (from < to) spans.push([from, to]);
    else spans.push([from, MINUTES_PER_DAY], [0, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * Paid minutes of one record by calendar day: the stretch from `start` to `end` (past midnight
 * when `end` is before `start`, so its minutes after midnight count on the next day), less its
 * overlap with the unpaid windows of each day. `null` when a time is not `HH:mm`.
 */
export function paidMinutesByDay(
  record: HourlyRecord,
  windows: readonly UnpaidWindow[],
): Map<string, number> | null {
  const from = minutesOfClock(record.start);
  let to = minutesOfClock(record.end);
  if (from === null || to === null || !/^\d{4}-\d{2}-\d{2}$/.test(record.day)) return null;
  if (to < from) to += MINUTES_PER_DAY;
  const unpaid = unpaidSpans(windows);
  const result = new Map<string, number>();
  const segments: [string, number, number][] = [[record.day, from, Math.min(to, MINUTES_PER_DAY)]];
  if (to > MINUTES_PER_DAY) segments.push([addDays(record.day, 1), 0, to - MINUTES_PER_DAY]);
  for (const [day, segmentFrom, segmentTo] of segments) {
    let minutes = segmentTo - segmentFrom;
    for (const [unpaidFrom, unpaidTo] of unpaid) {
      minutes -= Math.max(0, Math.min(segmentTo, unpaidTo) - Math.max(segmentFrom, unpaidFrom));
    }
    if (minutes > 0) result.set(day, (result.get(day) ?? 0) + minutes);
  }
  return result;
}

/** Total paid minutes of a record (see `paidMinutesByDay`); 0 for a malformed record. */
export function paidMinutesOf(record: HourlyRecord, windows: readonly UnpaidWindow[]): number {
  let total = 0;
  for (const minutes of paidMinutesByDay(record, windows)?.values() ?? []) total += minutes;
  return total;
}
