/**
 * Exact evaluation of a pay line's formula. Every operand is turned into an exact fraction of
 * bigints (a money operand in fen, a factor in hundredths, a percent over 100, hours as minutes
 * over 60, days and counts as written); the running value is multiplied or divided step by step
 * without rounding, and the result in fen is rounded once, half away from zero
 * (`divideRoundHalfUp`).
 *
 * Sign: a deduction's formula starts with the sign step `DEDUCTION_SIGN` (a factor of −1.00), then
 * `times` the magnitude's operands. The formula therefore evaluates to the line's signed amount
 * (`evaluateFormula(line.formula) === line.amount` for every line), and a screen that prefers to
 * write "− (2 800 ÷ 21.75 × 1 d × 100 %)" splits the sign off with `splitSign`.
 */
import { divideRoundHalfUp, MoneyError, ZERO_FEN, type Fen } from '../money';
import type { FormulaOperand, FormulaStep } from './pay-line';

interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/** The leading step of every deduction formula: a factor of −1.00. */
export const DEDUCTION_SIGN: FormulaStep = Object.freeze({
  operator: 'start',
  operand: Object.freeze({ kind: 'factor', hundredths: -100 }),
}) as FormulaStep;

/**
 * The exact fraction a finite JavaScript number stands for in decimal, as it is written
 * (`0.5` is 1/2, `94.5` is 189/2), so a half day or a half point is never a binary approximation.
 */
export function exactDecimal(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError('pay/formula-operand-not-finite');
  const [mantissa = '0', exponentText = '0'] = String(value).toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const digits = negative ? mantissa.slice(1) : mantissa;
  const [whole = '0', fraction = ''] = digits.split('.');
  const exponent = Number(exponentText) - fraction.length;
  let numerator = BigInt(`${whole}${fraction}`);
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  return { numerator: negative ? -numerator : numerator, denominator };
}

/** The exact value of one operand; money in fen. */
export function operandValue(operand: FormulaOperand): Fraction {
  switch (operand.kind) {
    case 'money':
      return exactDecimal(operand.amount);
    case 'factor':
      return scale(exactDecimal(operand.hundredths), 100n);
    case 'percent':
      return scale(exactDecimal(operand.percent), 100n);
    case 'hours':
      return scale(exactDecimal(operand.minutes), 60n);
    case 'days':
      return exactDecimal(operand.days);
    case 'count':
      return exactDecimal(operand.count);
  }
}

function scale(value: Fraction, divisor: bigint): Fraction {
  return { numerator: value.numerator, denominator: value.denominator * divisor };
}

/**
 * Evaluates the steps exactly and rounds the result (in fen) once, half away from zero. `start`
 * sets the running value, `times` multiplies it, `divide` divides it (a zero divisor throws
 * `money/divide-by-zero`). No steps evaluate to 0.
 */
export function evaluateFormula(steps: readonly FormulaStep[]): Fen {
  if (steps.length === 0) return ZERO_FEN;
  let numerator = 1n;
  let denominator = 1n;
  for (const step of steps) {
    const value = operandValue(step.operand);
    if (step.operator === 'start') {
      numerator = value.numerator;
      denominator = value.denominator;
    } else if (step.operator === 'times') {
      numerator *= value.numerator;
      denominator *= value.denominator;
    } else {
      if (value.numerator === 0n) throw new MoneyError('money/divide-by-zero');
      numerator *= value.denominator;
      denominator *= value.numerator;
    }
  }
  return divideRoundHalfUp(numerator, denominator);
}

/** True when the formula starts with `DEDUCTION_SIGN`. */
export function isDeductionFormula(steps: readonly FormulaStep[]): boolean {
  const first = steps[0];
  return (
    first !== undefined &&
    first.operator === 'start' &&
    first.operand.kind === 'factor' &&
    first.operand.hundredths === -100
  );
}

/**
 * Splits a deduction's sign from its magnitude: `{ negative: true, steps }` where `steps` start
 * with the magnitude's first operand (its operator turned into `start`), so a screen can write
 * "−(2 800 ÷ 21.75 × 1 d × 100 %)" and evaluate `steps` to the magnitude.
 */
export function splitSign(steps: readonly FormulaStep[]): {
  negative: boolean;
  steps: FormulaStep[];
} {
  if (!isDeductionFormula(steps) || steps.length < 2) return { negative: false, steps: [...steps] };
  const [, first, ...rest] = steps as [FormulaStep, FormulaStep, ...FormulaStep[]];
  return { negative: true, steps: [{ operator: 'start', operand: first.operand }, ...rest] };
}
