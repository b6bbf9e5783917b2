import type { Fen } from '../money';

export type PayLineKind =
  | 'base'
  | 'post-allowance'
  | 'performance-bonus'
  | 'subsidy'
  | 'overtime'
  | 'holiday'
  | 'leave-deduction'
  | 'reward'
  | 'penalty';

/** One line of a statement as the employer issued it. Deductions carry negative amounts. */
export interface PayStatementLine {
  id: string;
  statementId: string;
  order: number;
  kind: PayLineKind;
  amount: Fen;
  /** Free text from the employer, e.g. the rule a penalty cites. */
  description: string;
  /** Quantity the employer used (hours, days), when the line has one. */
  quantity: number | null;
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
}
