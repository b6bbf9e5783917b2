/**
 * Checks an issued statement on its own terms before it is reconciled: its lines must sum to its
 * net and its positive lines to its gross, every line kind must be one this version knows, and a
 * statement needs lines at all. Codes only; the feature shows them and never "fixes" the statement.
 */
import type { Fen } from '../money';
import { isKnownPayLineKind, type PayStatement, type PayStatementLine } from './pay-statement';

export type StatementIssue =
  | { code: 'statement/no-lines' }
  | { code: 'statement/lines-do-not-sum-to-net'; net: Fen; linesTotal: number }
  | { code: 'statement/positive-lines-do-not-sum-to-gross'; gross: Fen; positiveTotal: number }
  | { code: 'statement/unknown-line-kind'; kind: string; lineId: string }
  /** An amount that is not a whole, safe number of fen (a backend sent yuan or a float). */
  | { code: 'statement/amount-not-integer'; lineId: string; amount: number };

/** Every problem of a statement and its lines; an empty list means it is self-consistent. */
export function checkStatement(
  statement: PayStatement,
  lines: readonly PayStatementLine[],
): StatementIssue[] {
  if (lines.length === 0) return [{ code: 'statement/no-lines' }];
  const issues: StatementIssue[] = [];
  const ordered = [...lines].sort((a, b) => a.order - b.order);
  for (const line of ordered) {
    if (!isKnownPayLineKind(line.kind)) {
      issues.push({ code: 'statement/unknown-line-kind', kind: line.kind, lineId: line.id });
    }
    if (!Number.isSafeInteger(line.amount)) {
      issues.push({ code: 'statement/amount-not-integer', lineId: line.id, amount: line.amount });
    }
  }
  const linesTotal = ordered.reduce((sum, line) => sum + line.amount, 0);
  if (linesTotal !== statement.net) {
    issues.push({ code: 'statement/lines-do-not-sum-to-net', net: statement.net, linesTotal });
  }
  const positiveTotal = ordered
    .filter((line) => line.amount > 0)
    .reduce((sum, line) => sum + line.amount, 0);
  if (positiveTotal !== statement.gross) {
    issues.push({
      code: 'statement/positive-lines-do-not-sum-to-gross',
      gross: statement.gross,
      positiveTotal,
    });
  }
  return issues;
}
