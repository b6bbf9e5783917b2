import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import { defaultPayRules } from './default-pay-rules';
import {
  addDays,
  addMonths,
  calendarOf,
  CN_MAINLAND_CALENDAR,
  daysInMonth,
  holidayBlockOn,
  isStatutoryHoliday,
  isWorkingDay,
  weekdayOf,
} from './holiday-calendar';
import type { HolidayCalendar, HolidayName } from './pay-rules';

const cn = CN_MAINLAND_CALENDAR;
const yearOf = (year: number) => cn.years.find((y) => y.year === year)!;
const isWeekend = (day: string) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

describe('CN_MAINLAND_CALENDAR', () => {
  it.each([2025, 2026, 2027])('%i has the 13 statutory days of the 2024 rules', (year) => {
    const statutory = yearOf(year).blocks.flatMap((block) => block.statutoryDays);
    // New Year 1, Spring Festival 4, Qingming 1, Labour Day 2, Dragon Boat 1, Mid-Autumn 1,
    // National Day 3.
    expect(statutory).toHaveLength(13);
    expect(new Set(statutory).size).toBe(13);
    expect(statutory.every((day) => day.startsWith(`${year}-`))).toBe(true);
  });

  it.each([2025, 2026, 2027])(
    '%i: statutory days sit in their block, make-up days are weekends',
    (year) => {
      const y = yearOf(year);
      for (const block of y.blocks) {
        for (const day of block.statutoryDays) expect(block.days).toContain(day);
      }
      for (const day of y.makeUpWorkdays) {
        expect(isWeekend(day)).toBe(true);
        expect(holidayBlockOn(day, cn)).toBeNull();
      }
    },
  );

  it.each([
    // Lengths of the blocks in the notices (2025: 12 Nov 2024; 2026: 4 Nov 2025).
    {
      year: 2025,
      lengths: {
        'new-year': 1,
        'spring-festival': 8,
        qingming: 3,
        'labour-day': 5,
        'dragon-boat': 3,
        'national-day': 8,
      },
    },
    {
      year: 2026,
      lengths: {
        'new-year': 3,
        'spring-festival': 9,
        qingming: 3,
        'labour-day': 5,
        'dragon-boat': 3,
        'mid-autumn': 3,
        'national-day': 7,
      },
    },
  ])('$year blocks have the lengths of the notice', ({ year, lengths }) => {
    const actual = Object.fromEntries(yearOf(year).blocks.map((b) => [b.name, b.days.length]));
    expect(actual).toEqual(lengths);
  });

  it.each([
    // Weekdays the notices print next to their dates (0 Sunday … 6 Saturday).
    { day: '2025-01-28', weekday: 2 }, // 除夕、周二
    { day: '2025-01-26', weekday: 0 }, // 1月26日(周日)上班
    { day: '2025-02-08', weekday: 6 },
    { day: '2025-04-27', weekday: 0 },
    { day: '2025-09-28', weekday: 0 },
    { day: '2025-10-11', weekday: 6 },
    { day: '2026-02-15', weekday: 0 }, // 腊月二十八、周日
    { day: '2026-02-23', weekday: 1 }, // 正月初七、周一
    { day: '2026-01-04', weekday: 0 },
    { day: '2026-02-14', weekday: 6 },
    { day: '2026-02-28', weekday: 6 },
    { day: '2026-05-09', weekday: 6 },
    { day: '2026-09-20', weekday: 0 },
    { day: '2026-10-10', weekday: 6 },
  ])('$day falls on weekday $weekday as the notice says', ({ day, weekday }) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('marks 2027 provisional: statutory days plus adjacent weekend days, no make-up days', () => {
    const y = yearOf(2027);
    expect(y.isProvisional).toBe(true);
    expect(y.makeUpWorkdays).toEqual([]);
    expect(yearOf(2025).isProvisional).toBe(false);
    expect(yearOf(2026).isProvisional).toBe(false);
    for (const block of y.blocks) {
      // Every day off is statutory or a weekend day, and the days just outside are working days.
      for (const day of block.days) {
        expect(block.statutoryDays.includes(day) || isWeekend(day)).toBe(true);
      }
      expect(isWeekend(addDays(block.days[0]!, -1))).toBe(false);
      expect(isWeekend(addDays(block.days.at(-1)!, 1))).toBe(false);
    }
    // Lunar new year 6 Feb 2027: eve 5 Feb, then 6–8 Feb.
    expect(y.blocks.find((b) => b.name === 'spring-festival')?.statutoryDays).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
    ]);
  });
});

