import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  makeFullAttendanceReward,
  makePayAgent,
  makePayInput,
  makePayPolicy,
  makePayRules,
} from '../../../test/pay-builders';
import { fen, yuan } from '../money';
import { calculatePay } from '../pay/calculate-pay';
import type { ProjectPolicy } from '../policy/project-policy';
import { leavePayEffect, type LeavePayEffectContext } from './leave-pay-effect';

/** DOMAIN.md's structure with a 100 CNY full-attendance reward, in force from 2025. */
function policyWithReward(overrides: Partial<ProjectPolicy> = {}): ProjectPolicy {
  return makePayPolicy({
    payRules: makePayRules({ rewards: [makeFullAttendanceReward()] }),
    ...overrides,
  });
}

function context(overrides: Partial<LeavePayEffectContext> = {}): LeavePayEffectContext {
  return { policies: [policyWithReward()], agent: makePayAgent(), ...overrides };
}

describe('leavePayEffect', () => {
  it('costs a personal day its full day of pay, and the month its full-attendance reward', () => {
    // 2 800 ÷ 21.75 = 128.7356… → −128.74; the 100 reward goes as well.
    const effect = leavePayEffect('personal', ['2026-05-14'], context());
    expect(effect.perDay).toEqual([{ day: '2026-05-14', period: '2026-05', amount: fen(-12_874) }]);
    expect(effect.periods).toEqual([
      {
        period: '2026-05',
        policyVersion: 1,
        days: ['2026-05-14'],
        netChange: fen(-22_874),
        lines: [
          { rule: 'personal-leave', amount: fen(-12_874) },
          { rule: 'reward:full-attendance', amount: fen(-10_000) },
        ],
        fullAttendance: { code: 'leave/full-attendance-lost', amount: yuan(100) },
        engineIssues: [],
      },
    ]);
    expect(effect.total).toBe(-22_874);
    expect(effect.issues).toEqual([]);
  });

  it.each([
    // Sick: 40 % of 128.7356… = 51.494… → −51.49; annual is paid and keeps full attendance.
    { kind: 'sick' as const, day: -5_149, net: -15_149, attendance: 'leave/full-attendance-lost' },
    { kind: 'annual' as const, day: 0, net: 0, attendance: 'leave/full-attendance-kept' },
    {
      kind: 'personal' as const,
      day: -12_874,
      net: -22_874,
      attendance: 'leave/full-attendance-lost',
    },
  ])('$kind leave: $day fen a day, $net for the month', ({ kind, day, net, attendance }) => {
    const effect = leavePayEffect(kind, ['2026-05-14'], context());
    expect(effect.perDay.map((entry) => entry.amount)).toEqual([day]);
    expect(effect.total).toBe(net);
    expect(effect.periods[0]!.fullAttendance.code).toBe(attendance);
  });

  it('splits the days across months, and the days of a month add up to its rounded line', () => {
    // May: 2 days, 2 800 ÷ 21.75 × 2 = 257.47 → the second day is −128.73. June: 1 day.
    const effect = leavePayEffect(
      'personal',
      ['2026-06-01', '2026-05-31', '2026-05-30', '2026-05-30'],
      context(),
    );
    expect(effect.perDay).toEqual([
      { day: '2026-05-30', period: '2026-05', amount: fen(-12_874) },
      { day: '2026-05-31', period: '2026-05', amount: fen(-12_873) },
      { day: '2026-06-01', period: '2026-06', amount: fen(-12_874) },
    ]);
    expect(effect.periods.map((period) => [period.period, period.netChange])).toEqual([
      ['2026-05', -35_747],
      ['2026-06', -22_874],
    ]);
    expect(effect.total).toBe(-58_621);
  });

  it('starts from the month as it stands: a reward already lost is not lost again', () => {
    const may = makePayInput({
      period: '2026-05',
      level: 'one-star',
      leaveDays: { personal: 0, sick: 1, annual: 0, absence: 0 },
    });
    const effect = leavePayEffect(
      'personal',
      ['2026-05-14'],
      context({ periodInputs: { '2026-05': may } }),
    );
    expect(effect.periods[0]!.fullAttendance).toEqual({ code: 'leave/full-attendance-not-earned' });
    expect(effect.total).toBe(-12_874);
  });

  it('uses the policy in force for each month', () => {
    const raised = policyWithReward({
      id: 'pol-2',
      version: 2,
      effectiveFrom: '2026-06-01',
      basePay: yuan(3480),
    });
    const effect = leavePayEffect(
      'personal',
      ['2026-05-29', '2026-06-01'],
      context({ policies: [policyWithReward(), raised] }),
    );
    // 3 480 ÷ 21.75 = 160.00 from June.
    expect(effect.perDay.map((entry) => entry.amount)).toEqual([-12_874, -16_000]);
    expect(effect.periods.map((period) => period.policyVersion)).toEqual([1, 2]);
  });

  it('reports days without a policy and malformed days instead of guessing', () => {
    const effect = leavePayEffect('personal', ['2024-12-31', '2026-02-30', '14 May'], context());
    expect(effect.issues).toEqual([
      { code: 'leave/invalid-day', day: '14 May' },
      { code: 'leave/invalid-day', day: '2026-02-30' },
      { code: 'leave/no-policy', period: '2024-12' },
    ]);
    expect(effect.perDay).toEqual([]);
    expect(effect.total).toBe(0);
  });

  it('says when the policy has no full-attendance reward', () => {
    const effect = leavePayEffect(
      'personal',
      ['2026-05-14'],
      context({ policies: [makePayPolicy()] }),
    );
    expect(effect.periods[0]!.fullAttendance).toEqual({ code: 'leave/no-full-attendance-reward' });
    expect(effect.total).toBe(-12_874);
  });

  it('does not earn full attendance in a month employment does not cover', () => {
    const effect = leavePayEffect(
      'personal',
      ['2026-05-14'],
      context({ agent: makePayAgent({ employedFrom: '2026-05-04' }) }),
    );
    expect(effect.periods[0]!.fullAttendance).toEqual({ code: 'leave/full-attendance-not-earned' });
  });

  it('agrees with the pay engine: days add up to the leave line, months to the total', () => {
    const dayArbitrary = fc
      .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(
        ({ month, day }) =>
          `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(
        fc.constantFrom('personal' as const, 'sick' as const, 'annual' as const),
        fc.array(dayArbitrary, { maxLength: 12 }),
        (kind, days) => {
          const effect = leavePayEffect(kind, days, context());
          for (const period of effect.periods) {
            const dayTotal = effect.perDay
              .filter((entry) => entry.period === period.period)
              .reduce((total, entry) => total + entry.amount, 0);
            const leaveLine = period.lines
              .filter((line) => line.rule === 'personal-leave' || line.rule === 'sick-leave')
              .reduce((total, line) => total + line.amount, 0);
            expect(dayTotal).toBe(leaveLine);
            const lineTotal = period.lines.reduce((total, line) => total + line.amount, 0);
            expect(lineTotal).toBe(period.netChange);
            const base = makePayInput({ period: period.period, level: 'one-star', daysWorked: 0 });
            const after = calculatePay(policyWithReward(), {
              ...base,
              leaveDays: { ...base.leaveDays, [kind]: period.days.length },
            });
            expect(period.netChange).toBe(after.net - calculatePay(policyWithReward(), base).net);
          }
          expect(effect.total).toBe(
            effect.periods.reduce((total, period) => total + period.netChange, 0),
          );
        },
      ),
    );
  });
});
