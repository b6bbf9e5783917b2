import { describe, expect, it } from 'vitest';
import { makePayStatement } from '../../../test/pay-builders';
import { fen } from '../money';
import type { PayStatement } from './pay-statement';
import { payHistory } from './pay-history';

function statement(
  period: string,
  net: number,
  issuedOn = `${period}-28`,
  id = `st-${period}`,
): PayStatement {
  return makePayStatement({
    id,
    period,
    issuedOn,
    payDay: `${period}-28`,
    gross: fen(net + 10_000),
    net: fen(net),
  });
}

const STATEMENTS = [
  statement('2026-10', 420_000),
  statement('2025-12', 390_000),
  statement('2026-08', 400_000),
  statement('2026-09', 410_000),
];

describe('payHistory', () => {
  it('lists the twelve months up to the latest statement, empty months as null', () => {
    const { months } = payHistory(STATEMENTS, '2026-11-22');
    expect(months.map((month) => [month.period, month.net])).toEqual([
      ['2025-11', null],
      ['2025-12', 390_000],
      ['2026-01', null],
      ['2026-02', null],
      ['2026-03', null],
      ['2026-04', null],
      ['2026-05', null],
      ['2026-06', null],
      ['2026-07', null],
      ['2026-08', 400_000],
      ['2026-09', 410_000],
      ['2026-10', 420_000],
    ]);
    expect(months.at(-1)).toEqual({
      period: '2026-10',
      statementId: 'st-2026-10',
      gross: 430_000,
      net: 420_000,
    });
  });

  it.each([
    // 400 000 + 410 000 + 420 000; 2025-12 is last year.
    { today: '2026-11-22', ytd: { year: 2026, net: 1_230_000, gross: 1_260_000, count: 3 } },
    // A new year: nothing yet.
    { today: '2027-01-10', ytd: { year: 2027, net: 0, gross: 0, count: 0 } },
    { today: '2025-12-31', ytd: { year: 2025, net: 390_000, gross: 400_000, count: 1 } },
    // Periods after today's month are not "to date".
    { today: '2026-09-03', ytd: { year: 2026, net: 810_000, gross: 830_000, count: 2 } },
  ])('totals the year to $today', ({ today, ytd }) => {
    expect(payHistory(STATEMENTS, today).yearToDate).toEqual(ytd);
  });

  it('counts a re-issued statement once, the later issue', () => {
    const reissued = statement('2026-09', 415_000, '2026-10-20', 'st-2026-09-b');
    const history = payHistory([...STATEMENTS, reissued], '2026-11-22');
    expect(history.months.find((month) => month.period === '2026-09')).toMatchObject({
      statementId: 'st-2026-09-b',
      net: 415_000,
    });
    expect(history.yearToDate).toMatchObject({ net: 1_235_000, count: 3 });
  });

  it('has no months and zero totals without statements', () => {
    expect(payHistory([], '2026-11-22')).toEqual({
      months: [],
      yearToDate: { year: 2026, gross: 0, net: 0, count: 0 },
    });
  });

  it('crosses the year boundary backwards', () => {
    const { months } = payHistory([statement('2026-02', 1)], '2026-03-01');
    expect([months[0]?.period, months.at(-1)?.period]).toEqual(['2025-03', '2026-02']);
  });
});
