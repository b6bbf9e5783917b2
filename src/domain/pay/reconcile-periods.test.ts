import { describe, expect, it } from 'vitest';
import {
  makeLeaveDecision,
  makeLeaveRequest,
  makePayPolicy,
  makePayRecords,
  makePayStatement,
  makePayStatementLine,
  makeWorkedShift,
} from '../../../test/pay-builders';
import { fen, yuan } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import type { Shift } from '../roster/shift';
import { reconcilePeriods } from './reconcile-periods';
import type { IssuedStatement } from './reconcile-statement';

/** DOMAIN.md's figures without bonus bands, as version `version` from `effectiveFrom`. */
function policy(version: number, effectiveFrom: string, basePay: number): ProjectPolicy {
  return makePayPolicy({
    id: `pol-${version}`,
    version,
    effectiveFrom,
    basePay: yuan(basePay),
    bonusBands: [],
  });
}

/** Version 1 (base 2 800) from 2025; version 2 (base 3 000) from October 2026. */
const POLICIES = [
  policy(2, '2026-10-01', 3000),
  policy(1, '2025-01-01', 2800),
  { ...policy(9, '2020-01-01', 9000), projectId: 'other' },
];

/** A day shift from 09:00 to `to`, less the 12:00–13:00 meal. */
function shift(id: string, day: string, to: string): Shift {
  return makeWorkedShift(id, day, '09:00', to, { meal: ['12:00', '13:00'] });
}

const RECORDS = makePayRecords({
  shifts: [
    shift('sep-1', '2026-09-14', '18:00'), // 480 min: no overtime
    shift('sep-2', '2026-09-15', '20:00'), // 600 min: 120 overtime
    shift('oct-1', '2026-10-12', '21:00'), // 660 min: 180 overtime
  ],
  // One approved personal-leave request across the month boundary: a day in each month.
  leaveRequests: [makeLeaveRequest('lr', 'personal', ['2026-09-30', '2026-10-01'])],
  leaveDecisions: [makeLeaveDecision('lr', 'approved')],
});

type LineSpec = [kind: string, ruleId: string | null, amount: number, quantity: number | null];

function issued(period: string, policyVersion: number, specs: LineSpec[]): IssuedStatement {
  const lines = specs.map(([kind, ruleId, amount, quantity], order) =>
    makePayStatementLine({
      id: `${period}-${order}`,
      statementId: `st-${period}`,
      order,
      kind,
      amount: fen(amount),
      quantity,
      ruleId,
    }),
  );
  const net = specs.reduce((total, [, , amount]) => total + amount, 0);
  const gross = specs.reduce((total, [, , amount]) => total + Math.max(amount, 0), 0);
  return {
    statement: makePayStatement({
      id: `st-${period}`,
      period,
      policyVersion,
      gross: fen(gross),
      net: fen(net),
    }),
    lines,
  };
}

const STATEMENTS = [
  // Before any policy.
  issued('2024-12', 1, [['base', 'base', 280_000, null]]),
  // No shifts on the device for August: overtime cannot be checked.
  issued('2026-08', 1, [
    ['base', 'base', 280_000, null],
    ['post-allowance', 'post-allowance', 40_000, null],
    ['subsidy', 'subsidy', 50_000, null],
    ['overtime', 'overtime', 4_828, 2],
  ]),
  // September under version 1: 2 h overtime = 2 800 ÷ 21.75 ÷ 8 × 2 × 1.5 = 48.28;
  // a personal day = 2 800 ÷ 21.75 = 128.74. Exactly right.
  issued('2026-09', 1, [
    ['base', 'base', 280_000, null],
    ['post-allowance', 'post-allowance', 40_000, null],
    ['subsidy', 'subsidy', 50_000, null],
    ['overtime', 'overtime', 4_828, 2],
    ['leave-deduction', 'personal-leave', -12_874, 1],
  ]),
  // October issued under version 1 though version 2 is in force: base 2 800 instead of 3 000,
  // 3 h overtime at 72.41 (2 800 ÷ 21.75 ÷ 8 × 3 × 1.5) instead of 77.59 (3 000 ÷ …), and the
  // personal day on 1 October (3 000 ÷ 21.75 = 137.93) left out.
  issued('2026-10', 1, [
    ['base', 'base', 280_000, null],
    ['post-allowance', 'post-allowance', 40_000, null],
    ['subsidy', 'subsidy', 50_000, null],
    ['overtime', 'overtime', 7_241, 3],
  ]),
];

