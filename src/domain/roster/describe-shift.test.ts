import { describe, expect, it } from 'vitest';
import { describeShift, localDayOf } from './describe-shift';
import type { ShiftSegment } from './shift';
import { makeSegmentShift } from '../../../test/roster-builders';

/** A scheduled shift of `segments` on 20 November 2026, in Shanghai unless given. */
const shiftOf = (segments: ShiftSegment[], timeZone = 'Asia/Shanghai') =>
  makeSegmentShift({ segments, timeZone });

describe('describeShift', () => {
  it.each([
    {
      name: 'a day shift 09:00–18:00 Shanghai',
      segments: [{ start: '2026-11-20T01:00:00Z', end: '2026-11-20T10:00:00Z' }],
      expected: { workMinutes: 540, gapMinutes: [], isSplit: false, endsNextDay: false },
    },
    {
      name: 'a night shift 22:00–07:00 Shanghai',
      segments: [{ start: '2026-11-20T14:00:00Z', end: '2026-11-20T23:00:00Z' }],
      expected: { workMinutes: 540, gapMinutes: [], isSplit: false, endsNextDay: true },
    },
    {
      name: 'a split shift 08:00–12:00 and 16:30–20:30 with a 4.5 h gap',
      segments: [
        { start: '2026-11-20T00:00:00Z', end: '2026-11-20T04:00:00Z' },
        { start: '2026-11-20T08:30:00Z', end: '2026-11-20T12:30:00Z' },
      ],
      expected: { workMinutes: 480, gapMinutes: [270], isSplit: true, endsNextDay: false },
    },
  ])('summarises $name', ({ segments, expected }) => {
    expect(describeShift(shiftOf(segments))).toEqual(expected);
  });

  it('counts real minutes across a daylight-saving change', () => {
    // New York falls back on 2026-11-01 at 02:00: 00:00–08:00 local lasts nine hours.
    const shift = shiftOf(
      [{ start: '2026-11-01T04:00:00Z', end: '2026-11-01T13:00:00Z' }],
      'America/New_York',
    );
    expect(describeShift(shift).workMinutes).toBe(540);
    expect(describeShift(shift).endsNextDay).toBe(false);
  });
});

describe('localDayOf', () => {
  it.each([
    ['2026-11-20T15:59:00Z', 'Asia/Shanghai', '2026-11-20'],
    ['2026-11-20T16:00:00Z', 'Asia/Shanghai', '2026-11-21'],
    ['2026-11-20T16:00:00Z', 'UTC', '2026-11-20'],
  ])('puts %s in %s on %s', (instant, zone, day) => {
    expect(localDayOf(instant, zone)).toBe(day);
  });
});
