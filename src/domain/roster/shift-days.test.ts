import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayOf } from '../zoned-time';
import type { ShiftSegment } from './shift';
import { daysOfShift, shiftOnDay, shiftsByDay, shiftsOnDay, zoneNote } from './shift-days';
import { makeSegmentShift } from '../../../test/roster-builders';

/** A scheduled shift of `segments` on the day it starts, in Shanghai unless given. */
const shiftOf = (id: string, segments: ShiftSegment[], timeZone = 'Asia/Shanghai') =>
  makeSegmentShift({ id, segments, timeZone, day: localDayOf(segments[0]!.start, timeZone) });

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const one = (id: string, start: string, end: string, timeZone?: string) =>
  shiftOf(id, [{ start, end }], timeZone);

// Shanghai is UTC+8 all year.
const dayShift = one('day', '2026-11-20T01:00:00Z', '2026-11-20T10:00:00Z'); // 09:00–18:00
const nightShift = one('night', '2026-11-20T14:00:00Z', '2026-11-20T23:00:00Z'); // 22:00–07:00
const lateShift = one('late', '2026-11-20T08:00:00Z', '2026-11-20T16:00:00Z'); // 16:00–24:00
// Berlin 22:00 CET → 06:00 CEST over the spring-forward night of 29 March 2026.
const berlinNight = one('berlin', '2026-03-28T21:00:00Z', '2026-03-29T04:00:00Z', 'Europe/Berlin');
// New York 22:00 EDT → 06:00 EST over the fall-back night of 1 November 2026 (nine hours).
const newYorkNight = one('ny', '2026-11-01T02:00:00Z', '2026-11-01T11:00:00Z', 'America/New_York');
// A split shift 20:00–23:00 and 05:00–08:00 the next morning, Shanghai.
const splitOvernight = shiftOf('split', [
  { start: '2026-11-20T12:00:00Z', end: '2026-11-20T15:00:00Z' },
  { start: '2026-11-20T21:00:00Z', end: '2026-11-21T00:00:00Z' },
]);

describe('daysOfShift', () => {
  it.each([
    { name: 'a day shift', shift: dayShift, zone: undefined, days: ['2026-11-20'] },
    {
      name: 'a night shift',
      shift: nightShift,
      zone: undefined,
      days: ['2026-11-20', '2026-11-21'],
    },
    { name: 'the night shift read in UTC', shift: nightShift, zone: 'UTC', days: ['2026-11-20'] },
    { name: 'a shift ending at midnight', shift: lateShift, zone: undefined, days: ['2026-11-20'] },
    {
      name: 'the Berlin DST night',
      shift: berlinNight,
      zone: undefined,
      days: ['2026-03-28', '2026-03-29'],
    },
    {
      name: 'the New York DST night',
      shift: newYorkNight,
      zone: undefined,
      days: ['2026-10-31', '2026-11-01'],
    },
    {
      name: 'a 30-hour span',
      shift: one('long', '2026-11-19T16:00:00Z', '2026-11-20T22:00:00Z'),
      zone: undefined,
      days: ['2026-11-20', '2026-11-21'],
    },
  ])('puts $name on $days', ({ shift, zone, days }) => {
    expect(daysOfShift(shift, zone)).toEqual(days);
  });
});

describe('shiftOnDay', () => {
  it.each([
    { shift: dayShift, day: '2026-11-20', span: ['09:00', '18:00', false, false] },
    { shift: nightShift, day: '2026-11-20', span: ['22:00', '24:00', false, true] },
    { shift: nightShift, day: '2026-11-21', span: ['00:00', '07:00', true, false] },
    { shift: lateShift, day: '2026-11-20', span: ['16:00', '24:00', false, false] },
    { shift: berlinNight, day: '2026-03-28', span: ['22:00', '24:00', false, true] },
    { shift: berlinNight, day: '2026-03-29', span: ['00:00', '06:00', true, false] },
    { shift: newYorkNight, day: '2026-10-31', span: ['22:00', '24:00', false, true] },
    { shift: newYorkNight, day: '2026-11-01', span: ['00:00', '06:00', true, false] },
  ])('shows $shift.id on $day as $span', ({ shift, day, span }) => {
    const [start, end, continuesFromPreviousDay, continuesToNextDay] = span;
    expect(shiftOnDay(shift, day, shift.timeZone)).toMatchObject({
      day,
      start,
      end,
      continuesFromPreviousDay,
      continuesToNextDay,
    });
  });

  it.each([
    { shift: dayShift, day: '2026-11-21' },
    { shift: nightShift, day: '2026-11-19' },
    { shift: nightShift, day: '2026-11-22' },
    { shift: lateShift, day: '2026-11-21' },
  ])('leaves $shift.id off $day', ({ shift, day }) => {
    expect(shiftOnDay(shift, day, 'Asia/Shanghai')).toBeNull();
  });

  it('shows each segment of a split overnight shift on its own day', () => {
    expect(shiftOnDay(splitOvernight, '2026-11-20', 'Asia/Shanghai')?.segments).toEqual([
      { start: '20:00', end: '23:00', continuesFromPreviousDay: false, continuesToNextDay: false },
    ]);
    expect(shiftOnDay(splitOvernight, '2026-11-21', 'Asia/Shanghai')).toMatchObject({
      start: '00:00',
      end: '08:00',
      segments: [
        {
          start: '05:00',
          end: '08:00',
          continuesFromPreviousDay: false,
          continuesToNextDay: false,
        },
      ],
    });
  });

  it('shows a Shanghai shift on the Berlin clock for an agent reading it there', () => {
    // 09:00–18:00 Shanghai is 02:00–11:00 in Berlin in November (UTC+1).
    expect(shiftOnDay(dayShift, '2026-11-20', 'Europe/Berlin')).toMatchObject({
      start: '02:00',
      end: '11:00',
    });
  });
});

