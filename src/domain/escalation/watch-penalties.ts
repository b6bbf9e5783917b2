/**
 * New or growing penalties after an escalation. Statements are monthly and a pay line carries no
 * date, so penalties compare by pay period: the month before the escalation's month against the
 * escalation's own month and any later one the after window reaches, per issued statement.
 */
import { addFen, type Fen, negateFen, ZERO_FEN } from '../money';
import type { PayStatement, PayStatementLine } from '../pay/pay-statement';
import { localDayOf } from '../roster/describe-shift';
import { productAtLeast, type WatchEvidence, type WatchWindow } from './watch-window';

/** Penalties per statement (count or amount) at least this many times the month before. */
export const PENALTY_GROWTH_FACTOR = 2;

export type WatchedStatement = Pick<PayStatement, 'id' | 'period'>;
export type WatchedPayLine = Pick<PayStatementLine, 'id' | 'statementId' | 'kind' | 'amount'>;

/** Penalty lines on the issued statements of `periods` (`YYYY-MM`). */
export interface PenaltyTally {
  periods: string[];
  statements: number;
  penalties: number;
  /** What the penalties took, as a positive amount. */
  deducted: Fen;
}

export interface PenaltyFinding {
  kind: 'new-penalties';
  before: PenaltyTally;
  after: PenaltyTally;
  /** The penalty lines on each side. */
  evidence: WatchEvidence;
}

/**
 * A finding when there are penalties after and none before, or their count or amount per statement
 * at least doubled. Needs an issued statement on both sides. A penalty in the escalation's own
 * month counts as after: the statement cannot say which day it fell on, and the agent can.
 */
export function comparePenalties(
  statements: readonly WatchedStatement[],
  lines: readonly WatchedPayLine[],
  timeZone: string,
  window: WatchWindow,
): PenaltyFinding[] {
  const monthOf = (ms: number) => localDayOf(new Date(ms).toISOString(), timeZone).slice(0, 7);
  const raisedMonth = monthOf(window.raisedMs);
  const before = penaltyTally(statements, lines, [addMonths(raisedMonth, -1)]);
  const after = penaltyTally(statements, lines, monthsFrom(raisedMonth, monthOf(window.afterToMs)));
  const statementsBefore = before.tally.statements;
  const statementsAfter = after.tally.statements;
  if (statementsBefore === 0 || statementsAfter === 0 || after.tally.penalties === 0) return [];
  // after / statementsAfter ≥ factor · before / statementsBefore
  const grew = (valueBefore: number, valueAfter: number) =>
    productAtLeast(
      valueAfter,
      statementsBefore,
      PENALTY_GROWTH_FACTOR * valueBefore,
      statementsAfter,
    );
  const isNewOrGrown =
    before.tally.penalties === 0 ||
    grew(before.tally.penalties, after.tally.penalties) ||
    grew(before.tally.deducted, after.tally.deducted);
  if (!isNewOrGrown) return [];
  const evidence = { before: before.ids, after: after.ids };
  return [{ kind: 'new-penalties', before: before.tally, after: after.tally, evidence }];
}

function penaltyTally(
  statements: readonly WatchedStatement[],
  lines: readonly WatchedPayLine[],
  periods: string[],
): { tally: PenaltyTally; ids: string[] } {
  const statementIds = new Set(
    statements.filter((statement) => periods.includes(statement.period)).map(({ id }) => id),
  );
  const penalties = lines.filter(
    (line) => line.kind === 'penalty' && statementIds.has(line.statementId),
  );
  // Deductions carry negative amounts; what matters here is how much was taken.
  const deducted = addFen(
    ZERO_FEN,
    ...penalties.map((line) => (line.amount < 0 ? negateFen(line.amount) : line.amount)),
  );
  return {
    tally: { periods, statements: statementIds.size, penalties: penalties.length, deducted },
    ids: penalties.map((line) => line.id),
  };
}

/** `YYYY-MM` moved by `delta` months. */
function addMonths(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  const newYear = String(Math.floor(index / 12)).padStart(4, '0');
  return `${newYear}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}
