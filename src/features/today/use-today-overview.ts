import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useOpenWorkspace } from '@/data/workspace-context';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { ClockRecord, Shift } from '@/domain/roster/shift';
import { deviceTimeZone } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { clockStateOf } from './clock-state';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
/** Product decision: the clock opens two hours before a shift, for agents who arrive early. */
const CLOCK_OPENS_BEFORE_MS = 2 * HOUR_MS;

/**
 * The shift the clock buttons record against: one under way or about to start, or one whose
 * record is still open after its scheduled end (the agent stayed late).
 */
function findClockShift(
  shifts: readonly Shift[],
  records: readonly ClockRecord[],
  now: number,
): Shift | undefined {
  return shifts.find((shift) => {
    const isOpenNow =
      Date.parse(shift.start) - CLOCK_OPENS_BEFORE_MS <= now && now < Date.parse(shift.end);
    const { state } = clockStateOf(records.filter((record) => record.shiftId === shift.id));
    return isOpenNow || state === 'working' || state === 'onBreak';
  });
}

/** Everything the Today screen shows, in one live query; `undefined` while loading. */
export function useTodayOverview() {
  const { repositories } = useOpenWorkspace();
  const clock = useClock();
  // Time moves on without a database change: a shift starts, the clock opens. Re-read each minute.
  const [minute, setMinute] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setMinute((count) => count + 1), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return useLiveQuery(async () => {
    const now = clock();
    const instant = now.toISOString();
    // One round of parallel reads: the first screen waits for the slowest, not for their sum.
    const [agent, shift, latestKpi, changes, nearby, recentRecords] = await Promise.all([
      repositories.profile.findAgentContext(localDayOf(instant, deviceTimeZone())),
      repositories.shifts.findCurrentOrNext(now),
      repositories.kpis.findLatest(),
      repositories.roster.unacknowledgedChanges(),
      // Every shift that can be under way today or start within the clock's opening window.
      repositories.shifts.listStartingBetween(
        new Date(now.getTime() - 36 * HOUR_MS).toISOString(),
        new Date(now.getTime() + 36 * HOUR_MS).toISOString(),
      ),
      // Records are made while a shift runs (or just before or after): one indexed read on `at`.
      repositories.roster.clockRecordsBetween(
        new Date(now.getTime() - 48 * HOUR_MS).toISOString(),
        new Date(now.getTime() + HOUR_MS).toISOString(),
      ),
    ]);
    const candidates = nearby.filter(
      (candidate) => candidate.status !== 'cancelled' && candidate.status !== 'absent',
    );
    const shiftIds = new Set(candidates.map((candidate) => candidate.id));
    const clockRecords = recentRecords.filter(
      (record) => record.shiftId !== null && shiftIds.has(record.shiftId),
    );
    const clockShift = findClockShift(candidates, clockRecords, now.getTime());
    const timeZone = clockShift?.timeZone ?? shift?.timeZone ?? agent?.project?.timeZone;
    // The working day under way: an overnight shift's day is the day it started on.
    const day = clockShift?.day ?? localDayOf(instant, timeZone ?? deviceTimeZone());
    return {
      now,
      agent,
      shift,
      latestKpi,
      changes,
      clockShift,
      clockRecords: clockShift
        ? clockRecords.filter((record) => record.shiftId === clockShift.id)
        : [],
      adherenceInput: { day, shifts: candidates, clockRecords, now: instant },
      timeZone: timeZone ?? deviceTimeZone(),
    };
  }, [repositories, clock, minute]);
}
