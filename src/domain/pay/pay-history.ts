import { latestPerKey } from '../latest-per-key';
import { addFen, ZERO_FEN, type Fen } from '../money';
import { addMonths } from './holiday-calendar';
import type { PayStatement } from './pay-statement';

export interface PayHistoryMonth {
  /** `YYYY-MM`. */
  period: string;
  /** The month's statement; `null` for a month with none. */
  statementId: string | null;
  gross: Fen | null;
  net: Fen | null;
}

export interface PayHistory {
  /** The twelve months up to the latest statement's, oldest first; empty without statements. */
  months: PayHistoryMonth[];
  /** Statements of `today`'s year (by period) up to `today`'s month. */
  yearToDate: { year: number; gross: Fen; net: Fen; count: number };
}

/**
 * Net pay by month for the twelve months up to the latest statement (a month without one has
 * `net: null`, not 0), and the year-to-date totals of `today`'s year (`YYYY-MM-DD`).
 */
export function payHistory(statements: readonly PayStatement[], today: string): PayHistory {
  // One statement per period: a re-issued statement (later `issuedOn`) replaces the earlier one.
  const byPeriod = latestPerKey(
    statements,
    (statement) => statement.period,
    (statement) => statement.issuedOn,
  );
  const latest = [...byPeriod.keys()].sort().at(-1);
  const months: PayHistoryMonth[] = [];
  if (latest !== undefined) {
    for (let offset = -11; offset <= 0; offset += 1) {
      const period = addMonths(latest, offset);
      const statement = byPeriod.get(period);
      months.push({
        period,
        statementId: statement?.id ?? null,
        gross: statement?.gross ?? null,
        net: statement?.net ?? null,
      });
    }
  }

  const year = today.slice(0, 4);
  const thisMonth = today.slice(0, 7);
  const thisYear = [...byPeriod.values()].filter(
    (statement) => statement.period.startsWith(`${year}-`) && statement.period <= thisMonth,
  );
  return {
    months,
    yearToDate: {
      year: Number(year),
      gross: addFen(ZERO_FEN, ...thisYear.map((statement) => statement.gross)),
      net: addFen(ZERO_FEN, ...thisYear.map((statement) => statement.net)),
      count: thisYear.length,
    },
  };
}
