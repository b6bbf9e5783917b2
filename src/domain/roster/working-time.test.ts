import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Shift } from './shift';
import { checkWorkingTime, isoWeekOf } from './working-time';
import { defaultWorkingTimeLimits, type WorkingTimeLimits } from './working-time-limits';
import { shanghaiAt } from '../../../test/pay-builders';
import { makeClockRecords, makeShanghaiShift } from '../../../test/roster-builders';

const ZONE = 'Asia/Shanghai';
const limits = defaultWorkingTimeLimits();
const only = (overrides: Partial<WorkingTimeLimits>): WorkingTimeLimits => ({
  dailyMinutes: 100_000,
  weeklyMinutes: 100_000,
  monthlyOvertimeMinutes: 100_000,
  minRestMinutes: 0,
  maxSplitGapMinutes: 100_000,
  ...overrides,
});

/** 09:00–18:00 with an hour's meal: 480 paid minutes. */
const standard = (id: string, day: string) =>
  makeShanghaiShift(id, day, '09:00', '18:00', ['12:00', '13:00']);

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-16', '2026-W47'],
    ['2026-11-22', '2026-W47'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-03-29', '2026-W13'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });
});

describe('checkWorkingTime', () => {
  it('finds nothing in a regular week of five 8-hour days', () => {
    const week = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    expect(
      checkWorkingTime(
        week.map((day) => standard(day, day)),
        [],
        limits,
        ZONE,
      ),
    ).toEqual([]);
  });

  it('flags a 9-hour day', () => {
    const long = makeShanghaiShift('long', '2026-11-16', '09:00', '19:00', ['12:00', '13:00']);
    expect(checkWorkingTime([long], [], limits, ZONE)).toEqual([
      {
        code: 'working-time/day-over-limit',
        day: '2026-11-16',
        minutes: 540,
        limitMinutes: 480,
        shiftIds: ['long'],
      },
    ]);
  });

  it('adds a day’s shifts together', () => {
    const shifts = [
      makeShanghaiShift('a', '2026-11-16', '06:00', '11:00'),
      makeShanghaiShift('b', '2026-11-16', '13:00', '17:00'),
    ];
    expect(checkWorkingTime(shifts, [], only({ dailyMinutes: 480 }), ZONE)).toEqual([
      {
        code: 'working-time/day-over-limit',
        day: '2026-11-16',
        minutes: 540,
        limitMinutes: 480,
        shiftIds: ['a', 'b'],
      },
    ]);
  });

  it('flags a six-day ISO week of 48 hours', () => {
    const days = [
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
    ];
    // The Monday after starts a new week and is not added in.
    const shifts = [...days, '2026-11-23'].map((day) => standard(day, day));
    expect(checkWorkingTime(shifts, [], limits, ZONE)).toEqual([
      { code: 'working-time/week-over-limit', week: '2026-W47', minutes: 2880, limitMinutes: 2640 },
    ]);
  });

  it('flags a month with more than 36 hours of overtime', () => {
    // 19 days of 10 paid hours: 19 × 120 = 2280 overtime minutes over 2160.
    const days = Array.from(
      { length: 19 },
      (_, index) => `2026-11-${String(index + 1).padStart(2, '0')}`,
    );
    const shifts = days.map((day) =>
      makeShanghaiShift(day, day, '08:00', '19:00', ['12:00', '13:00']),
    );
    const december = makeShanghaiShift('dec', '2026-12-01', '08:00', '19:00', ['12:00', '13:00']);
    expect(
      checkWorkingTime(
        [...shifts, december],
        [],
        only({ dailyMinutes: 480, monthlyOvertimeMinutes: 2160 }),
        ZONE,
      ).filter((finding) => finding.code !== 'working-time/day-over-limit'),
    ).toEqual([
      {
        code: 'working-time/month-overtime-over-limit',
        month: '2026-11',
        overtimeMinutes: 2280,
        limitMinutes: 2160,
      },
    ]);
  });

  it('flags 9 hours of rest after an overnight shift', () => {
    // 22:00–07:00, then 16:00–24:00 the next day: 9 hours between.
    const shifts = [
      makeShanghaiShift('night', '2026-11-16', '22:00', '07:00'),
      makeShanghaiShift('late', '2026-11-17', '16:00', '00:00'),
    ];
    expect(checkWorkingTime(shifts, [], only({ minRestMinutes: 660 }), ZONE)).toEqual([
      {
        code: 'working-time/rest-too-short',
        shiftId: 'late',
        previousShiftId: 'night',
        start: shanghaiAt('2026-11-17', '07:00'),
        end: shanghaiAt('2026-11-17', '16:00'),
        minutes: 540,
        limitMinutes: 660,
      },
    ]);
  });

  it('counts the overnight shift whole on the day it starts', () => {
    // 21:00–09:00 with an hour's meal: 660 paid minutes, all on the 16th.
    const night = makeShanghaiShift('night', '2026-11-16', '21:00', '09:00', undefined, {
      breaks: [
        {
          kind: 'meal',
          start: shanghaiAt('2026-11-17', '01:00'),
          end: shanghaiAt('2026-11-17', '02:00'),
        },
      ],
    });
    expect(checkWorkingTime([night], [], limits, ZONE)).toEqual([
      {
        code: 'working-time/day-over-limit',
        day: '2026-11-16',
        minutes: 660,
        limitMinutes: 480,
        shiftIds: ['night'],
      },
    ]);
  });

  it('flags the 4-hour idle gap of the demo’s split shift', () => {
    const split: Shift = {
      ...makeShanghaiShift('split', '2026-11-18', '08:00', '20:00'),
      segments: [
        { start: shanghaiAt('2026-11-18', '08:00'), end: shanghaiAt('2026-11-18', '12:00') },
        { start: shanghaiAt('2026-11-18', '16:00'), end: shanghaiAt('2026-11-18', '20:00') },
      ],
    };
    expect(checkWorkingTime([split], [], limits, ZONE)).toEqual([
      {
        code: 'working-time/split-gap-too-long',
        shiftId: 'split',
        day: '2026-11-18',
        start: shanghaiAt('2026-11-18', '12:00'),
        end: shanghaiAt('2026-11-18', '16:00'),
        minutes: 240,
        limitMinutes: 120,
      },
    ]);
  });

  it('takes the agent’s own complete record over the schedule', () => {
    const day = standard('s', '2026-11-16');
    const stayedLate = makeClockRecords('s', [
      ['work-start', shanghaiAt('2026-11-16', '09:00')],
      ['break-start', shanghaiAt('2026-11-16', '12:00')],
      ['break-end', shanghaiAt('2026-11-16', '13:00')],
      ['work-end', shanghaiAt('2026-11-16', '19:30')],
    ]);
    expect(checkWorkingTime([day], stayedLate, limits, ZONE)).toEqual([
      {
        code: 'working-time/day-over-limit',
        day: '2026-11-16',
        minutes: 570,
        limitMinutes: 480,
        shiftIds: ['s'],
      },
    ]);
    // Without the work-end the record is incomplete and the 8-hour schedule stands.
    expect(checkWorkingTime([day], stayedLate.slice(0, 3), limits, ZONE)).toEqual([]);
    // A record the server rejected does not count.
    const rejected = stayedLate.map((record) => ({ ...record, syncState: 'rejected' as const }));
    expect(checkWorkingTime([day], rejected, limits, ZONE)).toEqual([]);
  });

  it('counts work clocked with no shift on its local day, and the rest after it', () => {
    // 00:30–03:30 Shanghai on the 17th, then the 09:00 shift: 3 h more that day, 5.5 h rest.
    const unscheduled = makeClockRecords(null, [
      ['work-start', shanghaiAt('2026-11-17', '00:30')],
      ['work-end', shanghaiAt('2026-11-17', '03:30')],
    ]);
    expect(checkWorkingTime([standard('s', '2026-11-17')], unscheduled, limits, ZONE)).toEqual([
      {
        code: 'working-time/day-over-limit',
        day: '2026-11-17',
        minutes: 660,
        limitMinutes: 480,
        shiftIds: ['s'],
      },
      {
        code: 'working-time/rest-too-short',
        shiftId: 's',
        previousShiftId: null,
        start: shanghaiAt('2026-11-17', '03:30'),
        end: shanghaiAt('2026-11-17', '09:00'),
        minutes: 330,
        limitMinutes: 660,
      },
    ]);
  });

  it('leaves out cancelled and absent shifts', () => {
    const shifts = [
      makeShanghaiShift('c', '2026-11-16', '06:00', '20:00', undefined, { status: 'cancelled' }),
      makeShanghaiShift('a', '2026-11-17', '06:00', '20:00', undefined, { status: 'absent' }),
    ];
    expect(checkWorkingTime(shifts, [], limits, ZONE)).toEqual([]);
  });

  it('counts real hours across New York’s fall-back night', () => {
    // 22:00 EDT on 31 Oct to 08:00 EST on 1 Nov 2026 reads as 10 hours but lasts 11.
    const start = '2026-11-01T02:00:00Z';
    const end = '2026-11-01T13:00:00Z';
    const night: Shift = {
      ...standard('ny', '2026-10-31'),
      timeZone: 'America/New_York',
      start,
      end,
      segments: [{ start, end }],
      breaks: [],
    };
    expect(checkWorkingTime([night], [], limits, 'America/New_York')).toEqual([
      {
        code: 'working-time/day-over-limit',
        day: '2026-10-31',
        minutes: 660,
        limitMinutes: 480,
        shiftIds: ['ny'],
      },
    ]);
  });

  it('counts real rest across Berlin’s spring-forward night', () => {
    // Off at 22:00 CET on 28 Mar, back at 09:00 CEST on 29 Mar: 11 hours on the clock, 10 real.
    const berlin = (id: string, day: string, start: string, end: string): Shift => ({
      ...standard(id, day),
      timeZone: 'Europe/Berlin',
      start,
      end,
      segments: [{ start, end }],
      breaks: [],
    });
    const shifts = [
      berlin('sat', '2026-03-28', '2026-03-28T13:00:00Z', '2026-03-28T21:00:00Z'),
      berlin('sun', '2026-03-29', '2026-03-29T07:00:00Z', '2026-03-29T15:00:00Z'),
    ];
    expect(checkWorkingTime(shifts, [], limits, 'Europe/Berlin')).toEqual([
      {
        code: 'working-time/rest-too-short',
        shiftId: 'sun',
        previousShiftId: 'sat',
        start: '2026-03-28T21:00:00.000Z',
        end: '2026-03-29T07:00:00.000Z',
        minutes: 600,
        limitMinutes: 660,
      },
    ]);
  });

  it('reports each figure over its limit and nothing within limits', () => {
    const base = Date.parse('2026-11-02T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(27), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 14 })),
          {
            maxLength: 12,
          },
        ),
        (plans) => {
          const shifts = plans.map(([dayIndex, hour, hours], index) => {
            const start = new Date(base + (dayIndex * 24 + hour) * 3_600_000).toISOString();
            const end = new Date(Date.parse(start) + hours * 3_600_000).toISOString();
            return {
              ...standard(
                `s${index}`,
                new Date(base + dayIndex * 86_400_000).toISOString().slice(0, 10),
              ),
              start,
              end,
              segments: [{ start, end }],
              breaks: [],
            };
          });
          for (const finding of checkWorkingTime(shifts, [], limits, ZONE)) {
            if ('minutes' in finding && finding.code !== 'working-time/rest-too-short')
              expect(finding.minutes).toBeGreaterThan(finding.limitMinutes);
            if (finding.code === 'working-time/rest-too-short')
              expect(finding.minutes).toBeLessThan(finding.limitMinutes);
          }
          const lenient = only({ minRestMinutes: 0 });
          expect(checkWorkingTime(shifts, [], lenient, ZONE)).toEqual([]);
        },
      ),
    );
  });
});
