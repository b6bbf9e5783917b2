/**
 * Twelve months of pay statements before the current one, as the vendor issued them. The vendor's
 * payroll runs the published policy through the same engine the app uses, on the agent's shifts
 * and KPI figures where the demo has them; for older months (before the demo's roster starts) it
 * uses its own figures, which the agent's device cannot check. Last month's statement carries the
 * sources' two complaints: one day of overtime left out, and a "customer complaint compensation"
 * deduction that no published rule and none of the agent's records back (000).
 */
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { addFen, yuan } from '@/domain/money';
import { calculatePay } from '@/domain/pay/calculate-pay';
import type { PayPeriodInput } from '@/domain/pay/pay-input';
import { payInputFromRecords, type PayEvidence } from '@/domain/pay/pay-inputs-from-records';
import type { ComputedPayLine } from '@/domain/pay/pay-line';
import { payDayOf } from '@/domain/pay/pay-day';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { DEMO_AGENT_ID } from './demo-ids';
import type { SeededRandom } from './seeded-random';
import { addMonths, monthOf } from './shanghai-date';

/** Months of statements the demo issues, up to last month. */
export const DEMO_PAY_MONTHS = 12;

/** The deduction the agent's own records do not support (000: agents made to pay compensation). */
export const UNSUPPORTED_DEDUCTION = {
  amount: yuan(-200),
  description: '客户投诉赔偿 / Customer complaint compensation',
} as const;

/** The vendor's own wording of each line, as a real statement prints it. */
const DESCRIPTIONS: Record<string, string> = {
  base: '基本工资 / Base pay',
  'post-allowance': '岗位津贴 / Post allowance',
  subsidy: '补助 / Subsidy',
  'performance-bonus': '绩效奖金 / Performance bonus',
  overtime: '加班工资(1.5 倍)/ Overtime pay (1.5×)',
  'statutory-holiday': '法定节假日加班(3 倍)/ Statutory holiday work (3×)',
  'personal-leave': '事假扣款 / Personal leave',
  'sick-leave': '病假扣款 / Sick leave',
  absence: '旷工扣款 / Absence',
  'reward:full-attendance': '全勤奖 / Full attendance',
};

export interface DemoPay {
  payStatements: PayStatement[];
  payStatementLines: PayStatementLine[];
}

/** The quantity a statement prints for a line: hours of overtime, days of holiday work or leave. */
function quantityOf(line: ComputedPayLine, input: PayPeriodInput): number | null {
  switch (line.rule) {
    case 'overtime':
      return input.overtimeMinutes / 60;
    case 'statutory-holiday':
      return input.statutoryHolidaysWorked;
    case 'personal-leave':
      return input.leaveDays.personal;
    case 'sick-leave':
      return input.leaveDays.sick;
    case 'absence':
      return input.leaveDays.absence;
    default:
      return null;
  }
}

/** The minutes of the last day of overtime the records show: the day the vendor leaves out. */
function lastOvertimeDayMinutes(evidence: PayEvidence): number {
  return evidence.overtime?.at(-1)?.quantity ?? 0;
}

/**
 * Statements for the twelve months before `today`'s month, oldest first; lines sum to net.
 * The device can check a month's overtime only where the demo's roster reaches (last month).
 */
export function buildDemoPay(
  today: string,
  agent: AgentProfile,
  policy: ProjectPolicy,
  shifts: readonly Shift[],
  kpiDaily: readonly KpiDaily[],
  random: SeededRandom,
): DemoPay {
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  const records = {
    agent,
    shifts,
    kpiDaily,
    clockRecords: [],
    leaveRequests: [],
    leaveDecisions: [],
  };
  const payStatements: PayStatement[] = [];
  const payStatementLines: PayStatementLine[] = [];

  for (let months = DEMO_PAY_MONTHS; months >= 1; months -= 1) {
    const period = addMonths(thisMonth, -months);
    const fromRecords = payInputFromRecords(period, records, policy);
    // Before the demo's roster and KPI window the vendor uses figures the device does not hold.
    const targetCount = Math.max(policy.kpiTargets.length, 1);
    const input: PayPeriodInput = {
      ...fromRecords.input,
      coversWholePeriod: true,
      overtimeMinutes: fromRecords.coverage.shifts
        ? fromRecords.input.overtimeMinutes
        : random.pick([0, 0, 120, 180, 270]),
      assessmentScore: fromRecords.coverage.kpi
        ? fromRecords.input.assessmentScore
        : Math.round(((targetCount - random.pick([0, 1, 1, 2])) / targetCount) * 1000) / 10,
    };
    if (period === lastMonth) {
      input.overtimeMinutes -= lastOvertimeDayMinutes(fromRecords.evidence);
    }
    const computed = calculatePay(policy, input);
    const id = `demo-pay-${period}`;
    const lines: PayStatementLine[] = computed.lines.map((line, index) => ({
      id: `${id}-line-${index + 1}`,
      statementId: id,
      order: index + 1,
      kind: line.kind,
      amount: line.amount,
      description: DESCRIPTIONS[line.rule] ?? '',
      quantity: quantityOf(line, input),
      ruleId: line.rule,
    }));
    if (period === lastMonth) {
      lines.push({
        id: `${id}-line-${lines.length + 1}`,
        statementId: id,
        order: lines.length + 1,
        kind: 'penalty',
        quantity: null,
        ruleId: null,
        ...UNSUPPORTED_DEDUCTION,
      });
    }
    const nextMonthFifth = `${addMonths(period, 1)}-05`;
    payStatements.push({
      id,
      agentId: DEMO_AGENT_ID,
      period,
      policyVersion: policy.version,
      issuedOn: nextMonthFifth < today ? nextMonthFifth : today,
      payDay: payDayOf(period, policy),
      gross: addFen(...lines.map((line) => line.amount).filter((amount) => amount > 0)),
      net: addFen(...lines.map((line) => line.amount)),
      assessmentScore: input.assessmentScore,
    });
    payStatementLines.push(...lines);
  }
  return { payStatements, payStatementLines };
}
