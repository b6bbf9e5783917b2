import { describe, expect, it } from 'vitest';
import type { Shift } from './shift';
import { checkShift, checkShifts } from './shift-validation';
import { makeBerlinNight, makeShift } from '../../../test/roster-builders';

const splitSegments = [
  { start: '2026-11-20T00:00:00Z', end: '2026-11-20T04:00:00Z' },
  { start: '2026-11-20T08:00:00Z', end: '2026-11-20T12:00:00Z' },
];

describe('checkShift', () => {
  it.each([
    { name: 'a day shift with a meal', shift: makeShift() },
    {
      name: 'a split shift with a rest in its second segment',
      shift: makeShift({
        start: '2026-11-20T00:00:00Z',
        end: '2026-11-20T12:00:00Z',
        segments: splitSegments,
        breaks: [{ kind: 'rest', start: '2026-11-20T10:00:00Z', end: '2026-11-20T10:15:00Z' }],
      }),
    },
    {
      name: 'an overnight shift 22:00–07:00',
      shift: makeShift({
        start: '2026-11-20T14:00:00Z',
        end: '2026-11-20T23:00:00Z',
        segments: [{ start: '2026-11-20T14:00:00Z', end: '2026-11-20T23:00:00Z' }],
        breaks: [],
        isNight: true,
      }),
    },
    {
      name: 'a Berlin night across spring-forward',
      shift: makeBerlinNight(),
    },
    {
      name: 'touching segments and instants with milliseconds',
      shift: makeShift({
        segments: [
          { start: '2026-11-20T01:00:00.000Z', end: '2026-11-20T05:00:00Z' },
          { start: '2026-11-20T05:00:00Z', end: '2026-11-20T10:00:00.000Z' },
        ],
      }),
    },
  ])('accepts $name', ({ shift }) => {
    expect(checkShift(shift)).toEqual([]);
  });

  it.each([
    {
      name: 'a shift that ends before it starts',
      shift: makeShift({ start: '2026-11-20T10:00:00Z', end: '2026-11-20T01:00:00Z' }),
      expected: [
        { code: 'shift/ends-before-start' },
        { code: 'shift/segment-outside-shift', index: 0 },
      ],
    },
    {
      name: 'a shift of no length',
      shift: makeShift({
        end: '2026-11-20T01:00:00Z',
        segments: [{ start: '2026-11-20T01:00:00Z', end: '2026-11-20T01:00:00Z' }],
        breaks: [],
      }),
      expected: [
        { code: 'shift/ends-before-start' },
        { code: 'shift/segment-ends-before-start', index: 0 },
      ],
    },
    {
      name: 'an unknown time zone',
      shift: makeShift({ timeZone: 'Asia/Beijing' }),
      expected: [{ code: 'shift/unknown-time-zone' }],
    },
    {
      name: 'an unreadable instant',
      shift: makeShift({ end: 'tomorrow' }),
      expected: [{ code: 'shift/invalid-instant' }],
    },
    {
      name: 'no segments',
      shift: makeShift({ segments: [], breaks: [] }),
      expected: [{ code: 'shift/no-segments' }],
    },
    {
      name: 'overlapping segments',
      shift: makeShift({
        segments: [
          { start: '2026-11-20T01:00:00Z', end: '2026-11-20T06:00:00Z' },
          { start: '2026-11-20T05:00:00Z', end: '2026-11-20T10:00:00Z' },
        ],
      }),
      expected: [{ code: 'shift/segments-overlap', index: 1 }],
    },
    {
      name: 'a segment that starts before the shift',
      shift: makeShift({
        segments: [{ start: '2026-11-20T00:30:00Z', end: '2026-11-20T10:00:00Z' }],
      }),
      expected: [{ code: 'shift/segment-outside-shift', index: 0 }],
    },
    {
      name: 'a meal inside the idle gap of a split shift',
      shift: makeShift({
        start: '2026-11-20T00:00:00Z',
        end: '2026-11-20T12:00:00Z',
        segments: splitSegments,
        breaks: [{ kind: 'meal', start: '2026-11-20T05:00:00Z', end: '2026-11-20T06:00:00Z' }],
      }),
      expected: [{ code: 'shift/break-outside-segments', index: 0 }],
    },
    {
      name: 'a break that runs backwards and two that overlap',
      shift: makeShift({
        breaks: [
          { kind: 'rest', start: '2026-11-20T03:00:00Z', end: '2026-11-20T02:45:00Z' },
          { kind: 'meal', start: '2026-11-20T04:00:00Z', end: '2026-11-20T05:00:00Z' },
          { kind: 'rest', start: '2026-11-20T04:30:00Z', end: '2026-11-20T04:45:00Z' },
        ],
      }),
      expected: [
        { code: 'shift/break-ends-before-start', index: 0 },
        { code: 'shift/breaks-overlap', index: 2 },
      ],
    },
  ])('rejects $name', ({ shift, expected }) => {
    expect(checkShift(shift)).toEqual(
      expected.map((problem) => ({ ...problem, shiftId: 'shift-1' })),
    );
  });
});

