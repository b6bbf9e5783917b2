import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, yuan } from '@/domain/money';
import { assessKpis } from './demo-kpis';
import { bonusBandFor, demoPayDay, overtimePay, UNSUPPORTED_DEDUCTION } from './demo-pay';
import { buildDemoPolicy } from './demo-policy';
import { CONTRACT_MINUTES_PER_SHIFT, paidMinutesOf } from './demo-shifts';
import { generateDemoWorkspace } from './generate-demo-workspace';
import { addDays, addMonths, monthOf, weekdayOf } from './shanghai-date';

const anyDay = fc.integer({ min: 0, max: 15 * 365 }).map((offset) => addDays('2020-01-01', offset));
const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

function expectPayStory(today: string) {
  const { payStatements, payStatementLines } = generateDemoWorkspace(today);
  const thisMonth = monthOf(today);

  // The three months before this one, oldest first, each issued by today and paid on a weekday.
  expect(payStatements.map((statement) => statement.period)).toEqual(
    [-3, -2, -1].map((months) => addMonths(thisMonth, months)),
  );
  for (const statement of payStatements) {
    const lines = payStatementLines.filter((line) => line.statementId === statement.id);
    const amounts = lines.map((line) => line.amount);
    expect(amounts.every(Number.isSafeInteger)).toBe(true);
    expect(Number.isSafeInteger(statement.gross) && Number.isSafeInteger(statement.net)).toBe(true);
    expect(sum(amounts)).toBe(statement.net);
    expect(sum(amounts.filter((amount) => amount > 0))).toBe(statement.gross);
    expect(lines.map((line) => line.order)).toEqual(lines.map((_, index) => index + 1));
    expect(statement.issuedOn <= today).toBe(true);
    expect(statement.payDay.startsWith(addMonths(statement.period, 1))).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(weekdayOf(statement.payDay));
  }

  // Exactly one deduction, on last month's statement, that no policy rule explains.
  const negative = payStatementLines.filter((line) => line.amount < 0);
  expect(negative).toHaveLength(1);
  expect(negative[0]).toMatchObject({
    kind: 'penalty',
    amount: UNSUPPORTED_DEDUCTION.amount,
    statementId: `demo-pay-${addMonths(thisMonth, -1)}`,
  });
}

describe('demo pay statements', () => {
  it.each(['2026-11-22', '2026-01-01', '2026-03-01', '2028-02-29', '2026-12-31'])(
    'issues three statements with one unsupported deduction before %s',
    (today) => {
      expectPayStory(today);
    },
  );

  it('keeps every statement equal to the sum of its lines on any day', () => {
    fc.assert(fc.property(anyDay, expectPayStory), { numRuns: 100 });
  });

  it('pays the two-star base, allowance and subsidy, and the bonus of the month’s grade', () => {
    const today = '2026-11-22';
    const { payStatements, payStatementLines, kpiDaily, policies } = generateDemoWorkspace(today);
    const policy = policies[0]!;
    for (const statement of payStatements) {
      const amountOf = (kind: string) =>
        payStatementLines.find((line) => line.statementId === statement.id && line.kind === kind)
          ?.amount;
      expect(amountOf('base')).toBe(yuan(2800));
      expect(amountOf('post-allowance')).toBe(yuan(600));
      expect(amountOf('subsidy')).toBe(yuan(700));
      const monthKpis = kpiDaily.filter((record) => monthOf(record.day) === statement.period);
      const band = bonusBandFor(assessKpis(monthKpis, policy.kpiTargets), policy.bonusBands);
      expect(amountOf('performance-bonus')).toBe(band?.bonus);
    }
  });

  it('pays last month’s overtime for exactly the extra hours on its worked shifts', () => {
    const today = '2026-11-22';
    const { payStatementLines, shifts } = generateDemoWorkspace(today);
    const lastMonth = addMonths(monthOf(today), -1);
    const extraMinutes = sum(
      shifts
        .filter((shift) => monthOf(shift.day) === lastMonth)
        .map((shift) => paidMinutesOf(shift) - CONTRACT_MINUTES_PER_SHIFT),
    );
    const overtime = payStatementLines.find(
      (line) => line.statementId === `demo-pay-${lastMonth}` && line.kind === 'overtime',
    );
    expect(overtime?.quantity).toBe(extraMinutes / 60);
    expect(overtime?.amount).toBe(overtimePay(yuan(2800), extraMinutes, 150));
  });

  it.each([
    // DOMAIN.md: 2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5 = 241.379… yuan
    { minutes: 600, expected: 24_138 },
    { minutes: 120, expected: 4_828 },
    { minutes: 180, expected: 7_241 },
    { minutes: 0, expected: 0 },
  ])('pays $minutes minutes of overtime as $expected fen', ({ minutes, expected }) => {
    expect(overtimePay(yuan(2800), minutes, 150)).toBe(fen(expected));
  });

  it.each([
    { score: 100, grade: 'A' },
    { score: 95, grade: 'A' },
    { score: 94.5, grade: 'B' },
    { score: 90, grade: 'B' },
    { score: 89.9, grade: 'C' },
    { score: 80, grade: 'C' },
    { score: 71, grade: 'D' },
    { score: 70.5, grade: 'E' },
    { score: 0, grade: 'E' },
  ])('grades a score of $score % as $grade', ({ score, grade }) => {
    expect(bonusBandFor(score, buildDemoPolicy('2026-11-22').bonusBands)?.grade).toBe(grade);
  });

  it.each([
    { period: '2026-10', payDay: '2026-11-16' }, // 15th is a Sunday → Monday
    { period: '2026-07', payDay: '2026-08-14' }, // 15th is a Saturday → Friday
    { period: '2026-08', payDay: '2026-09-15' },
    { period: '2026-12', payDay: '2027-01-15' },
  ])('pays $period on $payDay', ({ period, payDay }) => {
    expect(demoPayDay(period, 15)).toBe(payDay);
  });
});
