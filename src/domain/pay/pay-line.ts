/**
 * What the pay engine computes: one line per pay component with the rule and policy version it
 * used and the operands that produced it, so a screen can write the formula out
 * ("2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5 = 241.38") without knowing the rule.
 */
import type { WorkPattern } from '../agent/agent-profile';
import type { Fen } from '../money';
import type { Grade } from '../policy/project-policy';
import type { PayLineKind } from './pay-statement';

/** One number in a formula. Every kind is exact: no floating point reaches the engine's money. */
export type FormulaOperand =
  | { kind: 'money'; amount: Fen }
  /** A decimal factor in hundredths: 21.75 is 2175, 1.5 is 150. */
  | { kind: 'factor'; hundredths: number }
  | { kind: 'percent'; percent: number }
  | { kind: 'hours'; minutes: number }
  | { kind: 'days'; days: number }
  | { kind: 'count'; count: number };

export interface FormulaStep {
  /** `start` for the first operand; the arithmetic applied to the running value otherwise. */
  operator: 'start' | 'times' | 'divide';
  operand: FormulaOperand;
}

/** Stable rule identifiers the engine cites; policy rewards, penalties and rates add their ids. */
export type PayRuleId =
  | 'base'
  | 'post-allowance'
  | 'subsidy'
  | 'performance-bonus'
  | 'overtime'
  | 'statutory-holiday'
  | 'personal-leave'
  | 'sick-leave'
  | 'absence'
  | 'hourly'
  | 'hourly-holiday'
  | `reward:${string}`
  | `penalty:${string}`
  | `per-result:${string}`;

export interface ComputedPayLine {
  kind: PayLineKind;
  rule: PayRuleId;
  policyVersion: number;
  /** Rounded half-up to the fen once; deductions are negative. */
  amount: Fen;
  /**
   * Operands in order; evaluating them exactly and rounding once gives `amount`
   * (`evaluateFormula` in `pay-formula.ts`). A deduction's formula starts with the sign step
   * `DEDUCTION_SIGN` (factor −1.00) and multiplies the magnitude's operands onto it.
   */
  formula: FormulaStep[];
  /** Performance-bonus lines: the grade of the band the score reached. */
  grade?: Grade;
  /**
   * Performance-bonus lines: why the band's bonus was not paid (`partial-period`: employment did
   * not cover the whole period); the line stays visible with amount 0 and the band's grade.
   */
  withheld?: 'partial-period';
}

/** Why the engine could not compute a statement (codes; the feature translates them). */
export type PayEngineIssue =
  | { code: 'pay/no-band-for-score'; score: number }
  | { code: 'pay/unknown-penalty-rule'; ruleId: string }
  | { code: 'pay/unknown-reward-rule'; ruleId: string }
  | { code: 'pay/unknown-result-rate'; rateId: string }
  | { code: 'pay/no-hourly-rules' }
  /** The work pattern's divisors are missing, zero or negative: no daily-rate lines computed. */
  | { code: 'pay/invalid-work-pattern'; workPattern: WorkPattern }
  /** An hourly record whose times are not `HH:mm`: left out of the hourly lines. */
  | { code: 'pay/invalid-hourly-record'; day: string; start: string; end: string };

export interface ComputedStatement {
  period: string;
  policyVersion: number;
  lines: ComputedPayLine[];
  /** Sum of the positive lines. */
  gross: Fen;
  /** Sum of every line. */
  net: Fen;
  issues: PayEngineIssue[];
}