describe('checkShifts', () => {
  const night = (
    id: string,
    day: string,
    start: string,
    end: string,
    overrides: Partial<Shift> = {},
  ) => makeShift({ id, day, start, end, segments: [{ start, end }], breaks: [], ...overrides });

  it('reports two of one agent’s shifts that overlap in time, on the later one', () => {
    const shifts = [
      night('b', '2026-11-21', '2026-11-21T06:00:00Z', '2026-11-21T14:00:00Z'),
      // 'a' runs 06:00–15:00 Shanghai on the 21st; 'b' starts at 14:00 that day.
      night('a', '2026-11-20', '2026-11-20T22:00:00Z', '2026-11-21T07:00:00Z'),
    ];
    expect(checkShifts(shifts)).toEqual([
      { code: 'shift/overlaps-another', shiftId: 'b', otherShiftId: 'a' },
    ]);
  });

  it.each([
    {
      name: 'back-to-back shifts',
      shifts: [
        night('a', '2026-11-20', '2026-11-20T01:00:00Z', '2026-11-20T05:00:00Z'),
        night('b', '2026-11-20', '2026-11-20T05:00:00Z', '2026-11-20T09:00:00Z'),
      ],
    },
    {
      name: 'overlapping shifts of two agents',
      shifts: [
        night('a', '2026-11-20', '2026-11-20T01:00:00Z', '2026-11-20T09:00:00Z'),
        night('b', '2026-11-20', '2026-11-20T02:00:00Z', '2026-11-20T10:00:00Z', {
          agentId: 'agent-2',
        }),
      ],
    },
    {
      name: 'a cancelled shift under its replacement',
      shifts: [
        night('a', '2026-11-20', '2026-11-20T01:00:00Z', '2026-11-20T09:00:00Z', {
          status: 'cancelled',
        }),
        night('b', '2026-11-20', '2026-11-20T02:00:00Z', '2026-11-20T10:00:00Z'),
      ],
    },
  ])('accepts $name', ({ shifts }) => {
    expect(checkShifts(shifts)).toEqual([]);
  });

  it('reports every earlier shift a long one overlaps, and each shift’s own problems', () => {
    const shifts = [
      night('long', '2026-11-20', '2026-11-20T00:00:00Z', '2026-11-20T12:00:00Z'),
      night('morning', '2026-11-20', '2026-11-20T01:00:00Z', '2026-11-20T03:00:00Z'),
      night('noon', '2026-11-20', '2026-11-20T04:00:00Z', '2026-11-20T06:00:00Z', {
        timeZone: 'Nowhere',
      }),
    ];
    expect(checkShifts(shifts)).toEqual([
      { code: 'shift/unknown-time-zone', shiftId: 'noon' },
      { code: 'shift/overlaps-another', shiftId: 'morning', otherShiftId: 'long' },
      { code: 'shift/overlaps-another', shiftId: 'noon', otherShiftId: 'long' },
    ]);
  });
});
