import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureAdherence } from './adherence';
import {
  makeBerlinNight,
  makeClockRecords,
  makeShift,
  makeSplitShift,
} from '../../../test/roster-builders';
import type { ClockRecord, Shift } from './shift';

type Kind = ClockRecord['kind'];

/** 09:00–18:00 Shanghai on 20 November 2026, meal 12:00–13:00, worked. */
const workedShift = (overrides: Partial<Shift> = {}) =>
  makeShift({ status: 'worked', ...overrides });

const AFTER = '2026-11-21T00:00:00Z';
const dayShift = workedShift();
// The demo's split shift: 08:00–12:00 and 16:00–20:00 Shanghai.
const splitShift = makeSplitShift('2026-11-20', { id: 'split', status: 'worked' });
// Berlin 22:00 CET on 28 March to 06:00 CEST on 29 March 2026: seven real hours.
const berlinNight = makeBerlinNight({ id: 'berlin', isNight: true, status: 'worked' });

describe('measureAdherence', () => {
  it.each([
    {
      name: 'a day worked exactly to schedule',
      shift: dayShift,
      clock: [
        ['work-start', '2026-11-20T01:00:00Z'],
        ['break-start', '2026-11-20T04:00:00Z'],
        ['break-end', '2026-11-20T05:00:00Z'],
        ['work-end', '2026-11-20T10:00:00Z'],
      ],
      now: AFTER,
      scheduled: 540,
      adherent: 540,
      issues: [],
    },
    {
      // Working 01:10–04:00 (170) and 05:20–09:45 (265), away through the meal (60): 495 of 540.
      name: 'a late start, a long meal and an early end',
      shift: dayShift,
      clock: [
        ['work-start', '2026-11-20T01:10:00Z'],
        ['break-start', '2026-11-20T04:00:00Z'],
        ['break-end', '2026-11-20T05:20:00Z'],
        ['work-end', '2026-11-20T09:45:00Z'],
      ],
      now: AFTER,
      scheduled: 540,
      adherent: 495,
      issues: [
        { code: 'adherence/late-start', shiftId: 'shift-1', segmentIndex: 0, minutes: 10 },
        { code: 'adherence/early-end', shiftId: 'shift-1', segmentIndex: 0, minutes: 15 },
        {
          code: 'adherence/break-over-schedule',
          shiftId: 'shift-1',
          scheduledMinutes: 60,
          takenMinutes: 80,
          overMinutes: 20,
        },
      ],
    },
    {
      // Only the scheduled meal, spent away, is in adherence.
      name: 'no records at all',
      shift: dayShift,
      clock: [],
      now: AFTER,
      scheduled: 540,
      adherent: 60,
      issues: [{ code: 'adherence/no-records', shiftId: 'shift-1' }],
    },
    {
      // Work is credited only up to the last record, 05:00; less the break that is 01:00–04:00.
      name: 'a forgotten work-end',
      shift: dayShift,
      clock: [
        ['work-start', '2026-11-20T01:00:00Z'],
        ['break-start', '2026-11-20T04:00:00Z'],
        ['break-end', '2026-11-20T05:00:00Z'],
      ],
      now: AFTER,
      scheduled: 540,
      adherent: 240,
      issues: [
        {
          code: 'adherence/missing-record',
          shiftId: 'shift-1',
          kind: 'work-end',
          at: '2026-11-20T05:00:00.000Z',
        },
        { code: 'adherence/early-end', shiftId: 'shift-1', segmentIndex: 0, minutes: 360 },
      ],
    },
    {
      // At 14:00 Shanghai: 300 min elapsed, working 01:05–04:00 and 05:00–now, away at the meal.
      name: 'a shift still running',
      shift: dayShift,
      clock: [
        ['work-start', '2026-11-20T01:05:00Z'],
        ['break-start', '2026-11-20T04:00:00Z'],
        ['break-end', '2026-11-20T05:00:00Z'],
      ],
      now: '2026-11-20T06:00:00Z',
      scheduled: 300,
      adherent: 295,
      issues: [{ code: 'adherence/late-start', shiftId: 'shift-1', segmentIndex: 0, minutes: 5 }],
    },
    {
      name: 'a split shift with the second segment started 20 min late',
      shift: splitShift,
      clock: [
        ['work-start', '2026-11-20T00:00:00Z'],
        ['work-end', '2026-11-20T04:00:00Z'],
        ['work-start', '2026-11-20T08:20:00Z'],
        ['work-end', '2026-11-20T12:00:00Z'],
      ],
      now: AFTER,
      scheduled: 480,
      adherent: 460,
      issues: [{ code: 'adherence/late-start', shiftId: 'split', segmentIndex: 1, minutes: 20 }],
    },
    {
      name: 'a split shift whose second segment was not worked',
      shift: splitShift,
      clock: [
        ['work-start', '2026-11-20T00:00:00Z'],
        ['work-end', '2026-11-20T04:00:00Z'],
      ],
      now: AFTER,
      scheduled: 480,
      adherent: 240,
      issues: [
        { code: 'adherence/segment-not-worked', shiftId: 'split', segmentIndex: 1, minutes: 240 },
      ],
    },
    {
      // 22:00 CET to 05:30 CEST is 6.5 real hours: the clock skipped 02:00–03:00.
      name: 'an overnight shift across Berlin’s spring-forward, left at 05:30',
      shift: berlinNight,
      clock: [
        ['work-start', '2026-03-28T21:00:00Z'],
        ['work-end', '2026-03-29T03:30:00Z'],
      ],
      now: '2026-03-29T12:00:00Z',
      scheduled: 420,
      adherent: 390,
      issues: [{ code: 'adherence/early-end', shiftId: 'berlin', segmentIndex: 0, minutes: 30 }],
    },
    {
      name: 'records out of order',
      shift: dayShift,
      clock: [
        ['work-end', '2026-11-20T00:50:00Z'],
        ['work-start', '2026-11-20T01:00:00Z'],
        ['break-end', '2026-11-20T02:00:00Z'],
        ['work-end', '2026-11-20T10:00:00Z'],
      ],
      now: AFTER,
      scheduled: 540,
      // Working straight through: 480 of the scheduled work, none of the meal.
      adherent: 480,
      issues: [
        {
          code: 'adherence/missing-record',
          shiftId: 'shift-1',
          kind: 'work-start',
          at: '2026-11-20T00:50:00.000Z',
        },
        {
          code: 'adherence/missing-record',
          shiftId: 'shift-1',
          kind: 'break-start',
          at: '2026-11-20T02:00:00.000Z',
        },
      ],
    },
  ])('measures $name', ({ shift, clock, now, scheduled, adherent, issues }) => {
    const result = measureAdherence(
      shift.day,
      [shift],
      makeClockRecords(shift.id, clock as [Kind, string][]),
      now,
    );
    expect(result).toMatchObject({
      day: shift.day,
      scheduledMinutes: scheduled,
      adherentMinutes: adherent,
    });
    expect(result.ratio).toBeCloseTo(adherent / scheduled, 10);
    expect(result.issues).toEqual(issues);
  });

  it('sums the day’s shifts and reports each', () => {
    const result = measureAdherence(
      '2026-11-20',
      [dayShift, splitShift],
      [
        ...makeClockRecords('shift-1', [
          ['work-start', '2026-11-20T01:00:00Z'],
          ['work-end', '2026-11-20T10:00:00Z'],
        ]),
        ...makeClockRecords('split', [
          ['work-start', '2026-11-20T00:00:00Z'],
          ['work-end', '2026-11-20T04:00:00Z'],
        ]),
      ],
      AFTER,
    );
    // Day shift worked through its meal: 480 of 540; split: 240 of 480.
    expect(
      result.shifts.map((entry) => [entry.shiftId, entry.scheduledMinutes, entry.adherentMinutes]),
    ).toEqual([
      ['split', 480, 240],
      ['shift-1', 540, 480],
    ]);
    expect(result.scheduledMinutes).toBe(1020);
    expect(result.adherentMinutes).toBe(720);
  });

  it.each([
    { name: 'a cancelled shift', shift: workedShift({ status: 'cancelled' }), now: AFTER },
    { name: 'a shift marked absent', shift: workedShift({ status: 'absent' }), now: AFTER },
    { name: 'a shift not yet begun', shift: dayShift, now: '2026-11-20T00:59:00Z' },
    { name: 'a shift of another day', shift: workedShift({ day: '2026-11-19' }), now: AFTER },
  ])('leaves out $name', ({ shift, now }) => {
    expect(measureAdherence('2026-11-20', [shift], [], now)).toEqual({
      day: '2026-11-20',
      scheduledMinutes: 0,
      adherentMinutes: 0,
      ratio: null,
      shifts: [],
      issues: [],
    });
  });

  it('ignores rejected records and other agents’ records', () => {
    const clock = makeClockRecords('shift-1', [
      ['work-start', '2026-11-20T01:00:00Z'],
      ['work-end', '2026-11-20T10:00:00Z'],
    ]);
    const result = measureAdherence(
      '2026-11-20',
      [dayShift],
      [
        { ...clock[0]!, syncState: 'rejected' },
        { ...clock[1]!, agentId: 'agent-2' },
      ],
      AFTER,
    );
    expect(result.issues).toEqual([{ code: 'adherence/no-records', shiftId: 'shift-1' }]);
  });

  it('keeps adherent time between none and all of the scheduled time', () => {
    const kinds: Kind[] = ['work-start', 'work-end', 'break-start', 'break-end'];
    const base = Date.parse('2026-11-20T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.nat(12 * 60)), { maxLength: 10 }),
        fc.nat(14 * 60),
        (entries, nowMinute) => {
          const clock = makeClockRecords(
            'split',
            entries.map(([kind, minute]) => [kind, new Date(base + minute * 60_000).toISOString()]),
          );
          const result = measureAdherence(
            '2026-11-20',
            [splitShift, dayShift],
            clock,
            new Date(base + nowMinute * 60_000).toISOString(),
          );
          expect(result.adherentMinutes).toBeGreaterThanOrEqual(0);
          expect(result.adherentMinutes).toBeLessThanOrEqual(result.scheduledMinutes);
          if (result.ratio !== null) {
            expect(result.ratio).toBeGreaterThanOrEqual(0);
            expect(result.ratio).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});
