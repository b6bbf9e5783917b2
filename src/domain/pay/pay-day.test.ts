import { describe, expect, it } from 'vitest';
import { makePayPolicy, makePayRules } from '../../../test/pay-builders';
import type { ProjectPolicy } from '../policy/project-policy';
import { payDayOf } from './pay-day';
import type { HolidayCalendar } from './pay-rules';

function policy(
  payDayOfMonth = 15,
  overrides: Partial<ProjectPolicy['payRules']> = {},
): ProjectPolicy {
  return makePayPolicy({ payDayOfMonth, payRules: makePayRules(overrides) });
}

describe('payDayOf', () => {
  it.each([
    // Thu 15 Jan 2026: a working day, unchanged.
    { period: '2025-12', day: 15, expected: '2026-01-15', why: 'a weekday' },
    // Sun 15 Feb 2026 is the first day of the Spring Festival block (15–23 Feb); Sat 14 Feb is a
    // make-up workday, one day earlier, so it wins over Tue 24 Feb (nine days later).
    {
      period: '2026-01',
      day: 15,
      expected: '2026-02-14',
      why: 'Spring Festival, make-up Saturday',
    },
    // Wed 18 Feb 2026, inside the block: earlier working day Sat 14 Feb (4 days back) beats
    // Tue 24 Feb (6 days on).
    { period: '2026-01', day: 18, expected: '2026-02-14', why: 'mid-block, earlier is nearer' },
    // Sat 21 Feb 2026, inside the block: Sat 14 Feb is 7 days back, Tue 24 Feb 3 days on.
    {
      period: '2026-01',
      day: 21,
      expected: '2026-02-24',
      why: 'late in the block, later is nearer',
    },
    // Sun 15 Mar 2026: Sat 14 is 1 back (rest), Mon 16 is 1 on (working) → Mon 16.
    { period: '2026-02', day: 15, expected: '2026-03-16', why: 'Sunday → Monday' },
    // Sat 15 Aug 2026: Fri 14 Aug is 1 back → Fri 14.
    { period: '2026-07', day: 15, expected: '2026-08-14', why: 'Saturday → Friday' },
    // Thu 15 Oct 2026: after the National Day block, a working day.
    { period: '2026-09', day: 15, expected: '2026-10-15', why: 'after National Day' },
    // Mon 5 Oct 2026, inside the National Day block (1–7 Oct): Wed 30 Sep is 5 back, Thu 8 Oct
    // 3 on → Thu 8 Oct.
    { period: '2026-09', day: 5, expected: '2026-10-08', why: 'National Day, later is nearer' },
    // Sat 3 Oct 2026: Wed 30 Sep 3 back, Thu 8 Oct 5 on → 30 Sep.
    { period: '2026-09', day: 3, expected: '2026-09-30', why: 'National Day, earlier is nearer' },
    // Sun 4 Oct 2026: 30 Sep and 8 Oct are both 4 days away → the earlier, 30 Sep.
    { period: '2026-09', day: 4, expected: '2026-09-30', why: 'National Day tie → earlier' },
    // Sat 10 Oct 2026 is a make-up workday: paid that Saturday.
    { period: '2026-09', day: 10, expected: '2026-10-10', why: 'make-up Saturday is working' },
    // Wed 8 Oct 2025 is the last day of the 2025 block (1–8 Oct): Tue 30 Sep is 8 back, Thu 9 Oct
    // 1 on → 9 Oct.
    { period: '2025-09', day: 8, expected: '2025-10-09', why: '2025 National Day + Mid-Autumn' },
    // 31st in February: clamped to Sat 28 Feb 2026, a make-up workday.
    { period: '2026-01', day: 31, expected: '2026-02-28', why: 'clamped to month end' },
    // 31st in April 2026: Thu 30 Apr.
    { period: '2026-03', day: 31, expected: '2026-04-30', why: 'clamped, 30-day month' },
    // Across the year: December 2026's pay on Fri 15 Jan 2027.
    { period: '2026-12', day: 15, expected: '2027-01-15', why: 'next year' },
  ])('$period, day $day → $expected ($why)', ({ period, day, expected }) => {
    expect(payDayOf(period, policy(day))).toBe(expected);
  });

  it('uses months after the period from the policy', () => {
    // Two months after January 2026: Sun 15 Mar → Mon 16 Mar.
    expect(
      payDayOf(
        '2026-01',
        policy(15, {
          payDay: { monthsAfterPeriod: 2, roll: 'nearest-working-day-earlier-on-tie' },
        }),
      ),
    ).toBe('2026-03-16');
  });

  it("uses the employer's calendar when the policy has one", () => {
    // The employer rests on Mon 16 Mar 2026: Sun 15 → Sat 14 (rest) / Mon 16 (rest) → Fri 13
    // (2 back) ties Tue 17 (2 on) → Fri 13.
    const calendar: HolidayCalendar = {
      id: 'employer',
      years: [
        {
          year: 2026,
          isProvisional: false,
          blocks: [{ name: 'qingming', days: ['2026-03-16'], statutoryDays: [] }],
          makeUpWorkdays: [],
        },
      ],
    };
    expect(payDayOf('2026-02', policy(15, { holidayCalendar: calendar }))).toBe('2026-03-13');
  });
});
