import type { Fen } from '../money';

/** Every line kind this version knows; a backend may send others (shown as unknown, never hidden). */
export const PAY_LINE_KINDS = [
  'base',
  'post-allowance',
  'performance-bonus',
  'subsidy',
  'overtime',
  'holiday',
  'leave-deduction',
  'reward',
  'penalty',
  'hourly',
  'per-result',
] as const;

export type PayLineKind = (typeof PAY_LINE_KINDS)[number];

export function isKnownPayLineKind(kind: string): kind is PayLineKind {
  return (PAY_LINE_KINDS as readonly string[]).includes(kind);
}

/** The kind to name a line by on screen: its own, or `unknown` for a kind this version lacks. */
export function displayedLineKind(kind: string): PayLineKind | 'unknown' {
  return isKnownPayLineKind(kind) ? kind : 'unknown';
}

/** One line of a statement as the employer issued it. Deductions carry negative amounts. */
export interface PayStatementLine {
  id: string;
  statementId: string;
  order: number;
  /** A `PayLineKind`, or a kind a newer backend added that this version cannot check. */
  kind: PayLineKind | (string & {});
  amount: Fen;
  /** Free text from the employer, e.g. the rule a penalty cites. */
  description: string;
  /** Quantity the employer used (hours, days), when the line has one. */
  quantity: number | null;
  /**
   * The rule the employer cites (a `PayRuleId` such as `overtime` or `penalty:abandon-work`);
   * `null` when the line cites none, which makes a penalty unverifiable.
   */
  ruleId: string | null;
}

export interface PayStatement {
  id: string;
  agentId: string;
  /** `YYYY-MM`. */
  period: string;
  policyVersion: number;
  issuedOn: string;
  payDay: string;
  gross: Fen;
  net: Fen;
  /** The month's assessment score (percent) the employer used for the bonus; `null` if none. */
  assessmentScore: number | null;
}
