import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClockRecord, ShiftBreak, ShiftSegment } from './shift';
import { clockedTimeOf, paidMinutesOf, paidTimeOf, segmentGapsOf, workGapsOf } from './shift-gaps';
import { makeSegmentShift } from '../../../test/roster-builders';

/** A worked shift of `segments`, with breaks and a zone when given. */
const workedShift = (
  segments: ShiftSegment[],
  breaks: ShiftBreak[] = [],
  timeZone = 'Asia/Shanghai',
) => makeSegmentShift({ segments, breaks, timeZone, status: 'worked' });

function clock(kind: ClockRecord['kind'], at: string, id = `${kind}@${at}`): ClockRecord {
  return { id, agentId: 'agent-1', kind, at, shiftId: 'shift-1', syncState: 'sent' };
}

// Shanghai is UTC+8: 09:00 local is 01:00Z.
const dayShift = workedShift(
  [{ start: '2026-11-20T01:00:00Z', end: '2026-11-20T10:00:00Z' }],
  [
    { kind: 'meal', start: '2026-11-20T04:00:00Z', end: '2026-11-20T05:00:00Z' },
    { kind: 'rest', start: '2026-11-20T07:00:00Z', end: '2026-11-20T07:15:00Z' },
  ],
);
// The demo's split shift: 08:00–12:00, idle 12:00–16:00, 16:00–20:00 Shanghai.
const splitShift = workedShift([
  { start: '2026-11-20T00:00:00Z', end: '2026-11-20T04:00:00Z' },
  { start: '2026-11-20T08:00:00Z', end: '2026-11-20T12:00:00Z' },
]);
// 22:00–07:00 Shanghai with a meal 02:00–02:30.
const nightShift = workedShift(
  [{ start: '2026-11-20T14:00:00Z', end: '2026-11-20T23:00:00Z' }],
  [{ kind: 'meal', start: '2026-11-20T18:00:00Z', end: '2026-11-20T18:30:00Z' }],
);
// Berlin 22:00 CET on 28 Mar to 06:00 CEST on 29 Mar 2026: seven hours across spring-forward.
const berlinNight = workedShift(
  [{ start: '2026-03-28T21:00:00Z', end: '2026-03-29T04:00:00Z' }],
  [{ kind: 'meal', start: '2026-03-29T00:30:00Z', end: '2026-03-29T01:00:00Z' }],
  'Europe/Berlin',
);

describe('segmentGapsOf', () => {
  it.each([
    { name: 'a one-segment shift', shift: dayShift, expected: [] },
    {
      name: 'the split shift',
      shift: splitShift,
      expected: [
        { start: '2026-11-20T04:00:00.000Z', end: '2026-11-20T08:00:00.000Z', minutes: 240 },
      ],
    },
    {
      name: 'three segments listed out of order',
      shift: workedShift([
        { start: '2026-11-20T08:00:00Z', end: '2026-11-20T10:00:00Z' },
        { start: '2026-11-20T00:00:00Z', end: '2026-11-20T02:00:00Z' },
        { start: '2026-11-20T03:30:00Z', end: '2026-11-20T06:00:00Z' },
      ]),
      expected: [
        { start: '2026-11-20T02:00:00.000Z', end: '2026-11-20T03:30:00.000Z', minutes: 90 },
        { start: '2026-11-20T06:00:00.000Z', end: '2026-11-20T08:00:00.000Z', minutes: 120 },
      ],
    },
  ])('finds the gaps of $name', ({ shift, expected }) => {
    expect(segmentGapsOf(shift)).toEqual(expected);
  });
});

describe('paidMinutesOf', () => {
  it.each([
    {
      name: '09:00–18:00 less a 60 min meal (the 15 min rest is paid)',
      shift: dayShift,
      minutes: 480,
    },
    { name: 'the split shift, 4 h + 4 h', shift: splitShift, minutes: 480 },
    { name: 'the overnight shift, 9 h less 30 min', shift: nightShift, minutes: 510 },
    {
      name: 'the Berlin night across spring-forward, 7 h less 30 min',
      shift: berlinNight,
      minutes: 390,
    },
    {
      name: 'a meal hanging half outside the shift, counted only inside',
      shift: workedShift(
        [{ start: '2026-11-20T01:00:00Z', end: '2026-11-20T10:00:00Z' }],
        [{ kind: 'meal', start: '2026-11-20T09:30:00Z', end: '2026-11-20T10:30:00Z' }],
      ),
      minutes: 510,
    },
  ])('$name → $minutes', ({ shift, minutes }) => {
    expect(paidMinutesOf(shift)).toBe(minutes);
  });
});

