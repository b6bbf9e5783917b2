import { describe, expect, it } from 'vitest';
import { makePayStatement, makePayStatementLine } from '../../../test/pay-builders';
import { fen, type Fen } from '../money';
import type { PayStatement, PayStatementLine } from './pay-statement';
import { checkStatement, type StatementIssue } from './statement-checks';

function statement(gross: number, net: number): PayStatement {
  return makePayStatement({
    id: 's1',
    agentId: 'a1',
    period: '2026-03',
    issuedOn: '2026-04-10',
    payDay: '2026-04-15',
    gross: fen(gross),
    net: fen(net),
    assessmentScore: 92,
  });
}

let order = 0;
function line(id: string, kind: string, amount: number): PayStatementLine {
  order += 1;
  return makePayStatementLine({ id, statementId: 's1', order, kind, amount: amount as Fen });
}

const regular = () => [
  line('l1', 'base', 280_000),
  line('l2', 'subsidy', 30_000),
  line('l3', 'overtime', 24_138),
  line('l4', 'leave-deduction', -12_874),
];

describe('checkStatement', () => {
  it.each<{
    name: string;
    gross: number;
    net: number;
    lines: PayStatementLine[];
    expected: StatementIssue[];
  }>([
    {
      // 280 000 + 30 000 + 24 138 = 334 138; − 12 874 = 321 264.
      name: 'a consistent statement',
      gross: 334_138,
      net: 321_264,
      lines: regular(),
      expected: [],
    },
    {
      // Lines sum to 321 264, the statement says 341 264 (200 more).
      name: 'a net the lines do not reach',
      gross: 334_138,
      net: 341_264,
      lines: regular(),
      expected: [
        { code: 'statement/lines-do-not-sum-to-net', net: fen(341_264), linesTotal: 321_264 },
      ],
    },
    {
      // Positive lines sum to 334 138; a gross of 354 138 is wrong even though the net matches.
      name: 'a gross the positive lines do not reach',
      gross: 354_138,
      net: 321_264,
      lines: regular(),
      expected: [
        {
          code: 'statement/positive-lines-do-not-sum-to-gross',
          gross: fen(354_138),
          positiveTotal: 334_138,
        },
      ],
    },
    {
      // An unknown kind still counts in the sums: 321 264 − 20 000 = 301 264.
      name: 'an unknown line kind',
      gross: 334_138,
      net: 301_264,
      lines: [...regular(), line('l5', 'compensation', -20_000)],
      expected: [{ code: 'statement/unknown-line-kind', kind: 'compensation', lineId: 'l5' }],
    },
    {
      name: 'no lines',
      gross: 0,
      net: 0,
      lines: [],
      expected: [{ code: 'statement/no-lines' }],
    },
    {
      // 100.5 fen: not a whole fen; sums 280 000 + 100.5 = 280 100.5.
      name: 'an amount that is not whole fen',
      gross: 280_100,
      net: 280_100,
      lines: [line('l1', 'base', 280_000), line('l2', 'reward', 100.5)],
      expected: [
        { code: 'statement/amount-not-integer', lineId: 'l2', amount: 100.5 },
        { code: 'statement/lines-do-not-sum-to-net', net: fen(280_100), linesTotal: 280_100.5 },
        {
          code: 'statement/positive-lines-do-not-sum-to-gross',
          gross: fen(280_100),
          positiveTotal: 280_100.5,
        },
      ],
    },
  ])('$name', ({ gross, net, lines, expected }) => {
    expect(checkStatement(statement(gross, net), lines)).toEqual(expected);
  });
});
