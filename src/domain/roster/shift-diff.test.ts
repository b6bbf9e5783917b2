import { describe, expect, it } from 'vitest';
import type { Shift } from './shift';
import { buildShiftChange, diffShift, isLateChange } from './shift-diff';
import { makeDayShift, makeSplitShift } from '../../../test/roster-builders';

/** Friday 27 November 2026, 09:00–18:00 Shanghai, meal 12:00–13:00. */
const makeShift = (overrides: Partial<Shift> = {}) => makeDayShift('2026-11-27', overrides);

const shift = makeShift();
// The demo's split shift, revision 1: 08:00–12:00 and 16:00–20:00 Shanghai.
const split = makeSplitShift('2026-11-27');

describe('diffShift', () => {
  it.each([
    { name: 'nothing to nothing', previous: null, current: null, expected: [] },
    {
      name: 'a bare revision bump',
      previous: shift,
      current: { ...shift, revision: 2 },
      expected: [],
    },
    {
      name: 'the same instants written differently',
      previous: shift,
      current: makeShift({ start: '2026-11-27T01:00:00.000Z', end: '2026-11-27T10:00:00.000Z' }),
      expected: [],
    },
    {
      name: 'a new shift',
      previous: null,
      current: shift,
      expected: [{ field: 'new', before: null, after: shift }],
    },
    {
      name: 'a removed shift',
      previous: shift,
      current: null,
      expected: [{ field: 'removed', before: shift, after: null }],
    },
    {
      name: 'a later start (one segment: no separate segment change)',
      previous: shift,
      current: makeShift({
        start: '2026-11-27T02:00:00Z',
        segments: [{ start: '2026-11-27T02:00:00Z', end: '2026-11-27T10:00:00Z' }],
      }),
      expected: [{ field: 'start', before: '2026-11-27T01:00:00Z', after: '2026-11-27T02:00:00Z' }],
    },
    {
      name: 'the split shift’s second segment moved half an hour later',
      previous: split,
      current: {
        ...split,
        end: '2026-11-27T12:30:00Z',
        segments: [
          { start: '2026-11-27T00:00:00Z', end: '2026-11-27T04:00:00Z' },
          { start: '2026-11-27T08:30:00Z', end: '2026-11-27T12:30:00Z' },
        ],
        revision: 2,
      },
      expected: [
        { field: 'end', before: '2026-11-27T12:00:00Z', after: '2026-11-27T12:30:00Z' },
        {
          field: 'segments',
          before: split.segments,
          after: [
            { start: '2026-11-27T00:00:00Z', end: '2026-11-27T04:00:00Z' },
            { start: '2026-11-27T08:30:00Z', end: '2026-11-27T12:30:00Z' },
          ],
        },
      ],
    },
    {
      name: 'a meal break moved and a rest added',
      previous: shift,
      current: makeShift({
        breaks: [
          { kind: 'rest', start: '2026-11-27T07:00:00Z', end: '2026-11-27T07:15:00Z' },
          { kind: 'meal', start: '2026-11-27T05:00:00Z', end: '2026-11-27T06:00:00Z' },
        ],
      }),
      expected: [
        {
          field: 'breaks',
          before: shift.breaks,
          after: [
            { kind: 'meal', start: '2026-11-27T05:00:00Z', end: '2026-11-27T06:00:00Z' },
            { kind: 'rest', start: '2026-11-27T07:00:00Z', end: '2026-11-27T07:15:00Z' },
          ],
        },
      ],
    },
    {
      name: 'a cancellation',
      previous: shift,
      current: makeShift({ status: 'cancelled' }),
      expected: [{ field: 'cancelled', before: 'scheduled', after: 'cancelled' }],
    },
    {
      name: 'a confirmation, a queue and a work mode',
      previous: shift,
      current: makeShift({ status: 'confirmed', queue: 'refunds', workMode: 'remote' }),
      expected: [
        { field: 'status', before: 'scheduled', after: 'confirmed' },
        { field: 'queue', before: 'after-sales', after: 'refunds' },
        { field: 'workMode', before: 'onsite', after: 'remote' },
      ],
    },
  ])('reports $name', ({ previous, current, expected }) => {
    expect(diffShift(previous, current)).toEqual(expected);
  });
});

