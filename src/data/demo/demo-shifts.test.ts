import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Shift } from '@/domain/roster/shift';
import { paidMinutesOf } from './demo-shifts';
import { generateDemoWorkspace } from './generate-demo-workspace';
import {
  addDays,
  addMonths,
  eachDay,
  firstDayOf,
  lastDayOf,
  monthOf,
  shanghaiDayOf,
  weekdayOf,
} from './shanghai-date';

const HOUR_MS = 3_600_000;
const SAMPLE_DAYS = [
  '2026-11-22',
  '2026-01-01',
  '2026-03-01',
  '2028-02-29',
  '2026-12-31',
  '2027-05-31',
];
const anyDay = fc.integer({ min: 0, max: 15 * 365 }).map((offset) => addDays('2020-01-01', offset));

const shiftsOn = (today: string) => generateDemoWorkspace(today).shifts;
const rangeOf = (today: string) => {
  const thisMonth = monthOf(today);
  return { from: firstDayOf(addMonths(thisMonth, -1)), to: lastDayOf(thisMonth) };
};
const ms = (instant: string) => Date.parse(instant);

/** Shanghai wall-clock "HH:MM" of an instant. */
const localTime = (instant: string) =>
  new Date(ms(instant) + 8 * HOUR_MS).toISOString().slice(11, 16);

function expectWellFormed(shift: Shift) {
  expect(shift.day).toBe(shanghaiDayOf(shift.start));
  expect(shift.start).toBe(shift.segments[0]?.start);
  expect(shift.end).toBe(shift.segments.at(-1)?.end);
  expect(shift.timeZone).toBe('Asia/Shanghai');
  shift.segments.forEach((segment, index) => {
    expect(ms(segment.start)).toBeLessThan(ms(segment.end));
    const next = shift.segments[index + 1];
    if (next) expect(ms(segment.end)).toBeLessThan(ms(next.start));
  });
  for (const entry of shift.breaks) {
    const inside = shift.segments.some(
      (segment) => ms(segment.start) <= ms(entry.start) && ms(entry.end) <= ms(segment.end),
    );
    expect(inside).toBe(true);
  }
  for (const instant of [shift.start, shift.end]) {
    expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
  }
}

function expectRosterStory(today: string) {
  const shifts = shiftsOn(today);
  const { from, to } = rangeOf(today);
  shifts.forEach(expectWellFormed);

  // Shifts cover last month and this month, one per working day, five in every seven days.
  const days = shifts.map((shift) => shift.day);
  expect(new Set(days).size).toBe(shifts.length);
  expect(days.every((day) => day >= from && day <= to)).toBe(true);
  expect(days[0]! <= addDays(from, 2) && days.at(-1)! >= addDays(to, -2)).toBe(true);
  for (const start of eachDay(from, addDays(to, -6))) {
    const week = days.filter((day) => day >= start && day <= addDays(start, 6));
    expect(week).toHaveLength(5);
  }

  // Exactly one split shift, this month, with at least four idle hours between its segments.
  const split = shifts.filter((shift) => shift.segments.length > 1);
  expect(split).toHaveLength(1);
  const [first, second] = split[0]!.segments;
  expect(ms(second!.start) - ms(first!.end)).toBeGreaterThanOrEqual(4 * HOUR_MS);
  expect(monthOf(split[0]!.day)).toBe(monthOf(today));
  expect(split[0]!.isNight).toBe(false);

  // Two night shifts in every full Monday–Sunday week, each running past midnight.
  const mondays = eachDay(from, addDays(to, -6)).filter((day) => weekdayOf(day) === 1);
  for (const monday of mondays) {
    const nights = shifts.filter(
      (shift) => shift.isNight && shift.day >= monday && shift.day <= addDays(monday, 6),
    );
    expect(nights).toHaveLength(2);
  }
  for (const night of shifts.filter((shift) => shift.isNight)) {
    expect(shanghaiDayOf(night.end)).toBe(addDays(night.day, 1));
    expect(localTime(night.start)).toBe('22:00');
  }

  // Past shifts were worked; today's and later ones are still ahead.
  for (const shift of shifts) {
    if (shift.day < today) expect(shift.status).toBe('worked');
    else expect(['scheduled', 'confirmed']).toContain(shift.status);
  }
}

describe('demo roster', () => {
  it.each(SAMPLE_DAYS)('tells the roster story for %s', (today) => {
    expectRosterStory(today);
  });

  it('tells the roster story on any day', () => {
    fc.assert(fc.property(anyDay, expectRosterStory), { numRuns: 60 });
  });

  it('starts day shifts at 09:00 or 10:00 Shanghai time with a one-hour meal', () => {
    const dayShifts = shiftsOn('2026-11-22').filter(
      (shift) => !shift.isNight && shift.segments.length === 1,
    );
    for (const shift of dayShifts) {
      expect(['09:00', '10:00']).toContain(localTime(shift.start));
      expect(shift.breaks.filter((entry) => entry.kind === 'meal')).toHaveLength(1);
    }
  });

  it('pays eight hours a shift, plus a few approved late finishes last month only', () => {
    const today = '2026-11-22';
    const shifts = shiftsOn(today);
    const lastMonth = addMonths(monthOf(today), -1);
    const overtime = shifts.filter((shift) => paidMinutesOf(shift) !== 8 * 60);
    expect(overtime.length).toBeGreaterThan(0);
    expect(overtime.length).toBeLessThanOrEqual(2);
    for (const shift of overtime) {
      expect(monthOf(shift.day)).toBe(lastMonth);
      expect(paidMinutesOf(shift) - 8 * 60).toBeGreaterThanOrEqual(60);
      expect(paidMinutesOf(shift) - 8 * 60).toBeLessThanOrEqual(120);
    }
  });

  it.each(SAMPLE_DAYS)('works the first two shifts from %s on from home, no other', (today) => {
    const shifts = shiftsOn(today);
    const coming = shifts.filter((shift) => shift.day >= today && shift.segments.length === 1);
    const remote = shifts.filter((shift) => shift.workMode === 'remote');
    expect(remote).toEqual(coming.slice(0, 2));
  });

  it('marks the split shift as re-published and puts it on a coming day when one is left', () => {
    const split = shiftsOn('2026-11-22').find((shift) => shift.segments.length > 1)!;
    expect(split.revision).toBe(2);
    expect(split.day >= '2026-11-22').toBe(true);
    expect(localTime(split.start)).toBe('08:00');
    expect(localTime(split.end)).toBe('20:00');
  });
});
