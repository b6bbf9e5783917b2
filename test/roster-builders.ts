/**
 * Small, overridable roster fixtures shared by the roster's domain, repository and screen tests:
 * agent `agent-1`'s shifts on project `project-1` in Shanghai (UTC+8, no daylight saving), their
 * clock records, and a probe that reads a rendered workspace's outbox. Every call returns fresh
 * objects, so a test may change what it gets. For a Shanghai wall-clock instant use `shanghaiAt`
 * from `pay-builders`.
 */
import type { ClockRecord, Shift, ShiftSegment } from '@/domain/roster/shift';
import { makeWorkedShift } from './pay-builders';

/**
 * The scheduled day shift on `day`: 09:00–18:00 Shanghai (01:00Z–10:00Z, written without
 * milliseconds) with a meal 12:00–13:00, on the after-sales queue on site, revision 1.
 */
export function makeDayShift(day: string, overrides: Partial<Shift> = {}): Shift {
  const start = `${day}T01:00:00Z`;
  const end = `${day}T10:00:00Z`;
  return {
    id: 'shift-1',
    agentId: 'agent-1',
    projectId: 'project-1',
    day,
    start,
    end,
    timeZone: 'Asia/Shanghai',
    segments: [{ start, end }],
    breaks: [{ kind: 'meal', start: `${day}T04:00:00Z`, end: `${day}T05:00:00Z` }],
    queue: 'after-sales',
    workMode: 'onsite',
    isNight: false,
    status: 'scheduled',
    revision: 1,
    ...overrides,
  };
}

/** `makeDayShift` on Friday 20 November 2026. */
export function makeShift(overrides: Partial<Shift> = {}): Shift {
  return makeDayShift('2026-11-20', overrides);
}

/**
 * `makeDayShift` on `day` as the demo's split shift: 08:00–12:00 and 16:00–20:00 Shanghai
 * (00:00Z–04:00Z and 08:00Z–12:00Z), no breaks.
 */
export function makeSplitShift(day: string, overrides: Partial<Shift> = {}): Shift {
  const start = `${day}T00:00:00Z`;
  const end = `${day}T12:00:00Z`;
  return makeDayShift(day, {
    start,
    end,
    segments: [
      { start, end: `${day}T04:00:00Z` },
      { start: `${day}T08:00:00Z`, end },
    ],
    breaks: [],
    ...overrides,
  });
}

/**
 * `makeShift()` as a Berlin night across spring-forward: 22:00 CET on 28 March to 06:00 CEST on
 * 29 March 2026, seven real hours, no breaks.
 */
export function makeBerlinNight(overrides: Partial<Shift> = {}): Shift {
  const start = '2026-03-28T21:00:00Z';
  const end = '2026-03-29T04:00:00Z';
  return makeShift({
    day: '2026-03-28',
    start,
    end,
    timeZone: 'Europe/Berlin',
    segments: [{ start, end }],
    breaks: [],
    ...overrides,
  });
}

/**
 * `makeShift()` made of the given segments: it starts with the first and ends with the last, and
 * has no breaks unless given.
 */
export function makeSegmentShift(overrides: Partial<Shift> & { segments: ShiftSegment[] }): Shift {
  const { segments } = overrides;
  return makeShift({
    start: segments[0]!.start,
    end: segments.at(-1)!.end,
    breaks: [],
    ...overrides,
  });
}

/**
 * `makeShift()` as one segment from `from` to `to` Shanghai time on `day` (`to` on the next day
 * when earlier), with an optional meal: the times of pay-builders' `makeWorkedShift`.
 */
export function makeShanghaiShift(
  id: string,
  day: string,
  from: string,
  to: string,
  meal?: [string, string],
  overrides: Partial<Shift> = {},
): Shift {
  const { start, end, segments, breaks } = makeWorkedShift(id, day, from, to, { meal });
  return makeShift({ id, day, start, end, segments, breaks, ...overrides });
}

/**
 * `agent-1`'s sent clock records of a shift (or of no shift), one per `[kind, at]` entry, with ids
 * `<shift id or none>-<index>`.
 */
export function makeClockRecords(
  shiftId: string | null,
  entries: [ClockRecord['kind'], string][],
): ClockRecord[] {
  return entries.map(([kind, at], index) => ({
    id: `${shiftId ?? 'none'}-${index}`,
    agentId: 'agent-1',
    kind,
    at,
    shiftId,
    syncState: 'sent',
  }));
}