describe('isLateChange', () => {
  const thursday = makeShift({ start: '2026-11-26T01:00:00Z', end: '2026-11-26T10:00:00Z' });
  const saturday = makeShift({ start: '2026-11-28T01:00:00Z', end: '2026-11-28T10:00:00Z' });
  it.each([
    // Friday 09:00 moved to Thursday 09:00, seen Tuesday 10:00: 47 h before the new start.
    {
      name: 'moved a day earlier, 47 h ahead',
      previous: shift,
      current: thursday,
      at: '2026-11-24T02:00:00Z',
      late: true,
    },
    {
      name: 'exactly 48 h ahead',
      previous: shift,
      current: thursday,
      at: '2026-11-24T01:00:00Z',
      late: false,
    },
    // Friday moved to Saturday, seen Tuesday 09:00: 72 h before the old (earlier) start.
    {
      name: 'moved later, 72 h ahead',
      previous: shift,
      current: saturday,
      at: '2026-11-24T01:00:00Z',
      late: false,
    },
    {
      name: 'moved later, 30 h before the old start',
      previous: shift,
      current: saturday,
      at: '2026-11-25T19:00:00Z',
      late: true,
    },
    {
      name: 'removed 10 h ahead',
      previous: shift,
      current: null,
      at: '2026-11-26T15:00:00Z',
      late: true,
    },
    {
      name: 'new, a week ahead',
      previous: null,
      current: shift,
      at: '2026-11-20T01:00:00Z',
      late: false,
    },
    {
      name: 'changed after it began',
      previous: shift,
      current: saturday,
      at: '2026-11-27T03:00:00Z',
      late: true,
    },
    {
      name: 'about nothing',
      previous: null,
      current: null,
      at: '2026-11-20T01:00:00Z',
      late: false,
    },
  ])('$name → $late', ({ previous, current, at, late }) => {
    expect(isLateChange(previous, current, at, 48)).toBe(late);
  });
});

describe('buildShiftChange', () => {
  const policy = { changeNoticeHours: 48 };

  it('records a change under the new revision, late inside the notice period', () => {
    const current = makeShift({ start: '2026-11-27T02:00:00Z', revision: 3 });
    expect(buildShiftChange(shift, current, '2026-11-26T01:00:00Z', policy)).toEqual({
      id: 'shift-1:3',
      shiftId: 'shift-1',
      previous: shift,
      current,
      detectedAt: '2026-11-26T01:00:00Z',
      isLate: true,
      acknowledgedAt: null,
    });
  });

  it('records a removal under the shift’s removed id', () => {
    expect(buildShiftChange(shift, null, '2026-11-20T01:00:00Z', policy)).toMatchObject({
      id: 'shift-1:removed',
      shiftId: 'shift-1',
      current: null,
      isLate: false,
    });
  });

  it('records a new shift and a cancellation', () => {
    expect(buildShiftChange(null, shift, '2026-11-20T01:00:00Z', policy)?.id).toBe('shift-1:1');
    const cancelled = makeShift({ status: 'cancelled', revision: 2 });
    expect(buildShiftChange(shift, cancelled, '2026-11-26T01:00:00Z', policy)).toMatchObject({
      id: 'shift-1:2',
      isLate: true,
    });
  });

  it.each([
    { name: 'a bare revision bump', current: makeShift({ revision: 2 }) },
    {
      name: 'the employer recording it as worked',
      current: makeShift({ status: 'worked', revision: 2 }),
    },
  ])('records nothing for $name', ({ current }) => {
    expect(buildShiftChange(shift, current, '2026-11-27T11:00:00Z', policy)).toBeNull();
  });

  it('still records a worked status that comes with a changed time', () => {
    const current = makeShift({ status: 'worked', end: '2026-11-27T11:00:00Z', revision: 2 });
    expect(buildShiftChange(shift, current, '2026-11-27T12:00:00Z', policy)).not.toBeNull();
  });
});