describe('shiftsOnDay and shiftsByDay', () => {
  const shifts = [
    nightShift,
    splitOvernight,
    dayShift,
    one('next', '2026-11-21T01:00:00Z', '2026-11-21T10:00:00Z'),
  ];

  it('lists the shifts showing on a day in start order, the evening before included', () => {
    expect(
      shiftsOnDay(shifts, '2026-11-21', 'Asia/Shanghai').map((entry) => entry.shift.id),
    ).toEqual(['split', 'night', 'next']);
    expect(
      shiftsOnDay(shifts, '2026-11-20', 'Asia/Shanghai').map((entry) => entry.shift.id),
    ).toEqual(['day', 'split', 'night']);
  });

  it('groups by day within a range, agreeing with shiftsOnDay', () => {
    const byDay = shiftsByDay(shifts, 'Asia/Shanghai', '2026-11-21', '2026-11-30');
    expect([...byDay.keys()]).toEqual(['2026-11-21']);
    expect(byDay.get('2026-11-21')).toEqual(shiftsOnDay(shifts, '2026-11-21', 'Asia/Shanghai'));
    expect([...shiftsByDay(shifts, 'Asia/Shanghai').keys()]).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('shows a shift on every day it touches and on no other, in any zone', () => {
    const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC'];
    const base = Date.parse('2026-03-27T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 * 24 * 60 }),
        fc.integer({ min: 1, max: 36 * 60 }),
        fc.constantFrom(...zones),
        (startMinute, lengthMinutes, zone) => {
          const start = new Date(base + startMinute * 60_000).toISOString();
          const end = new Date(base + (startMinute + lengthMinutes) * 60_000).toISOString();
          const shift = one('p', start, end, zone);
          const days = daysOfShift(shift, zone);
          expect(days[0]).toBe(localDayOf(start, zone));
          for (const day of days) expect(shiftOnDay(shift, day, zone)).not.toBeNull();
          expect(shiftOnDay(shift, addDays(days[0]!, -1), zone)).toBeNull();
          expect(shiftOnDay(shift, addDays(days.at(-1)!, 1), zone)).toBeNull();
          const onDays = days.map((day) => shiftOnDay(shift, day, zone)!);
          expect(onDays[0]!.continuesFromPreviousDay).toBe(false);
          expect(onDays.at(-1)!.continuesToNextDay).toBe(false);
        },
      ),
    );
  });
});

describe('zoneNote', () => {
  it.each([
    {
      shiftZone: 'Asia/Shanghai',
      agentZone: 'Asia/Shanghai',
      at: '2026-11-20T01:00:00Z',
      note: null,
    },
    {
      shiftZone: 'Asia/Shanghai',
      agentZone: 'Asia/Hong_Kong',
      at: '2026-11-20T01:00:00Z',
      note: null,
    },
    {
      shiftZone: 'America/New_York',
      agentZone: 'America/Toronto',
      at: '2026-03-08T12:00:00Z',
      note: null,
    },
    {
      shiftZone: 'Asia/Shanghai',
      agentZone: 'Europe/Berlin',
      at: '2026-11-20T01:00:00Z',
      note: { shiftOffsetMinutes: 480, agentOffsetMinutes: 60 },
    },
    {
      shiftZone: 'Asia/Shanghai',
      agentZone: 'Europe/Berlin',
      at: '2026-03-29T02:00:00Z',
      note: { shiftOffsetMinutes: 480, agentOffsetMinutes: 120 },
    },
    {
      // Phoenix keeps MST while New York is on EDT: the same clock in winter, not in summer.
      shiftZone: 'America/New_York',
      agentZone: 'America/Phoenix',
      at: '2026-07-01T12:00:00Z',
      note: { shiftOffsetMinutes: -240, agentOffsetMinutes: -420 },
    },
  ])('notes $agentZone against $shiftZone at $at', ({ shiftZone, agentZone, at, note }) => {
    expect(zoneNote(shiftZone, agentZone, at)).toEqual(note && { shiftZone, agentZone, ...note });
  });
});
