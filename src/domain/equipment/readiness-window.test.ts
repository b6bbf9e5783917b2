import { describe, expect, it } from 'vitest';
import type { Shift } from '../roster/shift';
import { defaultReadinessPolicy } from './default-readiness-policy';
import { nextRemoteShift, readinessWindow } from './readiness-window';

function shift(id: string, start: string, end: string, fields: Partial<Shift> = {}): Shift {
  return {
    id,
    agentId: 'agent-1',
    projectId: 'project-1',
    day: start.slice(0, 10),
    start,
    end,
    timeZone: 'Asia/Shanghai',
    segments: [{ start, end }],
    breaks: [],
    queue: 'after-sales',
    workMode: 'remote',
    isNight: false,
    status: 'confirmed',
    revision: 1,
    ...fields,
  };
}

const policy = defaultReadinessPolicy(); // 60 minutes

describe('nextRemoteShift', () => {
  const now = new Date('2026-11-22T02:00:00.000Z');
  const running = shift('running', '2026-11-22T01:00:00.000Z', '2026-11-22T09:00:00.000Z');
  const later = shift('later', '2026-11-23T01:00:00.000Z', '2026-11-23T09:00:00.000Z');
  const past = shift('past', '2026-11-21T01:00:00.000Z', '2026-11-21T09:00:00.000Z');

  it.each([
    {
      name: 'a running remote shift before a later one',
      shifts: [later, running, past],
      id: 'running',
    },
    { name: 'the next one when none runs', shifts: [later, past], id: 'later' },
    {
      name: 'not an onsite shift',
      shifts: [{ ...running, workMode: 'onsite' as const }, later],
      id: 'later',
    },
    {
      name: 'not a cancelled shift',
      shifts: [{ ...running, status: 'cancelled' as const }, later],
      id: 'later',
    },
    { name: 'nothing when all are over', shifts: [past], id: null },
    { name: 'nothing from nothing', shifts: [], id: null },
  ])('$name', ({ shifts, id }) => {
    expect(nextRemoteShift(shifts, now)?.id ?? null).toBe(id);
  });

  it('a shift ending exactly now is over', () => {
    expect(nextRemoteShift([running], new Date(running.end))).toBeNull();
  });
});

describe('readinessWindow', () => {
  const next = shift('s', '2026-11-22T01:00:00.000Z', '2026-11-22T09:00:00.000Z');

  it.each([
    { now: '2026-11-21T23:59:59.999Z', state: 'not-yet' },
    { now: '2026-11-22T00:00:00.000Z', state: 'open' },
    { now: '2026-11-22T00:59:59.999Z', state: 'open' },
    { now: '2026-11-22T01:00:00.000Z', state: 'shift-started' },
    { now: '2026-11-22T08:59:59.999Z', state: 'shift-started' },
    { now: '2026-11-22T09:00:00.000Z', state: 'ended' },
  ] as const)('at $now: $state', ({ now, state }) => {
    expect(readinessWindow(next, policy, new Date(now))).toEqual({
      opensAt: '2026-11-22T00:00:00.000Z',
      shiftStart: next.start,
      shiftEnd: next.end,
      state,
    });
  });

  it('a window of 0 minutes opens at the start; a negative one is taken as 0', () => {
    for (const minutes of [0, -30]) {
      const window = readinessWindow(
        next,
        { ...policy, windowMinutesBeforeShift: minutes },
        new Date(next.start),
      );
      expect(window.opensAt).toBe(next.start);
    }
  });
});
