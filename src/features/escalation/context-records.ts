/**
 * The records an escalation's context points at (its shift and, for a pay dispute, its pay line),
 * looked up through the repositories so the screens can show what was attached, not just ids.
 */
import type { Repositories } from '@/data/repositories';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';

const HOUR_MS = 60 * 60 * 1000;

export interface PayLineInContext {
  statement: PayStatement;
  line: PayStatementLine;
}

/** The shift under way at `now`, or else the next one starting today in the shift's own zone. */
export async function findCurrentShift(
  shifts: Repositories['shifts'],
  now: Date,
): Promise<Shift | null> {
  const shift = await shifts.findCurrentOrNext(now);
  if (!shift) return null;
  const instant = now.toISOString();
  const isUnderWay = shift.start <= instant;
  const startsToday =
    localDayOf(shift.start, shift.timeZone) === localDayOf(instant, shift.timeZone);
  return isUnderWay || startsToday ? shift : null;
}

/** The shift an escalation raised at `raisedAt` attached: it was under way or started that day. */
export async function findAttachedShift(
  shifts: Repositories['shifts'],
  shiftId: string,
  raisedAt: string,
): Promise<Shift | null> {
  const raisedMs = Date.parse(raisedAt);
  const candidates = await shifts.listStartingBetween(
    new Date(raisedMs - 24 * HOUR_MS).toISOString(),
    new Date(raisedMs + 24 * HOUR_MS).toISOString(),
  );
  return candidates.find((shift) => shift.id === shiftId) ?? null;
}

/** Statements are few (one a month), so a line is found by reading them in turn. */
export async function findPayLine(
  payStatements: Repositories['payStatements'],
  lineId: string,
): Promise<PayLineInContext | null> {
  for (const statement of await payStatements.list()) {
    const found = await payStatements.findWithLines(statement.id);
    const line = found?.lines.find((candidate) => candidate.id === lineId);
    if (found && line) return { statement: found.statement, line };
  }
  return null;
}
