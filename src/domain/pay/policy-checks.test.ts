import { describe, expect, it } from 'vitest';
import { makePayPolicy } from '../../../test/pay-builders';
import { fen, yuan, type Fen } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import { checkPayPolicy, type PayPolicyIssue } from './policy-checks';

/** DOMAIN.md's policy, after `change`. */
function policy(change: (p: ProjectPolicy) => void = () => undefined): ProjectPolicy {
  const p = makePayPolicy();
  change(p);
  return p;
}

const text = { en: 'x' };

describe('checkPayPolicy', () => {
  it("finds nothing wrong with DOMAIN.md's policy", () => {
    expect(checkPayPolicy(policy())).toEqual([]);
  });

  it.each<{ name: string; change: (p: ProjectPolicy) => void; expected: PayPolicyIssue[] }>([
    {
      name: 'no band reaching 0: scores 0–71 have none',
      change: (p) => (p.bonusBands = p.bonusBands.filter((b) => b.grade !== 'E')),
      expected: [{ code: 'policy/band-gap', from: 0, to: 71 }],
    },
    {
      name: 'no bands at all',
      change: (p) => (p.bonusBands = []),
      expected: [{ code: 'policy/band-gap', from: 0, to: 100 }],
    },
    {
      name: 'two bands on one threshold',
      change: (p) => (p.bonusBands[1]!.minScorePercent = 95),
      expected: [{ code: 'policy/duplicate-band-threshold', minScorePercent: 95 }],
    },
    {
      name: 'two bands of one grade',
      change: (p) => (p.bonusBands[2]!.grade = 'B'),
      expected: [{ code: 'policy/duplicate-band-grade', grade: 'B' }],
    },
    {
      name: 'a higher band paying less',
      // B (≥ 90) pays 150, C (≥ 80) pays 200.
      change: (p) => (p.bonusBands[1]!.bonus = yuan(150)),
      expected: [{ code: 'policy/band-pays-less', grade: 'B', lowerGrade: 'C' }],
    },
    {
      name: 'a threshold above 100',
      change: (p) => (p.bonusBands[0]!.minScorePercent = 120),
      expected: [{ code: 'policy/band-out-of-range', grade: 'A', minScorePercent: 120 }],
    },
    {
      name: 'zero workdays and negative hours per day',
      change: (p) => {
        p.payRules.workPatterns['five-on-two-off'].monthlyWorkdaysHundredths = 0;
        p.payRules.workPatterns['one-on-one-off'].hoursPerDay = -12;
      },
      expected: [
        {
          code: 'policy/invalid-divisor',
          workPattern: 'five-on-two-off',
          field: 'monthlyWorkdaysHundredths',
          value: 0,
        },
        {
          code: 'policy/invalid-divisor',
          workPattern: 'one-on-one-off',
          field: 'hoursPerDay',
          value: -12,
        },
      ],
    },
    {
      name: 'negative amounts',
      change: (p) => {
        p.basePay = fen(-1);
        p.subsidy['two-star'] = fen(-70_000);
        p.payRules.penalties = [{ id: 'quit', amount: fen(-5_000), text }];
        p.payRules.hourly!.ratePerHour = fen(-1_500);
      },
      expected: [
        { code: 'policy/negative-amount', field: 'basePay', value: -1 },
        { code: 'policy/negative-amount', field: 'subsidy.two-star', value: -70_000 },
        { code: 'policy/negative-amount', field: 'penalties.quit', value: -5_000 },
        { code: 'policy/negative-amount', field: 'hourly.ratePerHour', value: -1_500 },
      ],
    },
    {
      name: 'an amount that is not a whole number of fen',
      change: (p) => (p.postAllowance['one-star'] = 400.5 as Fen),
      expected: [
        { code: 'policy/amount-not-integer', field: 'postAllowance.one-star', value: 400.5 },
      ],
    },
    {
      name: 'negative percentages',
      change: (p) => {
        p.sickLeaveDeductionPercent = -40;
        p.payRules.absenceDeductionPercent = -1;
      },
      expected: [
        { code: 'policy/negative-percent', field: 'sickLeaveDeductionPercent', value: -40 },
        { code: 'policy/negative-percent', field: 'payRules.absenceDeductionPercent', value: -1 },
      ],
    },
    {
      name: 'a pay day of 0 and a negative month offset',
      change: (p) => {
        p.payDayOfMonth = 0;
        p.payRules.payDay.monthsAfterPeriod = -1;
      },
      expected: [
        { code: 'policy/invalid-pay-day', field: 'payDayOfMonth', value: 0 },
        { code: 'policy/invalid-pay-day', field: 'monthsAfterPeriod', value: -1 },
      ],
    },
    {
      name: 'a reward and a penalty sharing an id',
      change: (p) => {
        p.payRules.rewards = [{ id: 'x1', kind: 'per-occurrence', amount: yuan(10), text }];
        p.payRules.penalties = [{ id: 'x1', amount: yuan(10), text }];
      },
      expected: [{ code: 'policy/duplicate-rule-id', ruleId: 'x1' }],
    },
    {
      name: 'an unpaid window that is not HH:mm',
      change: (p) => (p.payRules.hourly!.unpaidWindows = [{ start: '6pm', end: '19:00' }]),
      expected: [{ code: 'policy/invalid-unpaid-window', start: '6pm', end: '19:00' }],
    },
  ])('reports $name', ({ change, expected }) => {
    expect(checkPayPolicy(policy(change))).toEqual(expected);
  });

  it('accepts bands in any order and equal pay in neighbouring bands', () => {
    const p = policy((x) => {
      x.bonusBands = [...x.bonusBands].reverse();
      x.bonusBands[0]!.bonus = fen(0); // E 0
      x.bonusBands[1]!.bonus = fen(0); // D 0: equal, not less
    });
    expect(checkPayPolicy(p)).toEqual([]);
  });
});