describe('reconcilePeriods', () => {
  const results = reconcilePeriods(STATEMENTS, RECORDS, POLICIES);
  const byPeriod = new Map(results.map((result) => [result.period, result]));

  it('gives one reconciliation per statement, in order, under the policy in force', () => {
    expect(results.map((result) => [result.period, result.policyVersion.inForce])).toEqual([
      ['2024-12', null],
      ['2026-08', 1],
      ['2026-09', 1],
      ['2026-10', 2],
    ]);
  });

  it('names a period without a policy and checks none of its lines', () => {
    const result = byPeriod.get('2024-12')!;
    expect(result.expected).toBeNull();
    expect(result.issues).toEqual([{ code: 'pay/no-policy-in-force', period: '2024-12' }]);
    expect(result.entries.map((entry) => entry.check)).toEqual([
      { status: 'unverifiable', reason: 'no-policy' },
    ]);
    expect(result.totals).toMatchObject({ expectedNet: null, difference: null, flaggedCount: 1 });
  });

  it('cannot check overtime in a month with no shifts on the device', () => {
    const result = byPeriod.get('2026-08')!;
    expect(result.entries.map((entry) => [entry.rule, entry.check.status])).toEqual([
      ['base', 'matches'],
      ['post-allowance', 'matches'],
      ['subsidy', 'matches'],
      ['overtime', 'unverifiable'],
    ]);
  });

  it('matches a month issued exactly by the rules', () => {
    const result = byPeriod.get('2026-09')!;
    expect(result.totals).toMatchObject({ flaggedCount: 0, difference: 0, expectedNet: 361_954 });
    expect(result.entries.find((entry) => entry.rule === 'overtime')?.evidence).toEqual([
      {
        table: 'shifts',
        id: 'sep-2',
        day: '2026-09-15',
        quantity: 120,
        unit: 'minutes',
        timeSource: 'schedule',
      },
    ]);
  });

  it('traces a month issued under an older version to the version', () => {
    const result = byPeriod.get('2026-10')!;
    expect(result.entries.map((entry) => [entry.rule, entry.difference, entry.check])).toEqual([
      [
        'base',
        -20_000,
        { status: 'differs', cause: { code: 'policy-version', issued: 1, inForce: 2 } },
      ],
      ['post-allowance', 0, { status: 'matches' }],
      ['subsidy', 0, { status: 'matches' }],
      [
        'overtime',
        7_241 - 7_759,
        { status: 'differs', cause: { code: 'policy-version', issued: 1, inForce: 2 } },
      ],
      ['personal-leave', 13_793, { status: 'differs', cause: { code: 'missing-from-statement' } }],
    ]);
    expect(result.issues).toEqual([{ code: 'pay/policy-version-differs', issued: 1, inForce: 2 }]);
    // Expected 3 000 + 400 + 500 + 77.59 − 137.93 = 3 839.66; issued 3 773.41.
    expect(result.totals).toMatchObject({
      issuedNet: 377_241,
      expectedNet: 383_966,
      difference: -6_725,
      flaggedCount: 3,
    });
  });

  it('buckets 24 months of records so each period sees only its own', () => {
    const months = Array.from({ length: 24 }, (_, index) => {
      const year = 2025 + Math.floor(index / 12);
      return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
    });
    const shifts = months.flatMap((month) =>
      Array.from({ length: 22 }, (_, day) =>
        shift(`${month}-${day}`, `${month}-${String(day + 1).padStart(2, '0')}`, '20:00'),
      ),
    );
    const statements = months.map((month) => issued(month, 1, [['base', 'base', 280_000, null]]));
    const results24 = reconcilePeriods(statements, { ...RECORDS, shifts }, POLICIES);
    expect(results24).toHaveLength(24);
    // Each month sees its own 22 shifts only: 22 × 120 min of overtime.
    for (const result of results24) {
      expect(result.entries.find((entry) => entry.rule === 'overtime')?.evidence).toHaveLength(22);
    }
  });
});