describe('isWorkingDay / holidayBlockOn / isStatutoryHoliday', () => {
  it.each([
    { day: '2026-02-14', working: true, block: null, statutory: false, why: 'make-up Saturday' },
    {
      day: '2026-02-15',
      working: false,
      block: 'spring-festival',
      statutory: false,
      why: 'block Sunday',
    },
    { day: '2026-02-16', working: false, block: 'spring-festival', statutory: true, why: 'eve' },
    {
      day: '2026-02-20',
      working: false,
      block: 'spring-festival',
      statutory: false,
      why: 'swapped weekday',
    },
    { day: '2026-02-24', working: true, block: null, statutory: false, why: 'first day back' },
    { day: '2026-03-14', working: false, block: null, statutory: false, why: 'ordinary Saturday' },
    { day: '2026-03-16', working: true, block: null, statutory: false, why: 'ordinary Monday' },
    { day: '2026-04-05', working: false, block: 'qingming', statutory: true, why: 'Qingming' },
    {
      day: '2026-04-06',
      working: false,
      block: 'qingming',
      statutory: false,
      why: 'Qingming Monday',
    },
    { day: '2026-09-25', working: false, block: 'mid-autumn', statutory: true, why: 'Mid-Autumn' },
    {
      day: '2026-10-07',
      working: false,
      block: 'national-day',
      statutory: false,
      why: 'last block day',
    },
    { day: '2026-10-10', working: true, block: null, statutory: false, why: 'make-up Saturday' },
    {
      day: '2025-10-06',
      working: false,
      block: 'national-day',
      statutory: true,
      why: 'Mid-Autumn 2025',
    },
    {
      day: '2025-10-04',
      working: false,
      block: 'national-day',
      statutory: false,
      why: 'block Saturday',
    },
    { day: '2025-09-28', working: true, block: null, statutory: false, why: 'make-up Sunday' },
    { day: '2025-01-01', working: false, block: 'new-year', statutory: true, why: 'New Year 2025' },
    {
      day: '2027-02-05',
      working: false,
      block: 'spring-festival',
      statutory: true,
      why: 'eve 2027',
    },
    {
      day: '2028-01-01',
      working: false,
      block: null,
      statutory: false,
      why: 'beyond the data: Saturday',
    },
    {
      day: '2028-01-03',
      working: true,
      block: null,
      statutory: false,
      why: 'beyond the data: Monday',
    },
  ])('$day: $why', ({ day, working, block, statutory }) => {
    expect(isWorkingDay(day, cn)).toBe(working);
    expect(holidayBlockOn(day, cn)).toBe(block as HolidayName | null);
    expect(isStatutoryHoliday(day, cn)).toBe(statutory);
  });
});

describe('calendarOf', () => {
  const policy = (holidayCalendar: HolidayCalendar | null) =>
    ({ basePay: fen(0), payRules: { ...defaultPayRules(), holidayCalendar } }) as ProjectPolicy;

  it('ships the official calendar when the policy has none', () => {
    expect(calendarOf(policy(null))).toBe(CN_MAINLAND_CALENDAR);
  });

  it("uses the employer's calendar when there is one", () => {
    const own: HolidayCalendar = { id: 'employer', years: [] };
    expect(calendarOf(policy(own))).toBe(own);
  });
});

describe('date helpers', () => {
  it.each([
    { month: '2026-01', months: 1, expected: '2026-02' },
    { month: '2026-12', months: 1, expected: '2027-01' },
    { month: '2026-01', months: -1, expected: '2025-12' },
    { month: '2026-11', months: 14, expected: '2028-01' },
  ])('addMonths($month, $months) = $expected', ({ month, months, expected }) => {
    expect(addMonths(month, months)).toBe(expected);
  });

  it.each([
    { month: '2026-02', days: 28 },
    { month: '2028-02', days: 29 },
    { month: '2026-04', days: 30 },
    { month: '2026-12', days: 31 },
  ])('$month has $days days', ({ month, days }) => {
    expect(daysInMonth(month)).toBe(days);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
