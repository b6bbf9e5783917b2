import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  intersectIntervals,
  mergeIntervals,
  minutesOfMs,
  subtractIntervals,
  totalMs,
  type Interval,
} from './time-intervals';

const i = (start: number, end: number): Interval => ({ start, end });

describe('mergeIntervals', () => {
  it.each([
    { name: 'nothing', input: [], expected: [] },
    { name: 'drops empty and reversed', input: [i(5, 5), i(9, 3)], expected: [] },
    { name: 'sorts', input: [i(10, 12), i(1, 2)], expected: [i(1, 2), i(10, 12)] },
    { name: 'joins overlapping', input: [i(1, 5), i(3, 8)], expected: [i(1, 8)] },
    { name: 'joins touching', input: [i(1, 5), i(5, 8)], expected: [i(1, 8)] },
    { name: 'swallows contained', input: [i(1, 10), i(3, 4)], expected: [i(1, 10)] },
  ])('$name', ({ input, expected }) => {
    expect(mergeIntervals(input)).toEqual(expected);
  });
});

describe('intersectIntervals and subtractIntervals', () => {
  it.each([
    {
      name: 'a meal break inside a segment',
      a: [i(0, 100)],
      b: [i(40, 60)],
      both: [i(40, 60)],
      aLessB: [i(0, 40), i(60, 100)],
    },
    {
      name: 'a cut hanging over both ends of two pieces',
      a: [i(0, 10), i(20, 30)],
      b: [i(5, 25)],
      both: [i(5, 10), i(20, 25)],
      aLessB: [i(0, 5), i(25, 30)],
    },
    { name: 'disjoint lists', a: [i(0, 10)], b: [i(10, 20)], both: [], aLessB: [i(0, 10)] },
  ])('$name', ({ a, b, both, aLessB }) => {
    expect(intersectIntervals(a, b)).toEqual(both);
    expect(subtractIntervals(a, b)).toEqual(aLessB);
  });

  const intervals = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }))
      .map(([start, length]) => i(start, start + length)),
    { maxLength: 8 },
  );

  it('splits a list into the part in the other list and the part not in it', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const both = intersectIntervals(a, b);
        const rest = subtractIntervals(a, b);
        expect(totalMs(both) + totalMs(rest)).toBe(totalMs(mergeIntervals(a)));
        expect(intersectIntervals(both, rest)).toEqual([]);
        expect(totalMs(intersectIntervals(rest, b))).toBe(0);
      }),
    );
  });

  it('returns sorted, disjoint lists', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        for (const list of [mergeIntervals(a), intersectIntervals(a, b), subtractIntervals(a, b)]) {
          list
            .slice(1)
            .forEach((next, index) => expect(next.start).toBeGreaterThan(list[index]!.end - 1));
          list.forEach((piece) => expect(piece.end).toBeGreaterThan(piece.start));
        }
      }),
    );
  });
});

describe('minutesOfMs', () => {
  it.each([
    [0, 0],
    [60_000, 1],
    [29_999, 0],
    [30_000, 1],
    [9 * 3_600_000, 540],
  ])('%i ms is %i minutes', (ms, minutes) => {
    expect(minutesOfMs(ms)).toBe(minutes);
  });
});
