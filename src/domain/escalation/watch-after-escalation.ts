/**
 * Watch after escalating (issue #4): escalating is punished in this trade, so in the weeks after an
 * escalation the app compares the agent's shifts, penalties and KPIs with the weeks before and
 * points out sudden changes, with the ids of the records that show them, for the agent to raise.
 */
import type { KpiDaily } from '../kpi/kpi-daily';
import type { Escalation } from './escalation';
import { compareKpis, type KpiFinding } from './watch-kpis';
import {
  comparePenalties,
  type PenaltyFinding,
  type WatchedPayLine,
  type WatchedStatement,
} from './watch-penalties';
import { compareShifts, type ShiftFinding, type WatchedShift } from './watch-shifts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Escalations raised this long ago or less are watched. */
export const WATCH_LOOKBACK_DAYS = 56;
/** Length of the "before" window, and the longest "after" window. */
export const WATCH_WINDOW_DAYS = 28;
/** No judgement until the "after" window is this long, so a fresh escalation raises no alarm. */
export const MIN_AFTER_DAYS = 7;

/** One agent's records; the caller passes only that agent's. */
export interface WatchInput {
  escalations: readonly Pick<Escalation, 'id' | 'createdAt'>[];
  shifts: readonly WatchedShift[];
  payStatements: readonly WatchedStatement[];
  payLines: readonly WatchedPayLine[];
  kpiDays: readonly KpiDaily[];
  /** The project's IANA zone: KPI days and pay periods are calendar days and months there. */
  timeZone: string;
  now: Date;
}

export type WatchFinding = (ShiftFinding | PenaltyFinding | KpiFinding) & { escalationId: string };

export interface WatchReport {
  /** By escalation (oldest first), then shifts, hours, penalties, adherence, satisfaction. */
  findings: WatchFinding[];
  /** Escalations watched but too fresh to judge, and from when they will be. */
  tooSoon: { escalationId: string; judgeFrom: string }[];
}

/**
 * For each escalation raised in the last `WATCH_LOOKBACK_DAYS` (up to `now`), compares the
 * `WATCH_WINDOW_DAYS` before it with the time since, up to `WATCH_WINDOW_DAYS`, and lists the
 * changes that cross the thresholds of watch-shifts.ts, watch-penalties.ts and watch-kpis.ts.
 */
export function watchAfterEscalation(input: WatchInput): WatchReport {
  const nowMs = input.now.getTime();
  const report: WatchReport = { findings: [], tooSoon: [] };
  const watched = input.escalations
    .map((escalation) => ({ id: escalation.id, raisedMs: Date.parse(escalation.createdAt) }))
    .filter(({ raisedMs }) => raisedMs <= nowMs && raisedMs >= nowMs - WATCH_LOOKBACK_DAYS * DAY_MS)
    .sort((a, b) => a.raisedMs - b.raisedMs);

  for (const { id, raisedMs } of watched) {
    const afterToMs = Math.min(nowMs, raisedMs + WATCH_WINDOW_DAYS * DAY_MS);
    if (afterToMs - raisedMs < MIN_AFTER_DAYS * DAY_MS) {
      const judgeFrom = new Date(raisedMs + MIN_AFTER_DAYS * DAY_MS).toISOString();
      report.tooSoon.push({ escalationId: id, judgeFrom });
      continue;
    }
    const window = { beforeFromMs: raisedMs - WATCH_WINDOW_DAYS * DAY_MS, raisedMs, afterToMs };
    const findings = [
      ...compareShifts(input.shifts, window),
      ...comparePenalties(input.payStatements, input.payLines, input.timeZone, window),
      ...compareKpis(input.kpiDays, input.timeZone, window),
    ];
    report.findings.push(...findings.map((finding) => ({ ...finding, escalationId: id })));
  }
  return report;
}
