import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBonusBands, makePayPolicy } from '../../../test/pay-builders';
import { divideRoundHalfUp, fen } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import { calculatePay } from './calculate-pay';
import { defaultPayRules } from './default-pay-rules';
import type { PayPeriodInput } from './pay-input';
import { evaluateFormula } from './pay-formula';

const money = (max: number) => fc.integer({ min: 0, max }).map(fen);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** A day in 2025–2027, the years of the shipped calendar (and a little beyond). */
const day = fc
  .integer({ min: 0, max: 3 * 366 })
  .map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
const halfDays = fc.integer({ min: 0, max: 40 }).map((n) => n / 2);

const policyArb = fc
  .record({
    basePay: money(5_000_000),
    post: fc.array(money(200_000), { minLength: 4, maxLength: 4 }),
    subsidy: fc.array(money(200_000), { minLength: 4, maxLength: 4 }),
    overtime: fc.integer({ min: 100, max: 400 }),
    holiday: fc.integer({ min: 100, max: 400 }),
    sick: fc.integer({ min: 0, max: 100 }),
    personal: fc.integer({ min: 0, max: 100 }),
    absence: fc.integer({ min: 0, max: 300 }),
    fiveDays: fc.integer({ min: 100, max: 3100 }),
    fiveHours: fc.integer({ min: 1, max: 24 }),
    oneDays: fc.integer({ min: 100, max: 3100 }),
    oneHours: fc.integer({ min: 1, max: 24 }),
    rate: money(10_000),
    hourlyMultiplier: fc.integer({ min: 100, max: 400 }),
    rewardAmount: money(100_000),
    penaltyAmount: money(100_000),
    resultAmount: money(10_000),
    bonusRequiresFullPeriod: fc.boolean(),
  })
  .map((p): ProjectPolicy => {
    const payRules = defaultPayRules();
    payRules.workPatterns = {
      'five-on-two-off': { monthlyWorkdaysHundredths: p.fiveDays, hoursPerDay: p.fiveHours },
      'one-on-one-off': { monthlyWorkdaysHundredths: p.oneDays, hoursPerDay: p.oneHours },
    };
    payRules.personalLeaveDeductionPercent = p.personal;
    payRules.absenceDeductionPercent = p.absence;
    payRules.bonusRequiresFullPeriod = p.bonusRequiresFullPeriod;
    payRules.rewards = [
      { id: 'full', kind: 'full-attendance', amount: p.rewardAmount, text: { en: 'x' } },
      { id: 'task', kind: 'per-occurrence', amount: p.rewardAmount, text: { en: 'x' } },
    ];
    payRules.penalties = [{ id: 'quit', amount: p.penaltyAmount, text: { en: 'x' } }];
    payRules.hourly = {
      ...payRules.hourly!,
      ratePerHour: p.rate,
      holidayMultiplierPercent: p.hourlyMultiplier,
      perResult: [{ id: 'call', amount: p.resultAmount, text: { en: 'x' } }],
    };
    const [pb = fen(0), p1 = fen(0), p2 = fen(0), p3 = fen(0)] = p.post;
    const [sb = fen(0), s1 = fen(0), s2 = fen(0), s3 = fen(0)] = p.subsidy;
    return makePayPolicy({
      id: 'p',
      projectId: 'x',
      version: 7,
      basePay: p.basePay,
      postAllowance: { base: pb, 'one-star': p1, 'two-star': p2, 'three-star': p3 },
      subsidy: { base: sb, 'one-star': s1, 'two-star': s2, 'three-star': s3 },
      // No band E: low scores have no band.
      bonusBands: makeBonusBands().filter((band) => band.grade !== 'E'),
      overtimeMultiplierPercent: p.overtime,
      holidayMultiplierPercent: p.holiday,
      sickLeaveDeductionPercent: p.sick,
      payRules,
    });
  });

