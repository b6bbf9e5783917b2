import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import type { FormulaOperand, FormulaStep } from './pay-line';
import {
  DEDUCTION_SIGN,
  evaluateFormula,
  exactDecimal,
  isDeductionFormula,
  splitSign,
} from './pay-formula';

const s = (operand: FormulaOperand): FormulaStep => ({ operator: 'start', operand });
const t = (operand: FormulaOperand): FormulaStep => ({ operator: 'times', operand });
const d = (operand: FormulaOperand): FormulaStep => ({ operator: 'divide', operand });
const base = { kind: 'money', amount: fen(280_000) } as const;

describe('evaluateFormula', () => {
  it.each<{ name: string; steps: FormulaStep[]; expected: number }>([
    // 2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5 = 241.379… → 24 138 fen
    {
      name: 'overtime',
      steps: [
        s(base),
        d({ kind: 'factor', hundredths: 2175 }),
        d({ kind: 'count', count: 8 }),
        t({ kind: 'hours', minutes: 600 }),
        t({ kind: 'factor', hundredths: 150 }),
      ],
      expected: 24_138,
    },
    // −1 × 2 800 ÷ 21.75 × 1 d × 100 % = −128.735… → −12 874 (half away from zero)
    {
      name: 'personal leave',
      steps: [
        DEDUCTION_SIGN,
        t(base),
        d({ kind: 'factor', hundredths: 2175 }),
        t({ kind: 'days', days: 1 }),
        t({ kind: 'percent', percent: 100 }),
      ],
      expected: -12_874,
    },
    // 1 fen × 0.5 = 0.5 → 1; −1 × 1 fen × 0.5 = −0.5 → −1 (away from zero)
    {
      name: 'half up',
      steps: [s({ kind: 'money', amount: fen(1) }), t({ kind: 'days', days: 0.5 })],
      expected: 1,
    },
    {
      name: 'half away from zero',
      steps: [DEDUCTION_SIGN, t({ kind: 'money', amount: fen(1) }), t({ kind: 'days', days: 0.5 })],
      expected: -1,
    },
    // 0.1 + 0.2 style noise never appears: 10 fen × 0.3 days × 10 = 30 exactly (not 29.999…)
    {
      name: 'decimal operands are exact',
      steps: [
        s({ kind: 'money', amount: fen(10) }),
        t({ kind: 'days', days: 0.3 }),
        t({ kind: 'count', count: 10 }),
      ],
      expected: 30,
    },
    // 15 CNY/h × 7 min = 1 500 × 7 ÷ 60 = 175 fen
    {
      name: 'hours from minutes',
      steps: [s({ kind: 'money', amount: fen(1_500) }), t({ kind: 'hours', minutes: 7 })],
      expected: 175,
    },
    { name: 'no steps', steps: [], expected: 0 },
  ])('$name = $expected fen', ({ steps, expected }) => {
    expect(evaluateFormula(steps)).toBe(expected);
  });

  it('refuses to divide by zero', () => {
    expect(() => evaluateFormula([s(base), d({ kind: 'factor', hundredths: 0 })])).toThrow(
      'money/divide-by-zero',
    );
  });
});

describe('exactDecimal', () => {
  it.each([
    { value: 0.5, numerator: 5n, denominator: 10n },
    { value: 94.5, numerator: 945n, denominator: 10n },
    { value: -3, numerator: -3n, denominator: 1n },
    { value: 1e-7, numerator: 1n, denominator: 10_000_000n },
    { value: 2e21, numerator: 2_000_000_000_000_000_000_000n, denominator: 1n },
  ])('$value', ({ value, numerator, denominator }) => {
    expect(exactDecimal(value)).toEqual({ numerator, denominator });
  });

  it('refuses NaN and infinities', () => {
    expect(() => exactDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => exactDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('splitSign', () => {
  it('splits a deduction into its sign and magnitude', () => {
    const steps = [DEDUCTION_SIGN, t(base), t({ kind: 'count', count: 2 } as const)];
    expect(isDeductionFormula(steps)).toBe(true);
    const split = splitSign(steps);
    expect(split).toEqual({ negative: true, steps: [s(base), t({ kind: 'count', count: 2 })] });
    // −560 000 in all, 560 000 for the magnitude
    expect(evaluateFormula(split.steps)).toBe(-evaluateFormula(steps));
  });

  it('leaves an earning as it is', () => {
    const steps = [s(base)];
    expect(isDeductionFormula(steps)).toBe(false);
    expect(splitSign(steps)).toEqual({ negative: false, steps });
  });
});
