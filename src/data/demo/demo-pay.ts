/**
 * Pay statements for the three months before the current one, as the vendor issued them. The
 * regular lines follow the published policy exactly; last month's statement also carries a
 * "customer complaint compensation" deduction that no rule and none of the agent's records back.
 */
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { addFen, divideRoundHalfUp, fen, yuan, type Fen } from '@/domain/money';
import type { PayLineKind, PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { BonusBand, ProjectPolicy } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { DEMO_AGENT_ID } from './demo-ids';
import { assessKpis } from './demo-kpis';
import { CONTRACT_MINUTES_PER_SHIFT, paidMinutesOf } from './demo-shifts';
import type { SeededRandom } from './seeded-random';
import { addDays, addMonths, monthOf, weekdayOf } from './shanghai-date';

/** The deduction the agent's own records do not support (000: agents made to pay compensation). */
export const UNSUPPORTED_DEDUCTION = {
  amount: yuan(-200),
  description: '客户投诉赔偿 / Customer complaint compensation',
} as const;

const LEVEL_NAMES: Record<AgentProfile['level'], string> = {
  base: '基层 base level',
  'one-star': '一星 one-star',
  'two-star': '二星 two-star',
  'three-star': '三星 three-star',
};

/** Overtime (五休二): base ÷ 21.75 ÷ 8 × hours × multiplier, rounded half-up once. */
export function overtimePay(basePay: Fen, minutes: number, multiplierPercent: number): Fen {
  return divideRoundHalfUp(
    BigInt(basePay) * BigInt(minutes) * BigInt(multiplierPercent),
    2175n * 8n * 60n,
  );
}

/** The band whose lower bound the score reaches, highest first (DOMAIN.md product decision). */
export function bonusBandFor(
  scorePercent: number,
  bands: readonly BonusBand[],
): BonusBand | undefined {
  return [...bands]
    .sort((a, b) => b.minScorePercent - a.minScorePercent)
    .find((band) => scorePercent >= band.minScorePercent);
}

/**
 * The 15th of the month after `period`, moved to the nearest weekday (Saturday → Friday, Sunday
 * → Monday). Public holidays are left to the employer's calendar; the demo ignores them.
 */
export function demoPayDay(period: string, payDayOfMonth: number): string {
  const day = `${addMonths(period, 1)}-${String(payDayOfMonth).padStart(2, '0')}`;
  const weekday = weekdayOf(day);
  return addDays(day, weekday === 6 ? -1 : weekday === 0 ? 1 : 0);
}

export interface DemoPay {
  payStatements: PayStatement[];
  payStatementLines: PayStatementLine[];
}

interface LineDraft {
  kind: PayLineKind;
  amount: Fen;
  description: string;
  quantity: number | null;
}

function overtimeMinutesIn(period: string, shifts: readonly Shift[]): number {
  return shifts
    .filter((shift) => monthOf(shift.day) === period && shift.status === 'worked')
    .reduce(
      (total, shift) => total + Math.max(paidMinutesOf(shift) - CONTRACT_MINUTES_PER_SHIFT, 0),
      0,
    );
}

/** Statements for the three months before `today`'s month, oldest first; lines sum to net. */
export function buildDemoPay(
  today: string,
  agent: AgentProfile,
  policy: ProjectPolicy,
  shifts: readonly Shift[],
  kpis: readonly KpiDaily[],
  random: SeededRandom,
): DemoPay {
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  const payStatements: PayStatement[] = [];
  const payStatementLines: PayStatementLine[] = [];

  for (const period of [-3, -2, -1].map((months) => addMonths(thisMonth, months))) {
    const monthKpis = kpis.filter((record) => monthOf(record.day) === period);
    // A month the 90-day window does not reach still gets a grade: no, one or two targets missed.
    const targetCount = Math.max(policy.kpiTargets.length, 1);
    const score =
      monthKpis.length > 0
        ? assessKpis(monthKpis, policy.kpiTargets)
        : ((targetCount - random.pick([0, 1, 1, 2])) / targetCount) * 100;
    const band = bonusBandFor(score, policy.bonusBands);
    const overtimeMinutes =
      period === lastMonth ? overtimeMinutesIn(period, shifts) : random.pick([0, 0, 120, 180, 270]);
    const level = LEVEL_NAMES[agent.level];
    const grade = band?.grade ?? 'E';
    const scoreText = score.toFixed(1);

    const drafts: LineDraft[] = [
      { kind: 'base', amount: policy.basePay, description: '基本工资 / Base pay', quantity: null },
      {
        kind: 'post-allowance',
        amount: policy.postAllowance[agent.level],
        description: `岗位津贴 / Post allowance (${level})`,
        quantity: null,
      },
      {
        kind: 'performance-bonus',
        amount: band?.bonus ?? fen(0),
        description: `绩效奖金 ${grade} 级(考核得分 ${scoreText}%)/ Performance bonus, grade ${grade} (score ${scoreText}%)`,
        quantity: null,
      },
      {
        kind: 'subsidy',
        amount: policy.subsidy[agent.level],
        description: `补助 / Subsidy (${level})`,
        quantity: null,
      },
    ];
    if (overtimeMinutes > 0) {
      drafts.push({
        kind: 'overtime',
        amount: overtimePay(policy.basePay, overtimeMinutes, policy.overtimeMultiplierPercent),
        description: '加班工资(五休二,1.5 倍)/ Overtime pay (five on, two off, 1.5×)',
        quantity: overtimeMinutes / 60,
      });
    }
    if (period === lastMonth) {
      drafts.push({ kind: 'penalty', quantity: null, ...UNSUPPORTED_DEDUCTION });
    }

    const id = `demo-pay-${period}`;
    const nextMonthFifth = `${addMonths(period, 1)}-05`;
    payStatements.push({
      id,
      agentId: DEMO_AGENT_ID,
      period,
      policyVersion: policy.version,
      issuedOn: nextMonthFifth < today ? nextMonthFifth : today,
      payDay: demoPayDay(period, policy.payDayOfMonth),
      gross: addFen(...drafts.map((line) => line.amount).filter((amount) => amount > 0)),
      net: addFen(...drafts.map((line) => line.amount)),
    });
    payStatementLines.push(
      ...drafts.map((draft, index) => ({
        id: `${id}-line-${index + 1}`,
        statementId: id,
        order: index + 1,
        ...draft,
      })),
    );
  }
  return { payStatements, payStatementLines };
}
