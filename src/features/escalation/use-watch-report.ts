import { useEffect, useState } from 'react';
import { useOptionalWorkspace } from '@/data/workspace-context';
import {
  watchAfterEscalation,
  WATCH_LOOKBACK_DAYS,
  WATCH_WINDOW_DAYS,
} from '@/domain/escalation/watch-after-escalation';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useClock } from '@/ui/clock-context';
import type { PayLineInContext } from './context-records';
import { deviceTimeZone } from '@/i18n/format';
import type { WatchCardProps } from './watch-card';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Compares the agent's shifts, penalties and KPIs before and after each recent escalation
 * (watch-after-escalation.ts), with the records behind each finding for the evidence;
 * `null` when there is nothing to show.
 */
export function useWatchReport(): WatchReportProps | null {
  const open = useOptionalWorkspace();
  const clock = useClock();
  const [report, setReport] = useState<WatchReportProps | null>(null);
  // Read once per workspace, not live: a new escalation has no "after" to judge for a week, and
  // re-reading months of shifts, pay and KPIs on every save would compete with the save itself.
  useEffect(() => {
    let isCurrent = true;
    void readWatchReport(open, clock).then((next) => {
      if (isCurrent) setReport(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [open, clock]);
  return report;
}

type WatchReportProps = Omit<WatchCardProps, 'links' | 'onRaise'>;

async function readWatchReport(
  open: ReturnType<typeof useOptionalWorkspace>,
  clock: () => Date,
): Promise<WatchReportProps | null> {
  if (!open) return null;
  const { repositories } = open;
  const now = clock();
  const escalations = await repositories.escalations.list();
  if (escalations.length === 0) return null;
  const agent = await repositories.profile.findAgentContext(
    localDayOf(now.toISOString(), deviceTimeZone()),
  );
  // KPI days and pay periods are calendar days and months where the project works.
  const timeZone = agent?.project?.timeZone ?? deviceTimeZone();
  const from = new Date(now.getTime() - (WATCH_LOOKBACK_DAYS + WATCH_WINDOW_DAYS) * DAY_MS);
  const [shifts, payStatements, kpiDays] = await Promise.all([
    repositories.shifts.listStartingBetween(from.toISOString(), now.toISOString()),
    repositories.payStatements.list(),
    repositories.kpis.listDays(
      localDayOf(from.toISOString(), timeZone),
      localDayOf(now.toISOString(), timeZone),
    ),
  ]);
  const statements = await Promise.all(
    payStatements.map((statement) => repositories.payStatements.findWithLines(statement.id)),
  );
  const payLines = statements.flatMap((found) =>
    found
      ? found.lines.map((line): PayLineInContext => ({ statement: found.statement, line }))
      : [],
  );
  const { findings } = watchAfterEscalation({
    escalations,
    shifts,
    payStatements,
    payLines: payLines.map(({ line }) => line),
    kpiDays,
    timeZone,
    now,
  });
  if (findings.length === 0) return null;
  return {
    findings,
    escalations,
    timeZone,
    shifts: new Map(shifts.map((shift) => [shift.id, shift])),
    payLines: new Map(payLines.map((entry) => [entry.line.id, entry])),
  };
}