const inputArb: fc.Arbitrary<PayPeriodInput> = fc.record({
  period: fc.constant('2026-02'),
  level: fc.constantFrom('base', 'one-star', 'two-star', 'three-star'),
  workPattern: fc.constantFrom('five-on-two-off', 'one-on-one-off'),
  employment: fc.constantFrom('onsite-outsourced', 'crowdsourced'),
  coversWholePeriod: fc.boolean(),
  daysWorked: fc.integer({ min: 0, max: 31 }),
  overtimeMinutes: fc.integer({ min: 0, max: 20_000 }),
  statutoryHolidaysWorked: fc.integer({ min: 0, max: 11 }),
  leaveDays: fc.record({ personal: halfDays, sick: halfDays, annual: halfDays, absence: halfDays }),
  assessmentScore: fc.option(
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    { nil: null },
  ),
  hourlyRecords: fc.array(fc.record({ day, start: clock, end: clock }), { maxLength: 40 }),
  results: fc.array(
    fc.record({
      rateId: fc.constantFrom('call', 'other'),
      count: fc.integer({ min: 0, max: 500 }),
    }),
    { maxLength: 4 },
  ),
  rewards: fc.array(
    fc.record({
      ruleId: fc.constantFrom('task', 'full', 'nope'),
      count: fc.integer({ min: 0, max: 9 }),
    }),
    { maxLength: 3 },
  ),
  penalties: fc.array(
    fc.record({ ruleId: fc.constantFrom('quit', 'nope'), count: fc.integer({ min: 0, max: 9 }) }),
    { maxLength: 3 },
  ),
});

describe('calculatePay properties', () => {
  it('lines sum to net, positive lines to gross, every amount is a safe integer of fen', () => {
    fc.assert(
      fc.property(policyArb, inputArb, (policy, input) => {
        const statement = calculatePay(policy, input);
        const amounts = statement.lines.map((line) => line.amount);
        for (const amount of [...amounts, statement.gross, statement.net]) {
          expect(Number.isSafeInteger(amount)).toBe(true);
        }
        expect(statement.net).toBe(amounts.reduce((sum, amount) => sum + amount, 0));
        expect(statement.gross).toBe(
          amounts.filter((amount) => amount > 0).reduce((sum, amount) => sum + amount, 0),
        );
        expect(statement.lines.every((line) => line.policyVersion === policy.version)).toBe(true);
        // One line per component.
        const rules = statement.lines.map((line) => line.rule);
        expect(new Set(rules).size).toBe(rules.length);
      }),
      { numRuns: 300 },
    );
  });

  it("evaluating a line's formula exactly and rounding once gives its amount", () => {
    fc.assert(
      fc.property(policyArb, inputArb, (policy, input) => {
        for (const line of calculatePay(policy, input).lines) {
          expect(evaluateFormula(line.formula)).toBe(line.amount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the closed forms of overtime and leave, each rounded once', () => {
    fc.assert(
      fc.property(policyArb, inputArb, (policy, input) => {
        const statement = calculatePay(policy, { ...input, employment: 'onsite-outsourced' });
        const byRule = new Map(statement.lines.map((line) => [line.rule, line.amount]));
        const { monthlyWorkdaysHundredths: w, hoursPerDay: h } =
          policy.payRules.workPatterns[input.workPattern];
        const base = BigInt(policy.basePay);
        // base ÷ (w/100) ÷ h × (minutes/60) × (p/100) = base × minutes × p ÷ (w × h × 60)
        const overtime = divideRoundHalfUp(
          base * BigInt(input.overtimeMinutes) * BigInt(policy.overtimeMultiplierPercent),
          BigInt(w) * BigInt(h) * 60n,
        );
        expect(byRule.get('overtime') ?? 0).toBe(overtime);
        // −base ÷ (w/100) × days × (p/100) with days = halves/2: −base × halves × p ÷ (w × 2)
        const deduction = (days: number, percent: number) =>
          divideRoundHalfUp(-base * BigInt(days * 2) * BigInt(percent), BigInt(w) * 2n);
        expect(byRule.get('sick-leave') ?? 0).toBe(
          deduction(input.leaveDays.sick, policy.sickLeaveDeductionPercent) || 0,
        );
        expect(byRule.get('personal-leave') ?? 0).toBe(
          deduction(input.leaveDays.personal, policy.payRules.personalLeaveDeductionPercent) || 0,
        );
      }),
      { numRuns: 300 },
    );
  });
});