describe('clockedTimeOf', () => {
  it.each([
    { name: 'no records', records: [] },
    { name: 'work never ended', records: [clock('work-start', '2026-11-20T01:00:00Z')] },
    {
      name: 'a break outside work',
      records: [
        clock('break-start', '2026-11-20T00:50:00Z'),
        clock('work-start', '2026-11-20T01:00:00Z'),
        clock('work-end', '2026-11-20T10:00:00Z'),
      ],
    },
  ])('is null for $name', ({ records }) => {
    expect(clockedTimeOf(records)).toBeNull();
  });
});

describe('paidTimeOf', () => {
  it('takes the agent’s complete record over the schedule, less the clocked meal', () => {
    const records = [
      clock('work-start', '2026-11-20T00:55:00Z'),
      clock('break-start', '2026-11-20T04:05:00Z'),
      clock('break-end', '2026-11-20T05:00:00Z'),
      clock('work-end', '2026-11-20T10:10:00Z'),
    ];
    const paid = paidTimeOf(dayShift, records);
    // 00:55–10:10 is 555 min; the 55 min break overlaps the scheduled meal, so it is unpaid.
    expect(paid).toMatchObject({ minutes: 500, timeSource: 'clock' });
    expect(paid.clockRecordIds).toHaveLength(4);
  });

  it('pays a clocked break that does not touch the scheduled meal as rest', () => {
    const records = [
      clock('work-start', '2026-11-20T01:00:00Z'),
      clock('break-start', '2026-11-20T07:00:00Z'),
      clock('break-end', '2026-11-20T07:20:00Z'),
      clock('work-end', '2026-11-20T10:00:00Z'),
    ];
    expect(paidTimeOf(dayShift, records).minutes).toBe(540);
  });

  it('falls back to the schedule when the record is incomplete', () => {
    const paid = paidTimeOf(dayShift, [clock('work-start', '2026-11-20T00:55:00Z')]);
    expect(paid).toMatchObject({ minutes: 480, timeSource: 'schedule' });
    expect(paid.clockRecordIds).toBeUndefined();
  });

  it('reads the gaps of a split shift from the agent’s own record', () => {
    const records = [
      clock('work-start', '2026-11-20T00:00:00Z'),
      clock('work-end', '2026-11-20T04:10:00Z'),
      clock('work-start', '2026-11-20T07:50:00Z'),
      clock('work-end', '2026-11-20T12:00:00Z'),
    ];
    expect(workGapsOf(paidTimeOf(splitShift, records))).toEqual([
      { start: '2026-11-20T04:10:00.000Z', end: '2026-11-20T07:50:00.000Z', minutes: 220 },
    ]);
  });

  it('agrees with paidMinutesOf on the schedule and never pays more than the segments', () => {
    const base = Date.parse('2026-11-20T00:00:00Z');
    const at = (minute: number) => new Date(base + minute * 60_000).toISOString();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1400), fc.integer({ min: 1, max: 300 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.tuple(fc.nat(1400), fc.integer({ min: 1, max: 90 }), fc.boolean()), {
          maxLength: 3,
        }),
        (segments, breaks) => {
          const shift = workedShift(
            segments.map(([start, length]) => ({ start: at(start), end: at(start + length) })),
            breaks.map(([start, length, isMeal]) => ({
              kind: isMeal ? 'meal' : 'rest',
              start: at(start),
              end: at(start + length),
            })),
          );
          const paid = paidTimeOf(shift, []);
          expect(paid.minutes).toBe(paidMinutesOf(shift));
          const spanned = paid.workIntervals.reduce((sum, { start, end }) => sum + end - start, 0);
          expect(paid.minutes).toBeLessThanOrEqual(spanned / 60_000);
          expect(paid.minutes).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
